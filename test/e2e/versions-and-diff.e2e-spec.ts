import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

// Issue #13: versions and modes mean what they say; any two versions can be compared.
const C = 'antragsservice';
const at = (contract: string, version: string) => `/api/v1/components/${C}/contracts/${contract}/versions/${version}`;
type Problem = { code: string; detail: string; causes: { code?: string; pointer: string; message: string; line?: number; column?: number }[] };
type Published = { compatibility: { outcome: string; predecessor: string; changes: { id: string; against: string }[]; semverWarnings: { id: string }[] } };

describe('versions, modes and comparisons', () => {
  let sut: TestApp;
  const put = (contract: string, version: string, paths: string[]) =>
    putDocument(sut, at(contract, version), makeOpenApi({ paths }), 'application/yaml', bearer());
  const setting = (mutation: string, arg: string, value: string, contract: string) => gql<Record<string, { kind: string | null; compatibilityMode: string; semverPolicy: string; compatibilityScope: string }>>(sut,
    `mutation { ${mutation}(component: "${C}", contract: "${contract}", ${arg}: ${value}) { kind compatibilityMode semverPolicy compatibilityScope } }`, {}, bearer());

  beforeAll(async () => {
    sut = await startTestApp();
    await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: COMPONENT_INPUT }, bearer());
  });
  afterAll(() => sut.close());

  it('never takes a pre-release as the predecessor of a release', async () => {
    expect((await put('vorab-api', '2.0.0', ['/antraege'])).status).toBe(201);
    const beta = await put('vorab-api', '2.1.0-beta.1', ['/antraege', '/entwuerfe']);
    expect(beta.status).toBe(201);
    // 2.1.0 without the endpoint tried in the beta: compared with 2.0.0, nothing changed, nothing removed
    const release = await put('vorab-api', '2.1.0', ['/antraege']);
    expect(release.status).toBe(201);
    const body = (await release.json()) as Published;
    expect([body.compatibility.predecessor, body.compatibility.changes]).toEqual(['2.0.0', []]);
    // a second beta is compared with the first beta of its own version
    const beta2 = await put('vorab-api', '2.2.0-beta.2', ['/antraege', '/bescheide']);
    expect(((await beta2.json()) as Published).compatibility.predecessor).toBe('2.1.0');
  });

  it('refuses build metadata with an accurate message and version parts beyond the storable range', async () => {
    const build = await put('vorab-api', '3.0.0+build.7', ['/antraege']);
    expect(build.status).toBe(422);
    const problem = (await build.json()) as Problem;
    expect(problem.code).toBe('VALIDATION_FAILED');
    expect(problem.causes[0]).toMatchObject({ pointer: '/version' });
    expect(problem.causes[0].message).toContain('build metadata ("+build.7") is not accepted');
    const huge = await put('vorab-api', '2147483648.0.0', ['/antraege']);
    expect(huge.status).toBe(422);
    expect(((await huge.json()) as Problem).causes[0].message).toContain('the major part 2147483648 is larger than 2147483647');
  });

  it('sets mode, semver policy and scope before the first version exists, owner-only and audited', async () => {
    const mode = await setting('setCompatibilityMode', 'mode', 'BACKWARD_TRANSITIVE', 'neu-api');
    expect(mode.data?.setCompatibilityMode).toEqual({ kind: null, compatibilityMode: 'BACKWARD_TRANSITIVE', semverPolicy: 'ENFORCED', compatibilityScope: 'MAJOR_LINE' });
    expect((await setting('setCompatibilityScope', 'scope', 'ALL_VERSIONS', 'neu-api')).data?.setCompatibilityScope.compatibilityScope).toBe('ALL_VERSIONS');
    const anonymous = await gql(sut, `mutation { setSemverPolicy(component: "${C}", contract: "neu-api", policy: OFF) { semverPolicy } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const actions = await sqlQuery<{ action: string }>(sut, `SELECT action FROM audit_event WHERE subject = '${C}/neu-api' ORDER BY seq`);
    expect(actions.map((a) => a.action)).toEqual(['contract.compatibility_mode_set', 'contract.compatibility_scope_set']);
    // the first version fixes the kind; the settings apply from the second on
    expect((await put('neu-api', '1.0.0', ['/antraege', '/status'])).status).toBe(201);
    expect((await put('neu-api', '1.1.0', ['/antraege', '/status', '/bescheide'])).status).toBe(201);
    // ALL_VERSIONS: the major bump no longer exempts 2.0.0 from the transitive check; each change names its version
    const res = await put('neu-api', '2.0.0', ['/antraege']);
    expect(res.status).toBe(409);
    const report = ((await res.json()) as { details: { report: { comparedWith: string[]; changes: { id: string; against: string }[] } } }).details.report;
    expect(report.comparedWith).toEqual(['1.1.0', '1.0.0']);
    expect(report.changes.map((c) => `${c.id} ${c.against}`).sort()).toEqual([
      'operation-removed 1.0.0', 'operation-removed 1.1.0', 'operation-removed 1.1.0',
    ]);
  });

  it('reports a too-small bump under ADVISORY instead of refusing it', async () => {
    expect((await setting('setSemverPolicy', 'policy', 'ADVISORY', 'vorab-api')).data?.setSemverPolicy.semverPolicy).toBe('ADVISORY');
    const res = await put('vorab-api', '2.1.1', ['/antraege', '/status']);
    expect(res.status).toBe(201);
    const body = (await res.json()) as Published;
    expect([body.compatibility.outcome, body.compatibility.semverWarnings.map((c) => c.id)]).toEqual(['OK', ['operation-added']]);
  });

  describe('comparing any two versions', () => {
    const diff = (query: string) => fetch(`${sut.baseUrl}/api/v1/components/${C}/contracts/neu-api/diff?${query}`, { headers: bearer() });

    it('answers outcome, required bump and changelog over REST (JSON and Markdown), also for downgrades', async () => {
      const up = await diff('from=1.0.0&to=1.1.0');
      expect(up.status).toBe(200);
      expect(await up.json()).toMatchObject({ from: '1.0.0', to: '1.1.0', outcome: 'OK', requiredBump: 'minor', breaking: false, cumulative: false, changes: [{ id: 'operation-added' }] });
      const down = await diff('from=1.1.0&to=1.0.0');
      expect(await down.json()).toMatchObject({ outcome: 'INCOMPATIBLE', requiredBump: 'major', breaking: true });
      const md = await diff('from=1.0.0&to=1.1.0&format=markdown');
      expect(md.headers.get('content-type')).toContain('text/markdown');
      expect(await md.text()).toContain('## 1.0.0 → 1.1.0');
    });

    it('lists each step of a cumulative changelog under its version', async () => {
      expect((await put('neu-api', '1.2.0', ['/antraege', '/status', '/bescheide', '/fristen'])).status).toBe(201);
      const res = await diff('from=1.0.0&to=1.2.0&cumulative=true');
      const body = (await res.json()) as { changelog: string; steps: { from: string; to: string; changes: { id: string }[] }[] };
      expect(body.steps.map((s) => [s.from, s.to, s.changes.map((c) => c.id)])).toEqual([
        ['1.0.0', '1.1.0', ['operation-added']], ['1.1.0', '1.2.0', ['operation-added']],
      ]);
      expect(body.changelog.indexOf('## 1.0.0 → 1.1.0')).toBeLessThan(body.changelog.indexOf('## 1.1.0 → 1.2.0'));
      expect(body.changelog).toContain('GET /fristen');
    });

    it('answers the same over GraphQL compareVersions', async () => {
      const q = await gql<{ compareVersions: { outcome: string; requiredBump: string; changelog: string; steps: { to: string }[] } }>(sut,
        `{ compareVersions(component: "${C}", contract: "neu-api", from: "1.0.0", to: "1.2.0", cumulative: true) { outcome requiredBump changelog steps { to } } }`);
      expect(q.data?.compareVersions).toMatchObject({ outcome: 'OK', requiredBump: 'minor', steps: [{ to: '1.1.0' }, { to: '1.2.0' }] });
    });

    it('refuses an incomplete query and a cumulative downgrade with 400', async () => {
      const missing = await diff('to=1.1.0&format=pdf');
      expect(missing.status).toBe(400);
      expect(((await missing.json()) as Problem).causes.map((c) => c.pointer)).toEqual(['/from', '/format']);
      expect((await diff('from=1.1.0&to=1.0.0&cumulative=true')).status).toBe(400);
    });
  });

  describe('validation over REST', () => {
    it('treats an application/json body as JSON: a trailing comma is a JSON syntax error with line and column', async () => {
      const text = '{\n  "openapi": "3.0.3",\n  "info": {"title": "T", "version": "1"},\n  "paths": {},\n}\n';
      const res = await putDocument(sut, at('json-api', '1.0.0'), text, 'application/json', bearer());
      expect(res.status).toBe(422);
      const problem = (await res.json()) as Problem;
      expect(problem.causes).toEqual([expect.objectContaining({ code: 'JSON_SYNTAX', line: 5, column: 1 })]);
    });

    it('reports a duplicate operationId and an undeclared path parameter together, with positions', async () => {
      const text = [
        'openapi: 3.0.3', 'info: {title: T, version: "1"}', 'paths:',
        '  /antraege/{antragId}:', '    get:', '      operationId: getAntrag', '      responses: {"200": {description: ok}}',
        '  /bescheide:', '    get:', '      operationId: getAntrag', '      responses: {"200": {description: ok}}', '',
      ].join('\n');
      const res = await putDocument(sut, at('regel-api', '1.0.0'), text, 'application/yaml', bearer());
      expect(res.status).toBe(422);
      const causes = ((await res.json()) as Problem).causes;
      expect(causes.map((c) => [c.code, c.pointer, c.line, c.column])).toEqual([
        ['SPEC_RULE', '/paths/~1antraege~1{antragId}/get', 5, 5],
        ['SPEC_RULE', '/paths/~1bescheide/get/operationId', 10, 7],
      ]);
    });
  });
});
