import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// The project root is the first ancestor holding package.json (works from src/ under Jest and dist/).
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = resolve(dir, '..');
    if (up === dir) throw new Error('project root not found');
    dir = up;
  }
  return dir;
}

const ROOT = findRoot();

export function projectPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}
