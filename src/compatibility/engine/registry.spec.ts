import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/shared-corpus.js';
import { SCHEMA_RULES } from '../diff/schema/index.js';
import { OPENAPI_RULES } from '../rules/openapi/index.js';

const FIXTURES = readdirSync(join(PROJECT_ROOT, 'test', 'fixtures', 'compat', 'openapi'));
const SCHEMA_PREFIXES = ['request', 'response', 'request-parameter', 'response-header'];

describe('rule registry', () => {
  it('has unique kebab-case ids', () => {
    const ids = [...OPENAPI_RULES.map((r) => r.id), ...SCHEMA_RULES.map((r) => r.suffix)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('pins the rule count, so adding or removing a rule shows in the diff', () => {
    expect(OPENAPI_RULES).toHaveLength(46);
    expect(SCHEMA_RULES).toHaveLength(39);
  });

  it('gives every rule its taxonomy fields and a reason', () => {
    for (const r of OPENAPI_RULES) expect([r.level, r.direction, r.area, r.reason].every(Boolean)).toBe(true);
    for (const r of SCHEMA_RULES) expect([r.levels.write, r.levels.read, r.reason].every(Boolean)).toBe(true);
  });

  it('has a fixture pair for every document rule and every schema rule', () => {
    for (const r of OPENAPI_RULES) expect(FIXTURES).toContain(r.id);
    for (const r of SCHEMA_RULES) {
      expect(SCHEMA_PREFIXES.some((p) => FIXTURES.includes(`${p}-${r.suffix}`))).toBe(true);
    }
  });

  // Symmetry audit: a schema rule that is breaking in one direction must be the mirror of another
  // rule, or be breaking in both (changes that no direction can absorb).
  it('keeps request/response symmetry for schema rules', () => {
    const waived = new Set(['type-changed', 'format-changed', 'const-changed', 'constraint-changed', 'discriminator-changed',
      'required-property-removed', 'required-property-added', 'default-changed', 'became-read-only',
      // Readers are expected to be tolerant: opening an object or dropping a pattern only warns.
      'additional-properties-widened', 'pattern-removed', 'enum-removed', 'enum-value-added', 'became-write-only', 'property-removed',
      // Readers see a new oneOf as response-variant-added already; the wrap check is about senders.
      'wrapped-in-one-of']);
    for (const r of SCHEMA_RULES) {
      if (waived.has(r.suffix)) continue;
      const mirrored = SCHEMA_RULES.some((o) => o !== r && o.levels.write === r.levels.read && o.levels.read === r.levels.write);
      expect([r.suffix, mirrored]).toEqual([r.suffix, true]);
    }
  });
});
