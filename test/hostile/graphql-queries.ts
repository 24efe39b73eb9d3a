// Hostile GraphQL requests: each must answer (no 500, no hang). The query limits (graphql-armor depth,
// alias, cost; graphql-js token limit) turn the deep and aliased ones into 400 QUERY_TOO_COMPLEX; without
// them the 40-level cycle once grew the heap to 4 GB and killed the process (docs/RELIABILITY.md).
export interface HostileQuery {
  id: string;
  what: string;
  /** The raw HTTP body (a string, so batched arrays and broken JSON can be sent too). */
  body: () => string;
  /** Acceptable answers: HTTP status and (for 200/400) the GraphQL error code, null = data, no errors. */
  expect: { status: number; code: string | null }[];
}

const q = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
const nest = (levels: number) => `${'contracts { component { '.repeat(levels)}slug${' } }'.repeat(levels)}`;
const TOO_COMPLEX = { status: 400, code: 'QUERY_TOO_COMPLEX' };
// The token limit is graphql-js' parse option: a client error, 400 like the other limits.
const TOO_MANY_TOKENS = TOO_COMPLEX;
const GRAPHQL_VALIDATION = { status: 400, code: 'GRAPHQL_VALIDATION_FAILED' };

export const HOSTILE_QUERIES: HostileQuery[] = [
  { id: 'deep-cycle-40', what: 'component → contracts → component … 40 levels', body: () => q(`{ component(slug: "antragsservice") { ${nest(40)} } }`), expect: [TOO_COMPLEX] },
  { id: 'deep-cycle-400', what: 'the same cycle 400 levels deep', body: () => q(`{ component(slug: "antragsservice") { ${nest(400)} } }`), expect: [TOO_COMPLEX, TOO_MANY_TOKENS] },
  { id: 'aliases-500', what: '500 aliases of components(first: 100)', body: () => q(`{ ${Array.from({ length: 500 }, (_, i) => `a${i}: components(first: 100) { edges { node { slug contracts { name } } } }`).join(' ')} }`), expect: [TOO_COMPLEX, TOO_MANY_TOKENS] },
  { id: 'aliased-documents', what: '200 aliases that each download a document', body: () => q(`{ ${Array.from({ length: 200 }, (_, i) => `d${i}: contractVersion(component: "antragsservice", contract: "bom-yaml", version: "1.0.0") { document documentJson }`).join(' ')} }`), expect: [TOO_COMPLEX, TOO_MANY_TOKENS] },
  { id: 'batched-array', what: 'a batched request (JSON array of 100 operations)', body: () => JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ components { edges { node { slug } } } }' }))), expect: [{ status: 400, code: null }, { status: 400, code: 'BAD_REQUEST' }] },
  { id: 'introspection-deep', what: 'introspection with ofType/fields nested 30 levels', body: () => q(`{ __schema { types { ${'fields { type { '.repeat(30)}name${' } }'.repeat(30)} } } }`), expect: [GRAPHQL_VALIDATION, TOO_COMPLEX] },
  { id: 'many-tokens', what: 'a query of 200,000 tokens (field repeated)', body: () => q(`{ ${'__typename '.repeat(200_000)} }`), expect: [{ status: 413, code: 'PAYLOAD_TOO_LARGE' }, TOO_COMPLEX, { status: 400, code: 'GRAPHQL_PARSE_FAILED' }] },
  { id: 'directive-flood', what: '5,000 @include directives on one field', body: () => q(`{ __typename ${'@include(if: true) '.repeat(5000)} }`), expect: [TOO_COMPLEX, GRAPHQL_VALIDATION, TOO_MANY_TOKENS] },
  { id: 'fragment-cycle', what: 'fragments that spread each other', body: () => q('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'), expect: [GRAPHQL_VALIDATION] },
  { id: 'broken-json', what: 'a body that is not JSON', body: () => '{"query": "{ __typename }"', expect: [{ status: 400, code: null }, { status: 400, code: 'BAD_REQUEST' }] },
  { id: 'huge-first', what: 'components(first: 2147483647)', body: () => q('{ components(first: 2147483647) { edges { node { slug } } } }'), expect: [{ status: 200, code: null }, { status: 200, code: 'VALIDATION_FAILED' }, { status: 200, code: 'BAD_REQUEST' }, TOO_COMPLEX] },
];
