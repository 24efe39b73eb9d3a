import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, sharedDir } from '../support/shared-corpus.js';
import { bearer, gql as rawGql, putDocument as rawPut, sqlQuery, startTestApp, type GqlResponse, type TestApp } from '../support/test-app.js';
import { createToken, grantRole } from '../support/auth-helpers.js';
import { catalogueWithChangedText, makeVerifierOpenApi, RP_COMPONENT, toArfCsv } from '../factories/eudi-documents.js';
import { makeRequirement } from '../factories/conformance-record.factory.js';
import { makeExportZip, makeTestLog } from '../factories/oidf-export.factory.js';

const CONTRACT = '/api/v1/components/buergerkonto/contracts/login-api/versions';

// Writes need a token since the access rules landed; these helpers act as the seeded admin.
const gql = <T = Record<string, unknown>>(t: TestApp, query: string, variables: Record<string, unknown> = {}, headers = bearer()) =>
  rawGql<T>(t, query, variables, headers);
const putDocument = (t: TestApp, path: string, body: string) => rawPut(t, path, body, 'application/yaml', bearer());
const ARF_DIR = sharedDir('eudi');
const EXPORT_ZIP = readFileSync(join(PROJECT_ROOT, 'test/fixtures/eudi/oid4vp-haip-verifier-export.zip'));

const RECORD_FIELDS = `id status submittedStatus stale staleReasons { code message contract breakingVersion requirementId toVersion }
  roles protocols { name profile transports responseModes } credentialFormats { format typeId } trust { revocationMethod }
  verdicts { requirementSet requirementSetVersion requirementId verdict evidence { id kind sha256 } }
  warnings { code pointer } plausibility { code message reason } component { slug }`;

async function ok<T>(p: Promise<GqlResponse<T>>): Promise<T> {
  const res = await p;
  expect(res.errors).toBeUndefined();
  return res.data!;
}

function uploadExport(t: TestApp, component: string, zip: Uint8Array, contentType = 'application/zip', headers = bearer()) {
  return fetch(`${t.baseUrl}/api/v1/components/${component}/conformance/evidence`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body: zip });
}

interface Upload { id: string; sha256: string; kind: string; modules: { module: string; testId: string; result: string }[] }

function baseRecord(overrides: Record<string, unknown> = {}) {
  return {
    component: 'buergerkonto',
    coveredContracts: [{ contract: 'login-api', version: '1.0.0' }],
    arfVersion: '3.0.0',
    roles: ['RELYING_PARTY'],
    protocols: [{ name: 'OpenID4VP', version: '1.0', profile: 'HAIP 1.0', transports: ['redirect', 'dc_api'], responseModes: ['direct_post.jwt', 'dc_api.jwt'], requestMethods: ['request_uri_signed'] }],
    credentialFormats: [{ format: 'dc+sd-jwt', typeId: 'urn:eudi:pid:1' }],
    trust: { accessCertificateProfile: 'ETSI TS 119 411-8', revocationMethod: 'TOKEN_STATUS_LIST' },
    status: 'TESTED',
    validFrom: '2026-11-01T00:00:00.000Z',
    validUntil: '2099-11-01T00:00:00.000Z',
    ...overrides,
  };
}

const RECORD = `mutation($i: RecordConformanceInput!) { recordConformance(input: $i) { ${RECORD_FIELDS} } }`;

describe('EUDI conformance over HTTP', () => {
  let sut: TestApp;
  let upload: Upload;
  let recordId: string;

  beforeAll(async () => {
    sut = await startTestApp();
    await ok(gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: RP_COMPONENT }));
    expect((await putDocument(sut, `${CONTRACT}/1.0.0`, makeVerifierOpenApi())).status).toBe(201);
  });
  afterAll(() => sut.close());

  it('has the built-in catalogue on a fresh install', async () => {
    const data = await ok(gql<{ requirementSet: { source: string; requirementCount: number; requirements: { id: string; title: string; appliesTo: string[] }[] } }>(
      sut, '{ requirementSet(name: "DSTACK-EUDI-COMPONENT", version: "1.0.0") { source requirementCount requirements { id title appliesTo } } }'));
    expect(data.requirementSet.source).toBe('builtin');
    expect(data.requirementSet.requirementCount).toBe(24);
    expect(data.requirementSet.requirements[0]).toMatchObject({ id: 'RP-PRES-01', appliesTo: ['RELYING_PARTY', 'RP_INTERMEDIARY'] });
  });

  (ARF_DIR ? it : it.skip)(`imports ARF 3.0.0 from the shared folder, and again as a no-op${ARF_DIR ? '' : ' (skipped: ../shared/eudi not found)'}`, async () => {
    const csv = readFileSync(join(ARF_DIR!, 'arf-3.0.0-high-level-requirements.csv'), 'utf8');
    const mutation = 'mutation($i: ImportRequirementSetInput!) { importRequirementSet(input: $i) { created set { requirementCount } } }';
    const first = await ok(gql<{ importRequirementSet: { created: boolean; set: { requirementCount: number } } }>(sut, mutation, { i: { name: 'EUDI-ARF-HLR', version: '3.0.0', csv } }));
    expect(first.importRequirementSet.created).toBe(true);
    expect(first.importRequirementSet.set.requirementCount).toBeGreaterThan(600);
    const again = await ok(gql<{ importRequirementSet: { created: boolean } }>(sut, mutation, { i: { name: 'EUDI-ARF-HLR', version: '3.0.0', csv } }));
    expect(again.importRequirementSet.created).toBe(false);
    const changed = await gql(sut, mutation, { i: { name: 'EUDI-ARF-HLR', version: '3.0.0', csv: csv.replace('SHALL', 'SHOULD') } });
    expect(changed.errors?.[0].extensions?.code).toBe('CONFLICT');
    const req = await ok(gql<{ requirement: { harmonisedId: string; appliesTo: string[] } }>(sut, '{ requirement(set: "EUDI-ARF-HLR", version: "3.0.0", id: "OIA_03c") { harmonisedId appliesTo } }'));
    expect(req.requirement).toEqual({ harmonisedId: 'EW-PIO-01-007', appliesTo: ['RELYING_PARTY', 'RP_INTERMEDIARY'] });
  });

  it('accepts a conformance-suite export over REST with 201, and the same ZIP again with 200', async () => {
    const res = await uploadExport(sut, 'buergerkonto', EXPORT_ZIP);
    expect(res.status).toBe(201);
    upload = (await res.json()) as Upload;
    expect(upload).toMatchObject({ kind: 'OIDF_CONFORMANCE_EXPORT', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(upload.modules).toContainEqual({ module: 'oid4vp-1final-verifier-happy-flow', testId: 'Ab12Cd34Ef', result: 'PASSED' });
    expect(upload.modules).toHaveLength(5);
    const again = await uploadExport(sut, 'buergerkonto', EXPORT_ZIP);
    expect(again.status).toBe(200);
    expect(((await again.json()) as Upload).id).toBe(upload.id);
  });

  it('refuses an upload that is not an export (415 for the media type, 422 for a ZIP without logs)', async () => {
    const wrongType = await uploadExport(sut, 'buergerkonto', EXPORT_ZIP, 'application/json');
    expect(wrongType.status).toBe(415);
    const empty = await uploadExport(sut, 'buergerkonto', makeExportZip([], { 'readme.txt': new TextEncoder().encode('hi') }));
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as { code: string }).code).toBe('INVALID_DOCUMENT');
  });

  it('records a TESTED assessment with the export and shows it as current, with advice from the contract', async () => {
    const verdicts = [
      { requirementSet: 'DSTACK-EUDI-COMPONENT', requirementSetVersion: '1.0.0', requirementId: 'RP-PRES-01', verdict: 'SATISFIED', evidenceIds: [upload.id] },
      { requirementSet: 'DSTACK-EUDI-COMPONENT', requirementSetVersion: '1.0.0', requirementId: 'RP-PRES-07', verdict: 'SATISFIED', evidenceIds: [upload.id] },
      ...(ARF_DIR ? [{ requirementSet: 'EUDI-ARF-HLR', requirementSetVersion: '3.0.0', requirementId: 'OIA_03c', verdict: 'SATISFIED', evidenceIds: [upload.id] }] : []),
    ];
    const data = await ok(gql<{ recordConformance: Record<string, unknown> & { id: string } }>(sut, RECORD, {
      i: baseRecord({ verdicts, evidence: [{ id: upload.id, sha256: upload.sha256 }] }),
    }));
    recordId = data.recordConformance.id;
    expect(data.recordConformance).toMatchObject({ status: 'TESTED', submittedStatus: 'TESTED', stale: false, staleReasons: [], component: { slug: 'buergerkonto' } });
    expect(data.recordConformance['plausibility']).toEqual([expect.objectContaining({ code: 'REQUEST_URI_ENDPOINT_MISSING', reason: expect.any(String) })]);
    expect((data.recordConformance['verdicts'] as { evidence: { id: string }[] }[])[0].evidence).toEqual([{ id: upload.id, kind: 'OIDF_CONFORMANCE_EXPORT', sha256: upload.sha256 }]);

    const view = await ok(gql<{ component: { eudiConformance: { current: { id: string; status: string }; history: { id: string }[] } } }>(
      sut, '{ component(slug: "buergerkonto") { eudiConformance { current { id status } history { id } } } }'));
    expect(view.component.eudiConformance.current).toEqual({ id: recordId, status: 'TESTED' });
    expect(view.component.eudiConformance.history.map((r) => r.id)).toEqual([recordId]);
  });

  it('lists the record under the requirement it relies on and filters components by conformance', async () => {
    const req = await ok(gql<{ requirement: { records: { id: string; component: { slug: string } }[] } }>(
      sut, '{ requirement(set: "DSTACK-EUDI-COMPONENT", version: "1.0.0", id: "RP-PRES-01") { records { id component { slug } } } }'));
    expect(req.requirement.records).toEqual([{ id: recordId, component: { slug: 'buergerkonto' } }]);
    const q = 'query($f: ComponentFilterInput) { components(filter: $f) { edges { node { slug } } } }';
    const hit = await ok(gql<{ components: { edges: unknown[] } }>(sut, q, { f: { eudiConformance: { role: ['RELYING_PARTY'], protocol: ['OpenID4VP'], credentialFormat: ['dc+sd-jwt'], status: ['TESTED'] } } }));
    expect(hit.components.edges).toEqual([{ node: { slug: 'buergerkonto' } }]);
    const miss = await ok(gql<{ components: { edges: unknown[] } }>(sut, q, { f: { eudiConformance: { role: ['PID_PROVIDER'] } } }));
    expect(miss.components.edges).toEqual([]);
  });

  it('shows the record as STALE with the reason once a breaking contract version is published', async () => {
    const res = await putDocument(sut, `${CONTRACT}/2.0.0`, makeVerifierOpenApi({ withStatusPath: false, version: '2.0.0' }));
    expect(res.status).toBe(201);
    // The compatibility engine stores its report with the version: dropping an operation is breaking.
    const report = ((await res.json()) as { compatibility: { breaking?: boolean } | null }).compatibility;
    const data = await ok(gql<{ conformanceRecord: { status: string; submittedStatus: string; staleReasons: { code: string; contract: string; breakingVersion: string }[] } }>(
      sut, `query($id: String!) { conformanceRecord(id: $id) { status submittedStatus staleReasons { code contract breakingVersion } } }`, { id: recordId }));
    expect(report?.breaking).toBe(true);
    expect(data.conformanceRecord).toEqual({
      status: 'STALE',
      submittedStatus: 'TESTED',
      staleReasons: [{ code: 'CONTRACT_BREAKING_CHANGE', contract: 'login-api', breakingVersion: '2.0.0' }],
    });
  });

  it('lists affected records when a newer release of a requirement set changes a requirement they rely on', async () => {
    const mutation = 'mutation($i: ImportRequirementSetInput!) { importRequirementSet(input: $i) { created previousVersion } }';
    const imported = await ok(gql<{ importRequirementSet: { created: boolean; previousVersion: string } }>(sut, mutation, {
      i: { name: 'DSTACK-EUDI-COMPONENT', version: '1.1.0', csv: catalogueWithChangedText('RP-PRES-01') },
    }));
    expect(imported.importRequirementSet).toEqual({ created: true, previousVersion: '1.0.0' });
    const changes = await ok(gql<{ requirementSetChanges: { added: unknown[]; removed: unknown[]; withdrawn: unknown[]; textChanged: { before: { id: string }; after: { text: string } }[]; affectedRecords: { id: string; status: string; staleReasons: { code: string; requirementId: string; toVersion: string }[] }[] } }>(
      sut, `{ requirementSetChanges(name: "DSTACK-EUDI-COMPONENT", from: "1.0.0", to: "1.1.0") {
        added { id } removed { id } withdrawn { id } textChanged { before { id } after { text } } renumbered { legacyIndex }
        affectedRecords { id status staleReasons { code requirementId toVersion } } } }`));
    const c = changes.requirementSetChanges;
    expect([c.added, c.removed, c.withdrawn]).toEqual([[], [], []]);
    expect(c.textChanged.map((t) => t.before.id)).toEqual(['RP-PRES-01']);
    expect(c.affectedRecords.map((r) => r.id)).toEqual([recordId]);
    expect(c.affectedRecords[0].status).toBe('STALE');
    expect(c.affectedRecords[0].staleReasons).toContainEqual({ code: 'REQUIREMENT_CHANGED', requirementId: 'RP-PRES-01', toVersion: '1.1.0' });
  });

  it('keeps the superseded record in the history when a new assessment is recorded', async () => {
    const data = await ok(gql<{ recordConformance: { id: string; status: string } }>(sut, RECORD, {
      i: baseRecord({ status: 'SELF_DECLARED', coveredContracts: [{ contract: 'login-api', version: '2.0.0' }],
        verdicts: [{ requirementSet: 'DSTACK-EUDI-COMPONENT', requirementSetVersion: '1.1.0', requirementId: 'RP-PRES-01', verdict: 'SATISFIED' }] }),
    }));
    expect(data.recordConformance.status).toBe('SELF_DECLARED');
    const view = await ok(gql<{ component: { eudiConformance: { current: { id: string }; history: { id: string; status: string }[] } } }>(
      sut, '{ component(slug: "buergerkonto") { eudiConformance { current { id } history { id status } } } }'));
    expect(view.component.eudiConformance.current.id).toBe(data.recordConformance.id);
    expect(view.component.eudiConformance.history.map((r) => r.id)).toEqual([data.recordConformance.id, recordId]);
    expect(view.component.eudiConformance.history[1].status).toBe('STALE');
  });

  it('reports every validation problem at once as VALIDATION_FAILED causes', async () => {
    const withdrawnCsv = toArfCsv([makeRequirement({ legacyIndex: 'OLD_01', harmonisedId: 'T-01', text: 'Empty' }), makeRequirement({ legacyIndex: 'NEW_01', harmonisedId: 'T-02' })]);
    await ok(gql(sut, 'mutation($i: ImportRequirementSetInput!) { importRequirementSet(input: $i) { created } }', { i: { name: 'TEST-SET', version: '1.0.0', csv: withdrawnCsv } }));
    const res = await gql(sut, RECORD, {
      i: baseRecord({
        verdicts: [
          { requirementSet: 'DSTACK-EUDI-COMPONENT', requirementSetVersion: '1.0.0', requirementId: 'RP-PRES-02', verdict: 'SATISFIED' },
          { requirementSet: 'DSTACK-EUDI-COMPONENT', requirementSetVersion: '1.0.0', requirementId: 'RP-NOPE-99', verdict: 'PARTIALLY' },
          { requirementSet: 'TEST-SET', requirementSetVersion: '1.0.0', requirementId: 'OLD_01', verdict: 'NOT_SATISFIED' },
        ],
        evidence: [{ id: upload.id, sha256: '0'.repeat(64) }],
      }),
    });
    const error = res.errors?.[0];
    expect(error?.extensions?.code).toBe('VALIDATION_FAILED');
    const causes = (error?.extensions?.causes ?? []) as unknown as { code: string; pointer: string }[];
    expect(causes.map((c) => [c.code, c.pointer])).toEqual([
      ['SATISFIED_WITHOUT_EVIDENCE', '/verdicts/0/evidenceIds'],
      ['UNKNOWN_REQUIREMENT', '/verdicts/1/requirementId'],
      ['WITHDRAWN_REQUIREMENT', '/verdicts/2/requirementId'],
      ['EVIDENCE_HASH_MISMATCH', '/evidence/0/sha256'],
    ]);
  });

  it('refuses STALE as a submitted status and a covered contract version that does not exist', async () => {
    const stale = await gql(sut, RECORD, { i: baseRecord({ status: 'STALE' }) });
    expect(stale.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    const missing = await gql(sut, RECORD, { i: baseRecord({ status: 'SELF_DECLARED', coveredContracts: [{ contract: 'login-api', version: '9.9.9' }] }) });
    expect(missing.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
    expect(missing.errors?.[0].extensions?.causes).toEqual([expect.objectContaining({ pointer: '/coveredContracts/0' })]);
  });

  it('registers report-URL evidence through GraphQL', async () => {
    const data = await ok(gql<{ registerReportEvidence: { id: string; kind: string; url: string; sha256: string } }>(sut,
      'mutation($i: RegisterReportEvidenceInput!) { registerReportEvidence(input: $i) { id kind url sha256 } }',
      { i: { component: 'buergerkonto', url: 'https://pruefstelle.example/berichte/42.pdf', description: 'Prüfbericht', sha256: 'A'.repeat(64) } }));
    expect(data.registerReportEvidence).toMatchObject({ kind: 'REPORT', url: 'https://pruefstelle.example/berichte/42.pdf', sha256: 'a'.repeat(64) });
    const bad = await gql(sut, 'mutation($i: RegisterReportEvidenceInput!) { registerReportEvidence(input: $i) { id } }',
      { i: { component: 'buergerkonto', url: 'http://pruefstelle.example/x', description: 'x' } });
    expect(bad.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });

  it('serves the registry-wide overview in GraphQL and as CSV', async () => {
    await ok(gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: { slug: 'ohne-wallet', name: 'Ohne Wallet', layer: 'submission' } }));
    const data = await ok(gql<{ conformanceOverview: { component: string; role: string | null; status: string }[] }>(sut, '{ conformanceOverview { component role status recordId } }'));
    expect(data.conformanceOverview.map((r) => [r.component, r.role, r.status])).toEqual([
      ['buergerkonto', 'RELYING_PARTY', 'SELF_DECLARED'],
      ['ohne-wallet', null, 'NO_RECORD'],
    ]);
    const res = await fetch(`${sut.baseUrl}/api/v1/conformance/overview.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('component,role,status,record_id,arf_version,valid_until,satisfied,assessed,stale_reasons');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 3).join(','))).toEqual(['buergerkonto,RELYING_PARTY,SELF_DECLARED', 'ohne-wallet,,NO_RECORD']);
  });

  it('lets only ADMIN or the component\'s PLATFORM_OWNER/OPERATOR record; a scoped CI token may upload evidence', async () => {
    const anonymous = await gql(sut, RECORD, { i: baseRecord({ status: 'SELF_DECLARED' }) }, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const ci = await createToken(sut, { name: 'ci', role: 'PUBLISHER', components: ['buergerkonto'] });
    const zip = makeExportZip([makeTestLog({ testId: 'Ci12Ci34Ci' })]);
    expect((await uploadExport(sut, 'buergerkonto', zip, 'application/zip', bearer(ci.secret))).status).toBe(201);
    expect((await uploadExport(sut, 'ohne-wallet-x', zip, 'application/zip', bearer(ci.secret))).status).toBe(403);
    const byCi = await gql(sut, RECORD, { i: baseRecord({ status: 'SELF_DECLARED' }) }, bearer(ci.secret));
    expect(byCi.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await grantRole(sut, 'ops-team', 'OPERATOR', 'buergerkonto')).errors).toBeUndefined();
    const ops = await createToken(sut, { name: 'ops', role: 'USER', owner: 'ops-team' });
    const byOps = await gql<{ recordConformance: { id: string } }>(sut, RECORD, {
      i: baseRecord({ status: 'SELF_DECLARED', coveredContracts: [{ contract: 'login-api', version: '2.0.0' }] }),
    }, bearer(ops.secret));
    expect(byOps.errors).toBeUndefined();
    const audit = await sqlQuery<{ actor: string; action: string; component: string }>(sut,
      `SELECT actor, action, component FROM audit_event WHERE subject = $1`, [byOps.data!.recordConformance.id]);
    expect(audit).toEqual([{ actor: 'ops-team', action: 'conformance.recorded', component: 'buergerkonto' }]);
  });

  it('answers the read query of docs/eudi.md within the GraphQL limits', async () => {
    const res = await gql<{ component: { eudiConformance: { current: { verdicts: unknown[] }; history: unknown[] } } }>(sut, `query($id: String!) {
      component(slug: "buergerkonto") {
        eudiConformance {
          current {
            id status submittedStatus stale
            staleReasons { code message contract breakingVersion requirementSet requirementId toVersion change }
            roles protocols { name version profile transports responseModes }
            credentialFormats { format typeId } trust { accessCertificateProfile revocationMethod }
            verdicts { requirementSet requirementSetVersion requirementId verdict note
                       evidence { id kind sha256 modules { module result } url } }
            plausibility { code message reason }
            coveredContracts { contract version } validFrom validUntil recordedBy recordedAt
          }
          history { id status recordedAt }
        }
      }
      conformanceRecord(id: $id) { id status }
      conformanceOverview { component role status recordId arfVersion validUntil satisfied assessed staleReasons }
      components(filter: { eudiConformance: { role: ["RELYING_PARTY"], protocol: ["OpenID4VP"], credentialFormat: ["dc+sd-jwt"], status: ["TESTED"] } }) {
        edges { node { slug } }
      }
    }`, { id: recordId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.component.eudiConformance.history.length).toBeGreaterThan(1);
  });

  it('keeps records and evidence immutable in the database', async () => {
    await expect(sqlQuery(sut, `UPDATE conformance_record SET status = 'DRAFT'`)).rejects.toThrow(/immutable/);
    await expect(sqlQuery(sut, `UPDATE conformance_evidence SET description = 'x'`)).rejects.toThrow(/immutable/);
  });

  it('shows an expired record as STALE with EXPIRED', async () => {
    const data = await ok(gql<{ recordConformance: { status: string; staleReasons: { code: string }[] } }>(sut, RECORD, {
      i: baseRecord({ status: 'SELF_DECLARED', coveredContracts: [{ contract: 'login-api', version: '2.0.0' }], validFrom: '2020-01-01T00:00:00.000Z', validUntil: '2021-01-01T00:00:00.000Z' }),
    }));
    expect(data.recordConformance.status).toBe('STALE');
    expect(data.recordConformance.staleReasons.map((r) => r.code)).toEqual(['EXPIRED']);
  });
});

