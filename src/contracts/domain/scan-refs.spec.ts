import { DEFAULT_PARSE_LIMITS } from './contract-types.js';
import { readDocument } from './parse-document.js';
import { checkRefs } from './scan-refs.js';

const chain = (n: number, last: Record<string, unknown> = { type: 'string' }) => ({
  openapi: '3.0.3',
  components: { schemas: Object.fromEntries(Array.from({ length: n }, (_, i) => [`S${i}`, i < n - 1 ? { $ref: `#/components/schemas/S${i + 1}` } : last])) },
});

describe('checkRefs', () => {
  it('issue 11 finding 4: scans an 8,000-link $ref chain in linear time', () => {
    const started = performance.now();
    expect(checkRefs(chain(8_000))).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('still reports every reference of a chain that only leads back into a cycle', () => {
    const doc = chain(3, { $ref: '#/components/schemas/S1' }); // S0 → S1 → S2 → S1
    expect(checkRefs(doc).map((i) => [i.code, i.pointer])).toEqual([
      ['REF_CYCLE', '/components/schemas/S0/$ref'], ['REF_CYCLE', '/components/schemas/S1/$ref'], ['REF_CYCLE', '/components/schemas/S2/$ref'],
    ]);
  });
});

describe('YAML aliases', () => {
  it('issue 11 finding 4: resolves 20,000 anchors, each aliased once, in linear time', () => {
    const text = `openapi: 3.0.3\n${Array.from({ length: 20_000 }, (_, i) => `x-a${i}: &a${i} { v: ${i} }\nx-b${i}: *a${i}\n`).join('')}`;
    const started = performance.now();
    const { document } = readDocument(text, DEFAULT_PARSE_LIMITS);
    expect(performance.now() - started).toBeLessThan(10_000); // quadratic before the fix: ~18 s here
    expect(document['x-b19999']).toEqual({ v: 19999 });
  });

  it('keeps the alias-count limit: 5,000 aliases of one anchor are refused', () => {
    const text = `openapi: 3.0.3\nx-a: &a { k: v }\nx-list: [${Array(5000).fill('*a').join(', ')}]\n`;
    expect(() => readDocument(text, DEFAULT_PARSE_LIMITS)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ code: 'ALIAS_LIMIT' })] }));
  });
});
