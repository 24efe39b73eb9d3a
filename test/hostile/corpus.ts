// Hostile documents and requests, each with the outcome the registry must produce (the manifest).
// Documents are generated so the large ones (bombs, deep nesting, size limit) need no files in git.
// `rest`: status + code of PUT …/versions/{v}; `graphql`: extensions.code of publishContractVersion
// ('ok' = published); `cli`: exit code of `contract-registry diff <valid base> <this>` (0/1 = compared,
// 2 = refused with a message; never 4 = crash). 'n/a' where a transport cannot carry the input. The CLI
// only parses (safely) and compares; it does not validate the spec, so a structurally readable but invalid
// document is compared (exit 0/1) rather than refused, and its size limit is the default 10 MiB.
import { makeAsyncApi, makeOpenApi } from '../factories/documents.js';

/** The document size limit the hostile suite runs the registry with. */
export const HOSTILE_MAX_BYTES = 256 * 1024;

export interface HostileContext {
  /** Port of a loopback listener that must never see a connection. */
  trapPort: number;
}

export type Outcome = { status: number; code: string | null };

export interface HostileCase {
  id: string;
  what: string;
  make: (ctx: HostileContext) => string | Buffer;
  contentType?: string;
  rest: Outcome;
  graphql: string | 'ok' | 'n/a';
  cli: 0 | 1 | 2 | 'n/a';
}

const OK: Outcome = { status: 201, code: null };
const INVALID: Outcome = { status: 422, code: 'INVALID_DOCUMENT' };
const TOO_LARGE: Outcome = { status: 413, code: 'PAYLOAD_TOO_LARGE' };
const MEDIA: Outcome = { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' };

const schemaDoc = (schemas: string) => `openapi: 3.0.3
info: { title: Hostile, version: 1.0.0 }
paths:
  /x:
    get:
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: { $ref: '#/components/schemas/Root' }
components:
  schemas:
${schemas}`;

const withRef = (ref: string) => schemaDoc(`    Root: { $ref: '${ref}' }\n`);

function aliasBomb(levels: number, fan: number): string {
  const lines = ['openapi: 3.0.3', 'info: { title: bomb, version: 1.0.0 }', 'paths: {}', 'x-bomb:', `  l0: &l0 "lol"`];
  for (let i = 1; i <= levels; i++) lines.push(`  l${i}: &l${i} [${Array(fan).fill(`*l${i - 1}`).join(', ')}]`);
  return `${lines.join('\n')}\n`;
}

function fanOut(levels: number, fan: number): string {
  const rows: string[] = [];
  for (let l = 0; l < levels; l++) {
    const props = Array.from({ length: fan }, (_, i) => `          p${i}: { $ref: '#/components/schemas/L${l + 1}' }`).join('\n');
    rows.push(`    L${l}:\n      type: object\n      properties:\n${props}`);
  }
  rows.push(`    L${levels}: { type: string }`);
  return schemaDoc(`    Root: { $ref: '#/components/schemas/L0' }\n${rows.join('\n')}\n`);
}

function manyPaths(n: number): string {
  const paths = Array.from({ length: n }, (_, i) => `  /p${i}: { get: { responses: { '200': { description: ok } } } }`);
  return `openapi: 3.0.3\ninfo: { title: many, version: 1.0.0 }\npaths:\n${paths.join('\n')}\n`;
}

const DEEP = 10_000;
const EVIL_PATTERN = '^(a+)+$';
const EVIL_INPUT = `${'a'.repeat(40)}!`;

export const HOSTILE_CASES: HostileCase[] = [
  // External references: never resolved, no file read, no connection made.
  { id: 'ref-http-loopback', what: '$ref to a loopback HTTP listener', make: (c) => withRef(`http://127.0.0.1:${c.trapPort}/schema.yaml`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-https-loopback', what: '$ref to https on loopback', make: (c) => withRef(`https://127.0.0.1:${c.trapPort}/schema.yaml#/A`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-localhost-name', what: '$ref to http://localhost', make: (c) => withRef(`http://localhost:${c.trapPort}/s.json`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-file-passwd', what: '$ref to file:///etc/passwd', make: () => withRef('file:///etc/passwd'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-parent-path', what: '$ref to ../../etc/passwd', make: () => withRef('../../etc/passwd'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-absolute-path', what: '$ref to /etc/passwd', make: () => withRef('/etc/passwd#/x'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-sibling-file', what: '$ref to a sibling file that does not exist', make: () => withRef('./other.yaml#/components/schemas/A'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'ref-id-base', what: '$id with an absolute loopback URI and a relative $ref', make: (c) => schemaDoc(`    Root:\n      $id: 'http://127.0.0.1:${c.trapPort}/base/'\n      $ref: 'evil.json'\n`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'asyncapi-ref-http', what: 'AsyncAPI payload $ref to loopback HTTP', make: (c) => makeAsyncApi().replace('type: object\n          properties:\n            antragId: { type: string }', `$ref: 'http://127.0.0.1:${c.trapPort}/payload.json'`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'asyncapi-ref-file', what: 'AsyncAPI payload $ref to file:///etc/passwd', make: () => makeAsyncApi().replace('type: object\n          properties:\n            antragId: { type: string }', `$ref: 'file:///etc/passwd'`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  // Parser bombs and limits.
  { id: 'yaml-alias-bomb', what: 'billion laughs: 9 levels of 9 aliases', make: () => aliasBomb(9, 9), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'yaml-alias-many', what: '5,000 aliases of one anchor', make: () => `openapi: 3.0.3\ninfo: { title: a, version: 1.0.0 }\npaths: {}\nx-a: &a { k: v }\nx-list: [${Array(5000).fill('*a').join(', ')}]\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'yaml-merge-bomb', what: 'merge keys (<<) over nested anchors', make: () => `openapi: 3.0.3\ninfo: { title: m, version: 1.0.0 }\npaths: {}\n${Array.from({ length: 30 }, (_, i) => `x-m${i}: &m${i}\n  <<: ${i ? `[*m${i - 1}, *m${i - 1}]` : '{ k: v }'}\n  k${i}: v`).join('\n')}\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'deep-flow-yaml', what: '10,000-deep YAML flow sequence', make: () => `openapi: 3.0.3\ninfo: { title: d, version: 1.0.0 }\npaths: {}\nx-deep: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'deep-json-object', what: '10,000-deep JSON objects', make: () => `{"openapi":"3.0.3","info":{"title":"d","version":"1.0.0"},"paths":{},"x-deep":${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}}`, contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'deep-json-array', what: '10,000-deep JSON arrays', make: () => `{"openapi":"3.0.3","info":{"title":"d","version":"1.0.0"},"paths":{},"x-deep":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`, contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'deep-schema-nesting', what: '10,000 nested schema properties (block YAML)', make: () => `openapi: 3.0.3\ninfo: { title: d, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    D: ${'{ properties: { p: '.repeat(DEEP)}{ type: string }${' } }'.repeat(DEEP)}\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'over-size-limit', what: 'a valid document padded past the size limit', make: () => `${makeOpenApi()}x-padding: "${'a'.repeat(HOSTILE_MAX_BYTES)}"\n`, rest: TOO_LARGE, graphql: 'PAYLOAD_TOO_LARGE', cli: 0 },
  // Prototype keys: stored as plain data, never merged into objects.
  { id: 'proto-key-json', what: '__proto__ at the top level (JSON)', make: () => `{"openapi":"3.0.3","info":{"title":"p","version":"1.0.0"},"paths":{},"__proto__":{"polluted":"yes"}}`, contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 1 },
  { id: 'proto-key-yaml', what: '__proto__ mapping in YAML', make: () => `openapi: 3.0.3\ninfo: { title: p, version: 1.0.0 }\npaths: {}\n__proto__:\n  polluted: yes\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 1 },
  { id: 'constructor-prototype', what: 'constructor.prototype in an extension (plain data: accepted)', make: () => `openapi: 3.0.3\ninfo: { title: p, version: 1.0.0 }\npaths: {}\nx-ext:\n  constructor:\n    prototype:\n      polluted: yes\n`, rest: OK, graphql: 'ok', cli: 1 },
  { id: 'proto-key-extension', what: '__proto__ inside an extension object (kept as data; see RELIABILITY.md gap on jsonb)', make: () => `openapi: 3.0.3\ninfo: { title: p, version: 1.0.0 }\npaths: {}\nx-ext: { __proto__: { polluted: yes } }\n`, rest: OK, graphql: 'ok', cli: 1 },
  { id: 'proto-schema-property', what: 'a schema property named __proto__ (kept as data)', make: () => schemaDoc(`    Root:\n      type: object\n      properties:\n        __proto__: { type: string }\n`), rest: OK, graphql: 'ok', cli: 1 },
  { id: 'proto-via-merge-key', what: '__proto__ smuggled through a YAML merge key (kept as data)', make: () => `openapi: 3.0.3\ninfo: { title: p, version: 1.0.0 }\npaths: {}\nx-base: &b { __proto__: { polluted: yes } }\nx-ext:\n  <<: *b\n`, rest: OK, graphql: 'ok', cli: 1 },
  // Duplicates and encodings.
  { id: 'duplicate-keys-yaml', what: 'the same key twice in YAML', make: () => `openapi: 3.0.3\ninfo: { title: d, version: 1.0.0 }\npaths: {}\npaths: { /x: {} }\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'duplicate-keys-json', what: 'the same key twice in JSON', make: () => `{"openapi":"3.0.3","info":{"title":"d","version":"1.0.0","title":"e"},"paths":{}}`, contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'invalid-utf8', what: 'a lone 0xC3 byte inside a title', make: () => Buffer.concat([Buffer.from('openapi: 3.0.3\ninfo: { title: "Stra'), Buffer.from([0xc3, 0x28]), Buffer.from('e", version: 1.0.0 }\npaths: {}\n')]), rest: INVALID, graphql: 'n/a', cli: 2 },
  { id: 'overlong-utf8', what: 'an overlong encoding of "/" (0xC0 0xAF)', make: () => Buffer.concat([Buffer.from('openapi: 3.0.3\ninfo: { title: "'), Buffer.from([0xc0, 0xaf]), Buffer.from('", version: 1.0.0 }\npaths: {}\n')]), rest: INVALID, graphql: 'n/a', cli: 2 },
  { id: 'utf16-body', what: 'a UTF-16LE encoded document', make: () => Buffer.from(`\ufeff${makeOpenApi()}`, 'utf16le'), rest: INVALID, graphql: 'n/a', cli: 2 },
  { id: 'bom-yaml', what: 'a valid YAML document behind a UTF-8 BOM (accepted, BOM dropped)', make: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(makeOpenApi({ title: 'Bom' }))]), rest: OK, graphql: 'ok', cli: 0 },
  { id: 'bom-json', what: 'a valid JSON document behind a UTF-8 BOM (accepted)', make: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"openapi":"3.0.3","info":{"title":"BomJson","version":"1.0.0"},"paths":{}}')]), contentType: 'application/json', rest: OK, graphql: 'ok', cli: 1 },
  { id: 'nul-escape-json', what: 'a \\u0000 escape in a JSON string', make: () => '{"openapi":"3.0.3","info":{"title":"a\\u0000b","version":"1.0.0"},"paths":{}}', contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'nul-raw-byte', what: 'a raw NUL byte in YAML', make: () => Buffer.from('openapi: 3.0.3\ninfo: { title: "a\u0000b", version: 1.0.0 }\npaths: {}\n'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'nul-escape-yaml', what: 'a "\\0" escape in a YAML double-quoted string', make: () => 'openapi: 3.0.3\ninfo: { title: "a\\0b", version: 1.0.0 }\npaths: {}\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'lone-surrogate', what: 'a \\ud800 escape without its pair', make: () => '{"openapi":"3.0.3","info":{"title":"a\\ud800b","version":"1.0.0"},"paths":{}}', contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  // Empty and wrong shapes.
  { id: 'empty-body', what: 'no bytes at all', make: () => '', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'whitespace-only', what: 'only blanks and newlines', make: () => '  \n\n\t\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'wrong-content-type-form', what: 'a document sent as a form', make: () => makeOpenApi(), contentType: 'application/x-www-form-urlencoded', rest: MEDIA, graphql: 'n/a', cli: 'n/a' },
  { id: 'wrong-content-type-png', what: 'a document sent as image/png', make: () => makeOpenApi(), contentType: 'image/png', rest: MEDIA, graphql: 'n/a', cli: 'n/a' },
  { id: 'wrong-content-type-multipart', what: 'multipart/form-data', make: () => '--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nopenapi: 3.0.3\r\n--x--\r\n', contentType: 'multipart/form-data; boundary=x', rest: MEDIA, graphql: 'n/a', cli: 'n/a' },
  { id: 'top-level-array', what: 'an array instead of an object', make: () => '[{"openapi":"3.0.3"}]', contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'top-level-scalar', what: 'a string instead of an object', make: () => '"openapi: 3.0.3"', contentType: 'application/json', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'top-level-null', what: 'YAML null', make: () => '~\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'paths-is-array', what: 'paths as an array', make: () => 'openapi: 3.0.3\ninfo: { title: a, version: 1.0.0 }\npaths: [/x, /y]\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 1 },
  { id: 'multi-document-yaml', what: 'two YAML documents in one upload', make: () => `${makeOpenApi()}---\n${makeOpenApi()}`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'yaml-js-tag', what: 'a !!js/function tag', make: () => `openapi: 3.0.3\ninfo: { title: !!js/function 'function(){return 1}', version: 1.0.0 }\npaths: {}\n`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  // Spec versions.
  { id: 'unknown-openapi-version', what: 'openapi: 9.9.9', make: () => 'openapi: 9.9.9\ninfo: { title: a, version: 1.0.0 }\npaths: {}\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 }, // the CLI refuses what the server refuses (same detectSpec)
  { id: 'unknown-asyncapi-version', what: 'asyncapi: 9.9.9', make: () => makeAsyncApi().replace('asyncapi: 3.0.0', 'asyncapi: 9.9.9'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'both-spec-keys', what: 'openapi and asyncapi keys in one document', make: () => `asyncapi: 3.0.0\n${makeOpenApi()}`, rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'no-spec-key', what: 'swagger: "1.2"', make: () => 'swagger: "1.2"\ninfo: { title: a, version: 1.0.0 }\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  { id: 'numeric-spec-version', what: 'openapi: 3.1 as a number', make: () => 'openapi: 3.1\ninfo: { title: a, version: 1.0.0 }\npaths: {}\n', rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 2 },
  // Big but valid, cyclic but valid, expensive but valid.
  { id: 'many-paths', what: '4,000 paths (valid, just under the size limit)', make: () => manyPaths(4000), rest: OK, graphql: 'ok', cli: 1 },
  { id: 'circular-schema', what: 'schemas that refer to each other through properties (valid)', make: () => schemaDoc(`    Root: { $ref: '#/components/schemas/A' }\n    A:\n      type: object\n      properties:\n        b: { $ref: '#/components/schemas/B' }\n    B:\n      type: object\n      properties:\n        a: { $ref: '#/components/schemas/A' }\n        self: { $ref: '#/components/schemas/B' }\n`), rest: OK, graphql: 'ok', cli: 1 },
  { id: 'ref-cycle-direct', what: 'a $ref chain that points back at itself', make: () => schemaDoc(`    Root: { $ref: '#/components/schemas/A' }\n    A: { $ref: '#/components/schemas/B' }\n    B: { $ref: '#/components/schemas/A' }\n`), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 1 },
  { id: 'ref-missing-pointer', what: 'a local $ref to a pointer that does not exist', make: () => withRef('#/components/schemas/Nowhere'), rest: INVALID, graphql: 'INVALID_DOCUMENT', cli: 1 },
  { id: 'ref-fan-out', what: 'small valid document whose $refs fan out 6 ways over 18 levels', make: () => fanOut(18, 6), rest: OK, graphql: 'ok', cli: 1 },
  { id: 'evil-pattern-openapi', what: `pattern ${EVIL_PATTERN} with an example that backtracks (valid)`, make: () => schemaDoc(`    Root:\n      type: string\n      pattern: '${EVIL_PATTERN}'\n      example: '${EVIL_INPUT}'\n`), rest: OK, graphql: 'ok', cli: 1 },
  { id: 'evil-pattern-asyncapi', what: `AsyncAPI payload pattern ${EVIL_PATTERN} with a backtracking example`, make: () => makeAsyncApi().replace('antragId: { type: string }', `antragId: { type: string, pattern: '${EVIL_PATTERN}' }`).replace('        payload:', `        examples:\n          - payload: { antragId: '${EVIL_INPUT}' }\n        payload:`), rest: OK, graphql: 'ok', cli: 'n/a' },
  { id: 'invalid-regex-pattern', what: 'a pattern that is not a regular expression', make: () => schemaDoc(`    Root: { type: string, pattern: '(((' }\n`), rest: OK, graphql: 'ok', cli: 1 },
  { id: 'huge-number', what: 'numbers beyond double range (1e999, 2^1000)', make: () => `openapi: 3.0.3\ninfo: { title: n, version: 1.0.0 }\npaths: {}\nx-big: 1e999\nx-int: ${'9'.repeat(400)}\n`, rest: OK, graphql: 'ok', cli: 1 },
  { id: 'long-key', what: 'one mapping key of 100,000 characters', make: () => `openapi: 3.0.3\ninfo: { title: k, version: 1.0.0 }\npaths: {}\nx-k: { ${'k'.repeat(100_000)}: v }\n`, rest: OK, graphql: 'ok', cli: 1 },
];
