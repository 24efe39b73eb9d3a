import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (this file lives in test/support/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The team's shared, read-only material (`../shared` next to the project, or REGISTRY_SHARED_DIR).
 * Returns null when absent; callers skip with a clear message instead of failing.
 */
export function sharedDir(sub = ''): string | null {
  const root = process.env.REGISTRY_SHARED_DIR ?? resolve(PROJECT_ROOT, '..', 'shared');
  const dir = resolve(root, sub);
  return existsSync(dir) ? dir : null;
}

/** `describe` when the shared folder exists, otherwise a skipped describe that says why. */
export function describeWithShared(sub: string, name: string, fn: (dir: string) => void): void {
  const dir = sharedDir(sub);
  if (dir) {
    describe(name, () => fn(dir));
  } else {
    // eslint-disable-next-line jest/no-disabled-tests
    describe.skip(`${name} (skipped: ../shared/${sub} not found; set REGISTRY_SHARED_DIR)`, () => {
      it('needs the shared corpus', () => undefined);
    });
  }
}
