import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken, grantRole } from '../support/auth-helpers.js';
import { runCli } from '../support/cli.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const VERIFY = '{ verifyAuditChain { ok checked headSeq brokenSeq reason } }';
interface Verification { verifyAuditChain: { ok: boolean; checked: number; headSeq: string; brokenSeq: string | null; reason: string | null } }

describe('tamper-evident audit trail', () => {
  // On PGlite the CLI opens the data directory itself, so the app must be stopped meanwhile.
  const dataDir = mkdtempSync(join(tmpdir(), 'registry-audit-'));
  const env = { REGISTRY_DATA_DIR: dataDir };
  let sut: TestApp;

  async function auditVerifyCli(): Promise<{ code: number; stdout: string }> {
    if (sut.databaseUrl) return runCli(['audit', 'verify', '--database-url', sut.databaseUrl]);
    await sut.app.close();
    const run = await runCli(['audit', 'verify', '--data-dir', dataDir]);
    sut = await startTestApp(env);
    return run;
  }

  beforeAll(async () => {
    sut = await startTestApp(env);
  });
  afterAll(async () => {
    await sut.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('appends one chained event per write: component, role, token, publish', async () => {
    await createComponent(sut, COMPONENT_INPUT);
    await gql(sut, 'mutation { updateComponent(slug: "antragsservice", input: { description: "geändert" }) { slug } }', {}, bearer());
    await grantRole(sut, 'erika@example.org', 'PLATFORM_OWNER', 'antragsservice');
    const { secret, id } = await createToken(sut, { name: 'ci', role: 'PUBLISHER', components: ['antragsservice'] });
    expect((await putDocument(sut, '/api/v1/components/antragsservice/contracts/antrag-api/versions/1.0.0', makeOpenApi(), 'application/yaml', bearer(secret))).status).toBe(201);
    await gql(sut, 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id }, bearer());
    await gql(sut, 'mutation { revokeRole(input: { subject: "erika@example.org", role: PLATFORM_OWNER, component: "antragsservice" }) }', {}, bearer());
    const rows = await sqlQuery<{ action: string; actor: string; before_digest: string | null; after_digest: string | null }>(
      sut, 'SELECT action, actor, before_digest, after_digest FROM audit_event ORDER BY seq');
    expect(rows.map((r) => r.action)).toEqual([
      'token.created', 'component.created', 'component.updated', 'role.granted', 'token.created', 'contract.published', 'token.revoked', 'role.revoked',
    ]);
    const updated = rows[2];
    expect(updated.before_digest).toMatch(/^[0-9a-f]{64}$/);
    expect(updated.after_digest).not.toBe(updated.before_digest);
    expect(rows[5].actor).toBe('admin');
  });

  it('writes no event for a refused or failed write', async () => {
    const before = (await sqlQuery<{ n: number }>(sut, 'SELECT count(*)::int AS n FROM audit_event'))[0].n;
    await putDocument(sut, '/api/v1/components/antragsservice/contracts/antrag-api/versions/2.0.0', 'not: a contract\n', 'application/yaml', bearer());
    await putDocument(sut, '/api/v1/components/antragsservice/contracts/antrag-api/versions/2.0.0', makeOpenApi());
    expect((await sqlQuery<{ n: number }>(sut, 'SELECT count(*)::int AS n FROM audit_event'))[0].n).toBe(before);
  });

  it('keeps one unforked chain under concurrent writes', async () => {
    const writes = Array.from({ length: 8 }, (_, i) =>
      putDocument(sut, `/api/v1/components/antragsservice/contracts/c${i}/versions/1.0.0`, makeOpenApi(), 'application/yaml', bearer()));
    expect((await Promise.all(writes)).map((r) => r.status)).toEqual(Array(8).fill(201));
    const rows = await sqlQuery<{ seq: string; prev_hash: string; hash: string }>(sut, 'SELECT seq::text AS seq, prev_hash, hash FROM audit_event ORDER BY audit_event.seq');
    rows.forEach((r, i) => {
      expect(r.seq).toBe(String(i + 1));
      if (i > 0) expect(r.prev_hash).toBe(rows[i - 1].hash);
    });
    const v = await gql<Verification>(sut, VERIFY, {}, bearer());
    expect(v.data?.verifyAuditChain).toMatchObject({ ok: true, checked: rows.length, brokenSeq: null });
  });

  it('passes `audit verify` on an intact chain (exit 0)', async () => {
    const run = await auditVerifyCli();
    expect(run.stdout).toContain('intact');
    expect(run.code).toBe(0);
  });

  it('detects a row changed in the database, in the API and in `audit verify` (exit 1)', async () => {
    await sqlQuery(sut, `UPDATE audit_event SET actor = 'mallory' WHERE seq = 3`);
    const v = await gql<Verification>(sut, VERIFY, {}, bearer());
    expect(v.data?.verifyAuditChain).toMatchObject({ ok: false, brokenSeq: '3', reason: 'HASH_MISMATCH' });
    const run = await auditVerifyCli();
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BROKEN at event 3');
  });

  it('shows the audit log to ADMIN and to the component owners only', async () => {
    await grantRole(sut, 'fachamt', 'PROCEDURE_OWNER', 'antragsservice');
    const fach = (await createToken(sut, { name: 'fach', owner: 'fachamt', role: 'USER' })).secret;
    const ci = (await createToken(sut, { name: 'ci2', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
    const q = 'query($c: String) { auditLog(filter: { component: $c }, first: 3) { edges { node { seq action component } } pageInfo { hasNextPage } } }';
    const own = await gql<{ auditLog: { edges: { node: { component: string } }[] } }>(sut, q, { c: 'antragsservice' }, bearer(fach));
    expect(own.errors).toBeUndefined();
    expect(own.data!.auditLog.edges.every((e) => e.node.component === 'antragsservice')).toBe(true);
    expect((await gql(sut, q, {}, bearer(fach))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sut, q, { c: 'antragsservice' }, bearer(ci))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sut, q, { c: 'antragsservice' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await gql(sut, q, {}, bearer())).errors).toBeUndefined();
  });
});
