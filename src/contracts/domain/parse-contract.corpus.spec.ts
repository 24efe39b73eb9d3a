import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DomainError } from '../../common/errors/domain-error.js';
import { describeWithShared } from '../../../test/support/shared-corpus.js';
import { parseContractInline } from './parse-contract-inline.js';

// The in-thread pipeline is what the worker runs; using it here keeps the corpus run free of worker
// start-up and time budgets on a shared 2-core machine. parse-contract.spec.ts covers the worker path.

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : /\.(ya?ml|json)$/.test(name) && name !== 'INDEX.json' ? [full] : [];
  });
}

async function outcome(file: string): Promise<{ ok: true } | { ok: false; codes: string[]; causes: DomainError['causes'] }> {
  try {
    await parseContractInline(readFileSync(file));
    return { ok: true };
  } catch (err) {
    if (!(err instanceof DomainError)) throw err;
    return { ok: false, codes: [...new Set(err.causes.map((c) => c.code ?? ''))], causes: err.causes };
  }
}

// Real documents that are invalid upstream, with the first problem class each one has (cross-checked with
// swagger-parser's full validation or, for YAML, with the corpus README).
const OPENAPI_INVALID: Record<string, string> = {
  'german-public/klinikatlas-api/openapi_en.yaml': 'YAML_SYNTAX', // README: not valid YAML
  'versions/eco-visio-api/2022-06-14_506e42d7.yaml': 'YAML_SYNTAX', // README: not valid YAML
  'german-public/klinikatlas-api/openapi.yaml': 'SCHEMA', // schema type: must be string
  'versions/autobahn-api/2021-08-26_c2c941b1.yaml': 'SCHEMA',
  'versions/dip-bundestag-api/2022-03-12_596c4c11.yaml': 'SCHEMA',
  'versions/dwd-api/2021-07-26_87b3aec3.yaml': 'SCHEMA',
  'versions/dwd-api/2021-12-01_56e6e42b.yaml': 'DUPLICATE_KEY',
  'versions/luftqualitaet-api/2021-08-15_e5acd98d.yaml': 'SCHEMA', // no paths
  'versions/openai/2022-01-19_66e329ae.yaml': 'SCHEMA', // oaiMeta outside x-
  'versions/pegel-online-api/2021-07-25_714fb7c7.yaml': 'SCHEMA',
  'versions/stripe/2017-09-05_e069733b.yaml': 'UNRESOLVED_REF', // "#/definitions/error" in a 3.0 document
  'versions/travelwarning-api/2021-07-31_2cd3ecb8.yaml': 'SCHEMA',
  'oai-schema-tests-pass/v3.1/security-scheme-object-examples.yaml': 'EXTERNAL_REF', // https $ref: never followed
  // Found by the spec rules (issue #13), each wrong by the OAS text, not only by a tool:
  // a schema-only test fixture: "{id}" in the template but the parameter is "petId", and the security
  // requirement names "petstore_auth", which is not defined (OAS 3.1 §4.8.12.1, §4.8.30.2)
  'oai-schema-tests-pass/v3.1/operation-object-example.yaml': 'SPEC_RULE',
  // operationId "getWarningHistory" on two operations (OAS 3.0 §4.7.10.1: unique among all operations)
  'versions/nina-api/2023-03-03_cdee1946.yaml': 'SPEC_RULE',
  // declares the path parameter "resolution", which the template no longer has (OAS 3.0 §4.7.12.1:
  // the name of a path parameter MUST correspond to a template expression in the path)
  'versions/smard-api/2022-10-07_2d4adae0.yaml': 'SPEC_RULE',
};

// The large documents reappear byte for byte in the version series: each distinct content runs once.
function distinctContent(dir: string, files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const hash = createHash('sha256').update(readFileSync(join(dir, f))).digest('hex');
    if (seen.has(hash)) return false;
    seen.add(hash);
    return true;
  });
}

describeWithShared('corpus/openapi', 'corpus: OpenAPI documents', (dir) => {
  const files = distinctContent(dir, filesUnder(dir).map((f) => relative(dir, f)));
  it('holds the documents this test expects', () => expect(files.length).toBeGreaterThan(150));

  it.each(files.filter((f) => !f.startsWith('oai-schema-tests-pass/v3.2/')))('%s', async (file) => {
    const result = await outcome(join(dir, file));
    const expected = OPENAPI_INVALID[file];
    if (expected === undefined) expect(result).toEqual({ ok: true });
    else expect(result.ok === false && result.codes[0]).toBe(expected);
  });

  it('accepts every OpenAPI 3.2 "pass" document (3.1 schema plus the 3.2 additions)', async () => {
    const passing = files.filter((f) => f.startsWith('oai-schema-tests-pass/v3.2/'));
    expect(passing.length).toBeGreaterThan(10);
    for (const file of passing) {
      const result = await outcome(join(dir, file));
      expect([file, result.ok ? 'ok' : result.codes[0]]).toEqual([file, OAS32_PASS_INVALID[file] ?? 'ok']);
    }
  });
});

// 3.2 "pass" fixtures of the OAI schema tests that are schema-only and wrong by the spec rules.
const OAS32_PASS_INVALID: Record<string, string> = {
  'oai-schema-tests-pass/v3.2/operation-object-example.yaml': 'SPEC_RULE', // as its 3.1 twin above
  'oai-schema-tests-pass/v3.2/security-scheme-object-examples.yaml': 'EXTERNAL_REF', // as its 3.1 twin above
};

const ASYNC_VERSION = /^\s*"?asyncapi"?\s*:\s*["']?(\d+\.\d+\.\d+)/m;
const EXTERNAL_REF = /"?\$ref"?\s*:\s*["']?(?!#)[^\s"']/;
// Upstream examples that really are invalid under the version they declare (the parser agrees).
const ASYNCAPI_INVALID: Record<string, string> = {
  'versions/operation-security/2022-04-27_65d58696_asyncapi-2.4.0.yml': 'SCHEMA', // security must be an array
};

describeWithShared('corpus/asyncapi', 'corpus: AsyncAPI documents', (dir) => {
  const all = filesUnder(dir).map((f) => ({ file: relative(dir, f), text: readFileSync(f, 'utf8') }));
  const declared = all.map((d) => ({ ...d, version: ASYNC_VERSION.exec(d.text)?.[1] ?? null })).filter((d) => d.version !== null);
  const inScope = declared.filter((d) => /^(2\.[0-6]\.\d+|3\.[01]\.\d+)$/.test(d.version as string));
  const singleFile = inScope.filter((d) => !EXTERNAL_REF.test(d.text));

  it('holds the documents this test expects', () => expect(singleFile.length).toBeGreaterThan(60));

  it.each(singleFile.map((d) => d.file))('accepts complete single-file document %s', async (file) => {
    const result = await outcome(join(dir, file));
    const expected = ASYNCAPI_INVALID[file];
    if (expected === undefined) expect(result).toEqual({ ok: true });
    else expect(result.ok === false && result.codes[0]).toBe(expected);
  });

  it('rejects multi-file documents with EXTERNAL_REF naming each ref', async () => {
    for (const { file } of inScope.filter((d) => EXTERNAL_REF.test(d.text))) {
      const result = await outcome(join(dir, file));
      expect([file, result.ok === false && result.causes.filter((c) => c.code === 'EXTERNAL_REF').length > 0]).toEqual([file, true]);
    }
  });

  it('rejects AsyncAPI 1.x as an unsupported version', async () => {
    const outOfScope = declared.filter((d) => !inScope.includes(d));
    expect(outOfScope.length).toBeGreaterThan(0);
    for (const { file, version } of outOfScope) {
      const result = await outcome(join(dir, file));
      expect([file, result.ok === false && result.causes[0]?.message]).toEqual([
        file,
        `Unsupported version: AsyncAPI "${version}" is not supported; supported are Swagger 2.0, OpenAPI 3.0.x, 3.1.x and 3.2.x, AsyncAPI 2.0–2.6, 3.0.x and 3.1.x`,
      ]);
    }
  });
});

// Invalid by the spec but accepted, as docs/compatibility-modes.md ("What validation checks") says: the
// OAS 3.2 XML object's nodeType exclusions sit inside Schema objects, which the schema pass only checks
// for being objects (the 3.1 meta-schema's $dynamicRef, see validate-openapi.ts).
const KNOWN_GAPS = new Set([
  'invalid/oai-openapi-schema-tests/v3.2/xml-attr-exclusion.yaml',
  'invalid/oai-openapi-schema-tests/v3.2/xml-wrapped-exclusion.yaml',
]);

interface IndexEntry {
  path: string;
  spec: string | null;
  expected_valid: boolean | null;
}

describeWithShared('corpus/invalid', 'corpus: invalid documents (INDEX.json)', (dir) => {
  const index = JSON.parse(readFileSync(join(dir, 'INDEX.json'), 'utf8')) as { files: IndexEntry[] };
  const decided = index.files.filter((f) => f.expected_valid !== null);
  const file = (p: string): string => join(dir, '..', p);

  it.each(decided.map((f) => [f.path, f.expected_valid] as const))('%s (valid: %s)', async (path, valid) => {
    const result = await outcome(file(path));
    expect(result.ok).toBe(KNOWN_GAPS.has(path) ? !valid : valid);
  });

  // Where the source test states the problem, the cause must point at it.
  it.each([
    ['invalid/swagger-parser/validate-spec/invalid/invalid-response-code.yaml', 'SPEC_RULE', '/paths/~1users/get/responses/888', 10],
    ['invalid/swagger-parser/validate-spec/invalid/no-path-params.yaml', 'SPEC_RULE', '/paths/~1users~1{username}~1{foo}/get', 17],
    ['invalid/swagger-parser/validate-spec/invalid/multiple-operation-body-params.yaml', 'SPEC_RULE', '/paths/~1users~1{username}/patch', 8],
    ['invalid/swagger-parser/validate-spec/invalid/required-property-not-defined-definitions.yaml', 'SPEC_RULE', '/definitions/Pet', 22],
    ['invalid/swagger-parser/validate-spec/invalid/array-response-header-no-items.yaml', 'SPEC_RULE', '/paths/~1users/get/responses/default/headers/Last-Modified', 15],
    ['invalid/swagger-parser/validate-schema/invalid/invalid-response-code.yaml', 'SCHEMA', '/paths/~1users/get/responses/foobar', 10],
    ['invalid/swagger-parser/invalid/numeric-version.yaml', 'UNKNOWN_SPEC_VERSION', '/swagger', 1],
    ['invalid/swagger-parser/invalid/old-version.yaml', 'UNSUPPORTED_SPEC_VERSION', '/swagger', 1],
    ['invalid/swagger-parser/invalid/numeric-info-version.yaml', 'SCHEMA', '/info/version', 3],
    ['invalid/oai-openapi-schema-tests/v3.1/servers.yaml', 'SCHEMA', '/servers', 9],
    ['invalid/oai-openapi-schema-tests/v3.1/server_enum_empty.yaml', 'SCHEMA', '/servers/0/variables/var/enum', 13],
    ['invalid/oai-openapi-schema-tests/v3.1/header-object-allowReserved.yaml', 'SCHEMA', '/components/headers/Style/allowReserved', 12],
    ['invalid/oai-openapi-schema-tests/v3.1/link-object-no-body.yaml', 'SCHEMA', '/components/links/Link-Object-with-body-property/body', 10],
    ['invalid/asyncapi-parser-js-v1/inexisting-local-ref.yaml', 'UNRESOLVED_REF', '/channels/mychannel2/publish/message/$ref', 9],
    ['invalid/asyncapi-parser-js-v1/inexisting-http-ref.yaml', 'EXTERNAL_REF', '/channels/mychannel/publish/message/$ref', 9],
    ['invalid/asyncapi-parser-js-v1/invalid-asyncapi.yaml', 'SCHEMA', '/info', 2],
    ['invalid/asyncapi-parser-js-v1/invalid-message-with-duplicate-tags.yaml', 'SPEC_RULE', '/channels/~1user~1signedup/subscribe/message/tags/1/name', 15],
    ['invalid/asyncapi-parser-js-v1/malformed-asyncapi.yaml', 'YAML_SYNTAX', '', 18],
  ])('%s → %s at %s (line %d)', async (path, code, pointer, line) => {
    const result = await outcome(file(path));
    expect(result.ok === false && result.causes[0]).toMatchObject({ code, pointer, line });
  });

  it('reports every stated problem of invalid-asyncapi.yaml at once', async () => {
    const result = await outcome(file('invalid/asyncapi-parser-js-v1/invalid-asyncapi.yaml'));
    expect(result.ok === false && result.causes.map((c) => [c.code, c.pointer])).toEqual([
      ['SCHEMA', '/info'],
      ['SCHEMA', '/info/test'],
      ['SCHEMA', '/test'],
      ['EXTERNAL_REF', '/components/schemas/testSchema/properties/test/$ref'],
    ]);
  });
});
