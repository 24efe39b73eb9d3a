import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COMPONENT_INPUT } from '../factories/documents.js';
import { PROJECT_ROOT } from '../support/shared-corpus.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const fixture = (name: string) => readFileSync(resolve(PROJECT_ROOT, 'test', 'fixtures', 'guidelines', name), 'utf8');
const COMPLIANT = fixture('antrag-compliant.yaml');
const VIOLATIONS = fixture('antrag-violations.yaml');
const BASE = '/api/v1/components/antragsservice/contracts/antrag-api';
type Problem = { code: string; causes: { code: string; pointer: string; line: number; column: number; message: string }[] };
type Guidelines = { profile: string; version: string; score: number; counts: { error: number; warn: number }; findings: { rule: string; pointer: string; line: number }[] };

describe('API guidelines as code (issue #16)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
    await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: COMPONENT_INPUT }, bearer());
  });
  afterAll(() => sut.close());

  it('lists the built-in dstack profile with reasons and requirements', async () => {
    const q = await gql<{ governanceProfiles: { name: string; builtIn: boolean; rules: { id: string; severity: string; reason: string | null; requirement: string | null }[] }[] }>(sut,
      '{ governanceProfiles { name builtIn rules { id severity reason requirement } } }');
    const dstack = q.data?.governanceProfiles.find((p) => p.name === 'dstack');
    expect(dstack?.builtIn).toBe(true);
    expect(dstack?.rules.find((r) => r.id === 'dstack-info-license')).toMatchObject({ severity: 'error' });
    expect(dstack?.rules.every((r) => r.reason && r.requirement)).toBe(true);
  });

  it('ADVISORY (the default) stores the result of a publish with findings, pointer, line and column', async () => {
    expect((await putDocument(sut, '/api/v1/components/antragsservice/contracts/advisory-api/versions/1.0.0', VIOLATIONS, 'application/yaml', bearer())).status).toBe(201);
    const q = await gql<{ contractVersion: { guidelines: Guidelines } }>(sut,
      '{ contractVersion(component: "antragsservice", contract: "advisory-api", version: "1.0.0") { guidelines { profile version score counts { error warn } findings { rule pointer line } } } }');
    const g = q.data?.contractVersion.guidelines as Guidelines;
    expect([g.profile, g.version]).toEqual(['dstack', '1.0.0']);
    expect(g.findings.filter((f) => f.rule === 'dstack-servers-https' || f.rule === 'dstack-info-license').map((f) => [f.rule, f.pointer, f.line]))
      .toEqual([['dstack-info-license', '/info', 2], ['dstack-servers-https', '/servers/0/url', 10]]);
    expect(g.counts.error).toBe(2);
    expect(g.score).toBeLessThan(100);
  });

  it('a GATE contract refuses an error-level finding with 422 GUIDELINE_VIOLATION and stores nothing', async () => {
    const set = await gql<{ setGuidelinePolicy: { mode: string; source: string } }>(sut,
      'mutation { setGuidelinePolicy(input: { component: "antragsservice", contract: "antrag-api", mode: GATE }) { mode source profile } }', {}, bearer());
    expect(set.data?.setGuidelinePolicy).toMatchObject({ mode: 'GATE', source: 'CONTRACT' });
    const res = await putDocument(sut, `${BASE}/versions/1.0.0`, VIOLATIONS, 'application/yaml', bearer());
    expect(res.status).toBe(422);
    const body = (await res.json()) as Problem;
    expect(body.code).toBe('GUIDELINE_VIOLATION');
    const errors = body.causes.filter((c) => c.message.startsWith('error:'));
    expect(errors.map((c) => [c.code, c.pointer, c.line, c.column])).toEqual([['dstack-info-license', '/info', 2, 1], ['dstack-servers-https', '/servers/0/url', 10, 5]]);
    expect(await sqlQuery(sut, `SELECT v.version FROM contract_version v JOIN contract k ON k.id = v.contract_id WHERE k.name = 'antrag-api'`)).toEqual([]);
  });

  it('the dry run shows the findings and that a publish would be refused', async () => {
    const res = await fetch(`${sut.baseUrl}${BASE}/compatibility?version=1.0.0`, { method: 'POST', body: VIOLATIONS, headers: { 'content-type': 'application/yaml', ...bearer() } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { guidelines: { mode: string; blocking: boolean; counts: { error: number }; findings: { rule: string }[] } };
    expect(body.guidelines).toMatchObject({ mode: 'GATE', blocking: true, counts: { error: 2 } });
    expect(body.guidelines.findings.map((f) => f.rule)).toContain('dstack-servers-https');
  });

  it('the GATE accepts the fixed document, stores its result and audits the policy change', async () => {
    const res = await putDocument(sut, `${BASE}/versions/1.0.0`, COMPLIANT, 'application/yaml', bearer());
    expect(res.status).toBe(201);
    const rows = await sqlQuery<{ score: number; errors: number; mode: string }>(sut,
      `SELECT r.score, r.errors, r.mode FROM guideline_result r JOIN contract_version v ON v.id = r.version_id JOIN contract k ON k.id = v.contract_id WHERE k.name = 'antrag-api'`);
    expect(rows).toEqual([{ score: 100, errors: 0, mode: 'GATE' }]);
    expect(await sqlQuery(sut, `SELECT action FROM audit_event WHERE action = 'guideline-policy.set'`)).toHaveLength(1);
  });

  it('filters components and search hits by guidelineScoreAtLeast', async () => {
    const q = await gql<{ components: { edges: { node: { slug: string } }[] } }>(sut, '{ components(filter: { guidelineScoreAtLeast: 100 }) { edges { node { slug } } } }');
    expect(q.data?.components.edges.map((e) => e.node.slug)).toEqual(['antragsservice']);
    const s = await gql<{ searchContracts: { edges: { node: { contract: { name: string } } }[] } }>(sut,
      '{ searchContracts(query: "Antrag", filter: { guidelineScoreAtLeast: 100 }) { edges { node { contract { name } } } } }');
    expect(s.data?.searchContracts.edges.map((e) => e.node.contract.name)).toEqual(['antrag-api']);
  });

  it('validates an uploaded profile with every problem at once and refuses custom code and foreign extends', async () => {
    const doc = [
      'functions: [evil]',
      'extends: ["./local.yaml", "https://example.org/ruleset.yaml", "missing-profile"]',
      'rules:',
      '  my-rule:',
      '    given: $.info',
      '    then: { function: evil }',
      '    severity: fatal',
    ].join('\n');
    const r = await gql(sut, 'mutation($i: UploadGovernanceProfileInput!) { uploadGovernanceProfile(input: $i) { name } }', { i: { name: 'land-nrw', version: '1.0.0', document: doc } }, bearer());
    expect(r.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    const causes = (r.errors?.[0].extensions?.causes as { pointer: string }[]).map((c) => c.pointer);
    expect(causes).toEqual(['/document/functions', '/document/extends/0', '/document/extends/1', '/document/rules/my-rule/severity', '/document/rules/my-rule/then/function']);
  });

  it('stores a declarative profile extending dstack (idempotent, audited) and re-lints older versions against it', async () => {
    const doc = ['description: dstack plus a stricter tag rule', 'extends: [dstack]', 'rules:', '  dstack-operation-tags: error', '  land-nrw-title:',
      '    given: $.info.title', '    then: { function: pattern, functionOptions: { match: "^Land" } }', '    severity: warn', '    reason: Titles name the state', '    requirement: NRW-1'].join('\n');
    const upload = (version: string) => gql<{ uploadGovernanceProfile: { name: string; version: string; extends: string[] } }>(sut,
      'mutation($i: UploadGovernanceProfileInput!) { uploadGovernanceProfile(input: $i) { name version extends } }', { i: { name: 'land-nrw', version, document: doc } }, bearer());
    expect((await upload('1.0.0')).data?.uploadGovernanceProfile).toEqual({ name: 'land-nrw', version: '1.0.0', extends: ['dstack@1.0.0'] });
    expect((await upload('1.0.0')).data?.uploadGovernanceProfile.version).toBe('1.0.0');
    expect(await sqlQuery(sut, `SELECT subject FROM audit_event WHERE action = 'governance-profile.uploaded'`)).toEqual([{ subject: 'land-nrw@1.0.0' }]);

    const job = await gql<{ relintContractVersions: { id: string; total: number } }>(sut, 'mutation { relintContractVersions(profile: "land-nrw") { id total } }', {}, bearer());
    const id = job.data?.relintContractVersions.id as string;
    let state = '';
    for (let i = 0; i < 100 && state !== 'DONE'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const j = await gql<{ guidelineLintJob: { state: string; done: number; total: number } }>(sut, `{ guidelineLintJob(id: "${id}") { state done total } }`);
      state = j.data?.guidelineLintJob.state ?? '';
    }
    expect(state).toBe('DONE');
    expect((await gql<{ guidelineLintJob: { done: number; failed: number; total: number } }>(sut, `{ guidelineLintJob(id: "${id}") { done failed total } }`)).data?.guidelineLintJob).toEqual({ done: 2, failed: 0, total: 2 });
    const q = await gql<{ contractVersion: { guidelines: Guidelines; guidelineHistory: { profile: string; version: string }[] } }>(sut,
      '{ contractVersion(component: "antragsservice", contract: "antrag-api", version: "1.0.0") { guidelines { profile version findings { rule } } guidelineHistory { profile version } } }');
    expect(q.data?.contractVersion.guidelines.profile).toBe('land-nrw');
    expect(q.data?.contractVersion.guidelines.findings.map((f) => f.rule)).toEqual(['land-nrw-title']);
    expect(q.data?.contractVersion.guidelineHistory.map((h) => `${h.profile}@${h.version}`)).toEqual(['land-nrw@1.0.0', 'dstack@1.0.0']);
  });

  it('only an ADMIN sets the registry default', async () => {
    const r = await gql(sut, 'mutation { setGuidelinePolicy(input: { mode: OFF }) { mode } }');
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await gql<{ setGuidelinePolicy: { mode: string; source: string } }>(sut, 'mutation { setGuidelinePolicy(input: { mode: OFF }) { mode source } }', {}, bearer());
    expect(ok.data?.setGuidelinePolicy).toEqual({ mode: 'OFF', source: 'REGISTRY' });
    const eff = await gql<{ guidelinePolicy: { mode: string; source: string } }>(sut, '{ guidelinePolicy(component: "antragsservice", contract: "other") { mode source } }');
    expect(eff.data?.guidelinePolicy).toEqual({ mode: 'OFF', source: 'REGISTRY' });
  });
});
