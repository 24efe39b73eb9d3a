import { buildSchema, parse } from 'graphql';
import { operationCost } from './operation-cost.js';
import { oversizedList } from './request-limits.plugin.js';

const schema = buildSchema(`
  type Query { components(first: Int! = 20): ComponentConnection! }
  type ComponentConnection { edges: [ComponentEdge!]! }
  type ComponentEdge { node: ComponentModel! }
  type ComponentModel { slug: String! contracts: [ContractModel!]! }
  type ContractModel { versions(first: Int! = 20): [ContractVersionModel!]! }
  type ContractVersionModel { version: String! document: String! }
`);

describe('operationCost', () => {
  const query = parse('query($n: Int!) { components(first: $n) { edges { node { contracts { versions { document } } } } } }');

  it('multiplies by a `first` passed in a variable, like a literal one', () => {
    const small = operationCost(schema, query, { n: 1 })!;
    const large = operationCost(schema, query, { n: 100 })!;
    const literal = operationCost(schema, parse('{ components(first: 100) { edges { node { contracts { versions { document } } } } } }'), {})!;
    expect(large).toBeGreaterThan(50 * small);
    expect(literal).toBe(large);
  });

  it('uses default page sizes of nested lists and returns null for variables that do not fit', () => {
    const paged = operationCost(schema, parse('{ components { edges { node { contracts { versions(first: 2) { version } } } } } }'), {})!;
    const defaulted = operationCost(schema, parse('{ components { edges { node { contracts { versions { version } } } } } }'), {})!;
    expect(defaulted).toBeGreaterThan(5 * paged);
    expect(operationCost(schema, query, { n: 'many' })).toBeNull();
  });
});

describe('oversizedList', () => {
  it('finds the first list longer than the cap, at any depth', () => {
    expect(oversizedList({ f: { tags: ['a', 'b'] } }, 2)).toBeNull();
    expect(oversizedList({ f: { tags: ['a', 'b', 'c'] } }, 2)).toBe('/f/tags');
    expect(oversizedList({ i: [{ ids: Array(5).fill(1) }] }, 4)).toBe('/i/0/ids');
  });
});
