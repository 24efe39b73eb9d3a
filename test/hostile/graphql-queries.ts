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
  // docs/RELIABILITY.md, finding 3: the cost analysis ignored a `first` passed in a variable.
  { id: 'variable-first-documents', what: 'components(first: $n) with n = 100 and every version\'s document', body: () => q('query($n: Int!) { components(first: $n) { edges { node { contracts { versions { document documentJson } } } } } }', { n: 100 }), expect: [TOO_COMPLEX] },
  // Client errors once answered 500 (docs/RELIABILITY.md, "client errors answered 500").
  { id: 'apq-hash-mismatch', what: 'an APQ hash that does not match the query', body: () => JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }), expect: [{ status: 400, code: 'BAD_REQUEST' }] },
  { id: 'filter-array-100k', what: 'a filter with 100,000 tags', body: () => q('query($f: ComponentFilterInput) { components(filter: $f) { edges { node { slug } } } }', { f: { tags: Array.from({ length: 100_000 }, (_, i) => `t${i}`) } }), expect: [{ status: 400, code: 'BAD_REQUEST' }, { status: 413, code: 'PAYLOAD_TOO_LARGE' }] },
  { id: 'datetime-invalid', what: 'expiresAt: "not-a-date" in a variable', body: () => q('mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }', { i: { name: 'x', role: 'ADMIN', expiresAt: 'not-a-date' } }), expect: [{ status: 400, code: 'BAD_REQUEST' }] },
  { id: 'datetime-invalid-literal', what: 'expiresAt: "2020-13-45T99:99:99Z" as a literal', body: () => q('mutation { createApiToken(input: { name: "x", role: ADMIN, expiresAt: "2020-13-45T99:99:99Z" }) { secret } }'), expect: [GRAPHQL_VALIDATION] },
  { id: 'nul-in-argument', what: 'a NUL character in a slug', body: () => q('{ component(slug: "a\\u0000b") { slug } }'), expect: [{ status: 200, code: 'BAD_REQUEST' }] },
  { id: 'huge-first', what: 'components(first: 2147483647)', body: () => q('{ components(first: 2147483647) { edges { node { slug } } } }'), expect: [{ status: 200, code: null }, { status: 200, code: 'VALIDATION_FAILED' }, { status: 200, code: 'BAD_REQUEST' }, TOO_COMPLEX] },
];
