import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const BASE = '/api/v1/components/antragsservice/contracts/antrag-api';
type Problem = { code: string; causes: { code: string; pointer: string }[]; details: { report: { outcome: string; changes: { id: string }[] } } };

describe('compatibility policy on publish', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: COMPONENT_INPUT }, bearer());
    expect((await putDocument(sut, `${BASE}/versions/1.0.0`, makeOpenApi({ paths: ['/antraege', '/status'] }), 'application/yaml', bearer())).status).toBe(201);
  });
  afterAll(() => sut.close());

  it('stores the first version without a report', async () => {
    const q = await gql<{ contractVersion: { compatibilityReport: null; predecessorVersion: null } }>(sut,
      '{ contractVersion(component: "antragsservice", contract: "antrag-api", version: "1.0.0") { compatibilityReport { outcome } predecessorVersion } }');
    expect(q.data?.contractVersion).toEqual({ compatibilityReport: null, predecessorVersion: null });
  });

  it('refuses a breaking change within a major line with 409 INCOMPATIBLE and stores nothing', async () => {
    const res = await putDocument(sut, `${BASE}/versions/1.1.0`, makeOpenApi({ paths: ['/antraege'] }), 'application/yaml', bearer());
    expect(res.status).toBe(409);
    const body = (await res.json()) as Problem;
    expect(body.code).toBe('INCOMPATIBLE');
    expect(body.causes.map((c) => c.code)).toEqual(['operation-removed']);
    expect(body.causes[0].pointer).toBe('/paths/~1status/get');
    expect(body.details.report.outcome).toBe('INCOMPATIBLE');
    expect(await sqlQuery(sut, `SELECT version FROM contract_version WHERE version = '1.1.0'`)).toEqual([]);
  });

  it('refuses a new feature under a patch bump with 422 SEMVER_VIOLATION', async () => {
    const res = await putDocument(sut, `${BASE}/versions/1.0.1`, makeOpenApi({ paths: ['/antraege', '/status', '/bescheide'] }), 'application/yaml', bearer());
    expect(res.status).toBe(422);
    const body = (await res.json()) as Problem;
    expect(body.code).toBe('SEMVER_VIOLATION');
    expect(body.causes.map((c) => c.code)).toEqual(['operation-added']);
  });

  it('accepts an additive minor version and keeps its report and changelog', async () => {
    const res = await putDocument(sut, `${BASE}/versions/1.1.0`, makeOpenApi({ paths: ['/antraege', '/status', '/bescheide'] }), 'application/yaml', bearer());
    expect(res.status).toBe(201);
    const body = (await res.json()) as { compatibility: { outcome: string; predecessor: string; breaking: boolean; changes: { id: string; operation: string }[] } };
    expect(body.compatibility).toMatchObject({ outcome: 'OK', predecessor: '1.0.0', breaking: false });
    expect(body.compatibility.changes.map((c) => [c.id, c.operation])).toEqual([['operation-added', 'GET /bescheide']]);
    const q = await gql<{ contractVersion: { changelog: string } }>(sut,
      '{ contractVersion(component: "antragsservice", contract: "antrag-api", version: "1.1.0") { changelog } }');
    expect(q.data?.contractVersion.changelog).toContain('## 1.0.0 → 1.1.0');
  });

  it('accepts the breaking change with a major bump and reports it', async () => {
    const res = await putDocument(sut, `${BASE}/versions/2.0.0`, makeOpenApi({ paths: ['/antraege', '/bescheide'] }), 'application/yaml', bearer());
    expect(res.status).toBe(201);
    const body = (await res.json()) as { compatibility: { outcome: string; breaking: boolean; requiredBump: string } };
    expect(body.compatibility).toMatchObject({ outcome: 'OK', breaking: true, requiredBump: 'major' });
  });

  it('compares a hotfix with its semver predecessor, not with the newest version', async () => {
    const res = await putDocument(sut, `${BASE}/versions/1.1.1`, makeOpenApi({ title: 'Antragsdienst (Fix)', paths: ['/antraege', '/status', '/bescheide'] }), 'application/yaml', bearer());
    expect(res.status).toBe(201);
    expect(((await res.json()) as { compatibility: { predecessor: string } }).compatibility.predecessor).toBe('1.1.0');
  });

  it('answers a REST dry run with the verdict and stores nothing', async () => {
    const res = await fetch(`${sut.baseUrl}${BASE}/compatibility?version=2.1.0`, {
      method: 'POST', headers: { 'content-type': 'application/yaml', ...bearer() }, body: makeOpenApi({ paths: ['/antraege'] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { outcome: string; predecessor: string; compatibility: { violations: { id: string }[] } };
    expect([body.outcome, body.predecessor, body.compatibility.violations.map((v) => v.id)]).toEqual(['INCOMPATIBLE', '2.0.0', ['operation-removed']]);
    expect(await sqlQuery(sut, `SELECT version FROM contract_version WHERE version = '2.1.0'`)).toEqual([]);
  });

  it('answers the GraphQL dry run and compares any two stored versions', async () => {
    const check = await gql<{ checkCompatibility: { outcome: string; report: { summary: { breaking: number } } } }>(sut,
      'query($i: PublishContractVersionInput!) { checkCompatibility(input: $i) { outcome report { summary { breaking } } } }',
      { i: { component: 'antragsservice', contract: 'antrag-api', version: '2.0.1', document: makeOpenApi({ paths: ['/antraege', '/bescheide'] }) } }, bearer());
    expect(check.data?.checkCompatibility).toEqual({ outcome: 'OK', report: { summary: { breaking: 0 } } });
    const cmp = await gql<{ compareVersions: { breaking: boolean; changes: { id: string }[] } }>(sut,
      '{ compareVersions(component: "antragsservice", contract: "antrag-api", from: "1.0.0", to: "2.0.0") { breaking changes { id } } }');
    expect(cmp.data?.compareVersions.breaking).toBe(true);
    expect(cmp.data?.compareVersions.changes.map((c) => c.id).sort()).toEqual(['operation-added', 'operation-removed']);
  });
});
