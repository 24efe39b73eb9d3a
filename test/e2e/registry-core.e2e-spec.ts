import { parseContractInline } from '../../src/contracts/domain/parse-contract-inline.js';
import { COMPONENT_INPUT, makeAsyncApi, makeOpenApi } from '../factories/documents.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const BASE = '/api/v1/components/antragsservice/contracts/antrag-api/versions';

describe('registry core over HTTP', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_MAX_DOCUMENT_BYTES: '65536' });
    const created = await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug license } }', { i: COMPONENT_INPUT }, bearer());
    expect(created.errors).toBeUndefined();
  });
  afterAll(() => sut.close());

  it('serves its own REST description, which is a valid OpenAPI 3.1 document', async () => {
    const res = await fetch(`${sut.baseUrl}/api/openapi.json`);
    expect(res.status).toBe(200);
    const parsed = await parseContractInline(Buffer.from(await res.text()));
    expect([parsed.kind, parsed.specVersion]).toEqual(['OPENAPI', '3.1.0']);
    const paths = Object.keys(parsed.document.paths as object);
    expect(paths).toContain('/api/v1/components/{component}/contracts/{contract}/versions/{version}');
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${sut.baseUrl}/health/live`)).status).toBe(200);
    const ready = await fetch(`${sut.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { info: { database: { status: string } } }).info.database.status).toBe('up');
  });

  it('publishes a new version with 201 and returns its coordinates', async () => {
    const res = await putDocument(sut, `${BASE}/1.0.0`, makeOpenApi(), 'application/yaml', bearer());
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ component: 'antragsservice', contract: 'antrag-api', version: '1.0.0', kind: 'OPENAPI', specVersion: '3.1.0', created: true });
    expect(res.headers.get('etag')).toBe(`"${body.sha256}"`);
  });

  it('answers an identical re-publish with 200 and stores nothing new', async () => {
    const res = await putDocument(sut, `${BASE}/1.0.0`, makeOpenApi(), 'application/yaml', bearer());
    expect(res.status).toBe(200);
    expect(((await res.json()) as { created: boolean }).created).toBe(false);
    const rows = await sqlQuery(sut, `SELECT count(*)::int AS n FROM contract_version`);
    expect(rows[0]).toEqual({ n: 1 });
  });

  it('refuses different content under an existing version with 409 VERSION_EXISTS', async () => {
    const res = await putDocument(sut, `${BASE}/1.0.0`, makeOpenApi({ title: 'Changed' }), 'application/yaml', bearer());
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { code: string }).code).toBe('VERSION_EXISTS');
  });

  it('answers 404 NOT_FOUND for an unknown component and stores nothing', async () => {
    const res = await putDocument(sut, '/api/v1/components/gibt-es-nicht/contracts/x/versions/1.0.0', makeOpenApi(), 'application/yaml', bearer());
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('NOT_FOUND');
  });

  it('answers 413 PAYLOAD_TOO_LARGE above the configured document size', async () => {
    const big = makeOpenApi() + `x-padding: "${'a'.repeat(70_000)}"\n`;
    const res = await putDocument(sut, `${BASE}/9.0.0`, big, 'application/yaml', bearer());
    expect(res.status).toBe(413);
    expect(((await res.json()) as { code: string }).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 415 for a body that is not a document media type', async () => {
    const res = await putDocument(sut, `${BASE}/9.0.0`, makeOpenApi(), 'application/x-www-form-urlencoded', bearer());
    expect(res.status).toBe(415);
    expect(((await res.json()) as { code: string }).code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 422 INVALID_DOCUMENT with a pointered error list and stores nothing', async () => {
    const res = await putDocument(sut, `${BASE}/9.0.0`, 'info:\n  title: no version field\npaths: {}\n', 'application/yaml', bearer());
    expect(res.status).toBe(422);
    const body = (await res.json()) as { code: string; causes: { message: string; pointer: string }[] };
    expect(body.code).toBe('INVALID_DOCUMENT');
    expect(body.causes.length).toBeGreaterThan(0);
    expect(typeof body.causes[0].pointer).toBe('string');
    const rows = await sqlQuery(sut, `SELECT count(*)::int AS n FROM contract_version WHERE version = '9.0.0'`);
    expect(rows[0]).toEqual({ n: 0 });
  });

  it('rejects a non-semver version with 422 VALIDATION_FAILED', async () => {
    const res = await putDocument(sut, `${BASE}/v1.2`, makeOpenApi(), 'application/yaml', bearer());
    expect(res.status).toBe(422);
    expect(((await res.json()) as { code: string }).code).toBe('VALIDATION_FAILED');
  });

  it('serves the document exactly as uploaded, with the sha256 as ETag and 304 on a match', async () => {
    const res = await fetch(`${sut.baseUrl}${BASE}/1.0.0`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(makeOpenApi());
    const etag = res.headers.get('etag')!;
    const again = await fetch(`${sut.baseUrl}${BASE}/1.0.0`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('converts the document to JSON or YAML on request', async () => {
    const json = await fetch(`${sut.baseUrl}${BASE}/1.0.0?format=json`);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(((await json.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const yaml = await fetch(`${sut.baseUrl}${BASE}/1.0.0?format=yaml`);
    expect(await yaml.text()).toContain('openapi: 3.1.0');
  });

  it('orders versions by semver: latest is the highest version without pre-release', async () => {
    expect((await putDocument(sut, `${BASE}/1.2.0`, makeOpenApi({ paths: ['/antraege', '/bescheide'] }), 'application/yaml', bearer())).status).toBe(201);
    expect((await putDocument(sut, `${BASE}/1.1.0`, makeOpenApi({ paths: ['/antraege', '/status'] }), 'application/yaml', bearer())).status).toBe(201);
    expect((await putDocument(sut, `${BASE}/2.0.0-rc.1`, makeOpenApi({ paths: ['/antraege', '/bescheide', '/neu'] }), 'application/yaml', bearer())).status).toBe(201);
    const res = await fetch(`${sut.baseUrl}${BASE}/latest`);
    expect(res.headers.get('x-contract-version')).toBe('1.2.0');
    const q = await gql<{ contractVersion: { version: string; prerelease: boolean } }>(
      sut, '{ contractVersion(component: "antragsservice", contract: "antrag-api", version: "latest") { version prerelease } }');
    expect(q.data?.contractVersion).toEqual({ version: '1.2.0', prerelease: false });
  });

  it('answers 404 for an unknown version', async () => {
    const res = await fetch(`${sut.baseUrl}${BASE}/7.7.7`);
    expect(res.status).toBe(404);
  });

  it('keeps __proto__ and constructor keys as data in the parsed form, without polluting prototypes', async () => {
    const doc = `${makeOpenApi()}x-ext:\n  __proto__: { polluted: yes }\n  constructor: { a: 1 }\n`;
    await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: { ...COMPONENT_INPUT, slug: 'zz-proto-probe' } }, bearer());
    const res = await putDocument(sut, '/api/v1/components/zz-proto-probe/contracts/probe/versions/1.0.0', doc, 'application/yaml', bearer());
    expect(res.status).toBe(201);
    const rows = await sqlQuery<{ x: string }>(sut, `SELECT (document->'x-ext')::text AS x FROM contract_version WHERE sha256 = $1`, [((await res.json()) as { sha256: string }).sha256]);
    expect(JSON.parse(rows[0].x)).toEqual(JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"a":1}}'));
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('fixes a contract kind by its first version', async () => {
    const res = await putDocument(sut, `${BASE}/3.0.0`, makeAsyncApi(), 'application/yaml', bearer());
    expect(res.status).toBe(422);
    expect(((await res.json()) as { detail: string }).detail).toContain('holds OPENAPI documents');
  });

  it('publishes through GraphQL and exposes the document as text and JSON', async () => {
    const res = await gql<{ publishContractVersion: { version: string; kind: string; specVersion: string; document: string; documentJson: { asyncapi: string } } }>(
      sut,
      'mutation($i: PublishContractVersionInput!) { publishContractVersion(input: $i) { version kind specVersion document documentJson } }',
      { i: { component: 'antragsservice', contract: 'antrag-events', version: '1.0.0', document: makeAsyncApi() } },
      bearer(),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.publishContractVersion).toMatchObject({ version: '1.0.0', kind: 'ASYNCAPI', specVersion: '3.0.0', document: makeAsyncApi() });
    expect(res.data?.publishContractVersion.documentJson.asyncapi).toBe('3.0.0');
  });

  it('carries the same error code in GraphQL extensions as in REST', async () => {
    const res = await gql(sut, 'mutation($i: PublishContractVersionInput!) { publishContractVersion(input: $i) { version } }', {
      i: { component: 'antragsservice', contract: 'antrag-api', version: '1.0.0', document: makeOpenApi({ title: 'Other' }) },
    }, bearer());
    expect(res.errors?.[0].extensions?.code).toBe('VERSION_EXISTS');
    const missing = await gql(sut, '{ contractVersion(component: "antragsservice", contract: "antrag-api", version: "9.9.9") { version } }');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lists components as a connection with contracts and versions', async () => {
    const res = await gql<{ components: { edges: { node: { slug: string; contracts: { name: string; versions: { version: string }[] }[] } }[]; pageInfo: { hasNextPage: boolean } } }>(
      sut, '{ components(first: 10) { edges { node { slug contracts { name versions { version } } } } pageInfo { hasNextPage } } }');
    expect(res.errors).toBeUndefined();
    const node = res.data!.components.edges[0].node;
    expect(node.slug).toBe('antragsservice');
    expect(node.contracts.map((c) => c.name)).toEqual(['antrag-api', 'antrag-events']);
    expect(node.contracts[0].versions.map((v) => v.version)).toEqual(['2.0.0-rc.1', '1.2.0', '1.1.0', '1.0.0']);
  });

  it('validates component input: SPDX licence, kebab-case slug, e-mail', async () => {
    const res = await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', {
      i: { ...COMPONENT_INPUT, slug: 'Bad Slug', license: 'NOT-A-LICENCE', platformOwner: { name: 'x', email: 'nope' } },
    }, bearer());
    expect(res.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const pointers = (res.errors?.[0].extensions?.causes ?? []).map((c) => c.pointer);
    expect(pointers).toEqual(['/slug', '/platformOwner/email', '/license']);
  });

  it('pages through components with a cursor and rejects oversized pages', async () => {
    await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: { ...COMPONENT_INPUT, slug: 'zahlung', name: 'Zahlung', layer: 'payment' } }, bearer());
    const first = await gql<{ components: { edges: { node: { slug: string } }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(
      sut, '{ components(first: 1) { edges { node { slug } } pageInfo { endCursor hasNextPage } } }');
    expect(first.data!.components.pageInfo.hasNextPage).toBe(true);
    const second = await gql<{ components: { edges: { node: { slug: string } }[] } }>(
      sut, '{ components(first: 1, after: $c) { edges { node { slug } } } }'.replace('$c', JSON.stringify(first.data!.components.pageInfo.endCursor)));
    expect(second.data!.components.edges.map((e) => e.node.slug)).toEqual(['zahlung']);
    const tooMany = await gql(sut, '{ components(first: 1000) { edges { node { slug } } } }');
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });
});
