// Guard tests of the AsyncAPI rule registry.
import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASYNCAPI_FIXTURES } from '../../../../test/support/asyncapi-fixtures.js';
import { ASYNCAPI_RULES } from './index.js';

const here = dirname(fileURLToPath(import.meta.url));

describe('AsyncAPI rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = ASYNCAPI_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('pins the rule count, so adding or removing a rule shows in the diff', () => {
    expect(ASYNCAPI_RULES.length).toBe(24);
  });

  it('lists every *.rule.ts file exactly once', () => {
    const files = readdirSync(here).filter((f) => f.endsWith('.rule.ts'));
    expect(files.length).toBe(ASYNCAPI_RULES.length);
  });

  it.each(ASYNCAPI_RULES.map((r) => [r.id, r] as const))('%s has its taxonomy, a spec and a fixture pair', (id, rule) => {
    expect(rule.reason.length).toBeGreaterThan(10);
    expect(rule.area).toBeTruthy();
    expect(rule.levels.read && rule.levels.write).toBeTruthy();
    for (const f of ['base.yaml', 'revision.yaml', 'neighbour.yaml']) {
      expect(existsSync(resolve(ASYNCAPI_FIXTURES, id, f))).toBe(true);
    }
    expect(readdirSync(here).some((f) => f.endsWith('.rule.spec.ts') && f.startsWith(id.replace(/^message-(payload|headers)$/, '$&-changed')))).toBe(true);
  });
});
