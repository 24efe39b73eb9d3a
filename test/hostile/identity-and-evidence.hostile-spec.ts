// Issue #11, the identity, audit and evidence findings of the attack round: each `it` is named after
// the finding it guards against and replays the attack.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENT_INPUT } from '../factories/documents.js';
import { makeRequirement } from '../factories/conformance-record.factory.js';
import { toArfCsv } from '../factories/eudi-documents.js';
import { deflatedZeros, zipWithDeclaredSize } from '../factories/zip-fixtures.js';
import { createComponent, createToken, grantRole } from '../support/auth-helpers.js';
import { runCli } from '../support/cli.js';
import { projectPath } from '../../src/common/project-path.js';
import { bearer, gql, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }';
const VIEWER = '{ viewer { name } }';

describe('finding 2: token revocation authorised by free-form names', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
    await createComponent(sut, COMPONENT_INPUT);
  });
  afterAll(() => sut.close());

  it('finding 2: an admin-minted CI token (owner "admin") cannot revoke admin-minted ADMIN tokens', async () => {
    const ci = await createToken(sut, { name: 'ci', role: 'PUBLISHER', components: ['antragsservice'] });
    const second = await createToken(sut, { name: 'second-admin', role: 'ADMIN' });
    const res = await gql(sut, REVOKE, { id: second.id }, bearer(ci.secret));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sut, VIEWER, {}, bearer(second.secret))).errors).toBeUndefined();
  });

  it('finding 2: a PLATFORM_OWNER cannot mint a token owned by system:bootstrap, nor revoke the bootstrap admin token', async () => {
    await grantRole(sut, 'mallory', 'PLATFORM_OWNER', 'antragsservice');
    const mallory = await createToken(sut, { name: 'mallory', owner: 'mallory', role: 'USER' });
    const forged = await gql(sut, 'mutation { createApiToken(input: { name: "x", owner: "system:bootstrap", role: PUBLISHER, components: ["antragsservice"] }) { secret } }', {}, bearer(mallory.secret));
    expect(forged.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const own = await gql<{ createApiToken: { secret: string } }>(sut,
      'mutation { createApiToken(input: { name: "x", role: PUBLISHER, components: ["antragsservice"] }) { secret } }', {}, bearer(mallory.secret));
    const [bootstrap] = await sqlQuery<{ id: string }>(sut, `SELECT id FROM api_token WHERE created_by = 'system:bootstrap'`);
    for (const secret of [mallory.secret, own.data!.createApiToken.secret]) {
      expect((await gql(sut, REVOKE, { id: bootstrap.id }, bearer(secret))).errors?.[0].extensions?.code).toMatch(/NOT_FOUND|FORBIDDEN/);
    }
    expect((await gql(sut, VIEWER, {}, bearer())).errors).toBeUndefined();
  });
});

describe('finding 8: rate limits sidestepped', () => {
  let sut: TestApp;
  afterEach(() => sut?.close());

  it('finding 8: bearer, BEARER and extra spaces share the token\'s one write bucket', async () => {
    sut = await startTestApp({ REGISTRY_RATE_LIMIT_WRITES: '3', REGISTRY_RATE_LIMIT_WRITES_PER_IP: '1000' });
    const user = await createToken(sut, { name: 'busy', owner: 'someone', role: 'USER' });
    const spellings = [`Bearer ${user.secret}`, `bearer ${user.secret}`, `BEARER ${user.secret}`, `Bearer    ${user.secret}  `, `bEaReR\t${user.secret}`];
    const codes: (string | undefined)[] = [];
    for (const authorization of spellings) {
      codes.push((await gql(sut, REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, { authorization })).errors?.[0].extensions?.code);
    }
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('finding 8: with REGISTRY_TRUST_PROXY=false a forged X-Forwarded-For gets no fresh bucket', async () => {
    sut = await startTestApp({ REGISTRY_TRUST_PROXY: 'false', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '2' });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      codes.push((await gql(sut, '{ components(first: 1) { edges { cursor } } }', {}, { 'x-forwarded-for': `203.0.113.${i}` })).errors?.[0].extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('finding 8: a trusted proxy (REGISTRY_TRUST_PROXY=127.0.0.1) has its X-Forwarded-For honoured', async () => {
    sut = await startTestApp({ REGISTRY_TRUST_PROXY: '127.0.0.1', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '1' });
    const codes: (string | undefined)[] = [];
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.1']) {
      codes.push((await gql(sut, '{ components(first: 1) { edges { cursor } } }', {}, { 'x-forwarded-for': ip })).errors?.[0].extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, 'RATE_LIMITED']);
  });
});

describe('finding 10: a token is silently lost', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-lock-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finding 10: token create refuses, exit 1, while a server holds the embedded data directory', async () => {
    const sut = await startTestApp({ REGISTRY_DATA_DIR: dir }, { embedded: true });
    try {
      const run = await runCli(['token', 'create', '--name', 'lost', '--role', 'ADMIN', '--data-dir', dir], { DATABASE_URL: '' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('in use by the registry server');
      expect(run.stdout).not.toContain('dsr_');
    } finally {
      await sut.close();
    }
  });

  it('finding 10: a lock left behind by a process killed with SIGKILL does not block the next one', async () => {
    const holder = spawn(process.execPath, ['--input-type=module', '-e',
      `const { lockDataDir } = await import(${JSON.stringify(projectPath('dist', 'src', 'database', 'data-dir-lock.js'))});
       await lockDataDir(${JSON.stringify(dir)}, 'a doomed holder'); console.log('locked'); setInterval(() => {}, 1000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) => holder.stdout!.on('data', (d: Buffer) => d.toString().includes('locked') && resolve()));
    const refused = await runCli(['token', 'create', '--name', 'x', '--role', 'ADMIN', '--data-dir', dir], { DATABASE_URL: '' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('a doomed holder');
    holder.kill('SIGKILL');
    await new Promise((resolve) => holder.once('exit', resolve));
    const created = await runCli(['token', 'create', '--name', 'kept', '--role', 'ADMIN', '--data-dir', dir], { DATABASE_URL: '' });
    expect(created.code).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^dsr_/);
    // The token is really there: a server on the same directory accepts it.
    const sut = await startTestApp({ REGISTRY_DATA_DIR: dir }, { embedded: true });
    try {
      expect((await gql(sut, VIEWER, {}, bearer(secret))).errors).toBeUndefined();
    } finally {
      await sut.close();
    }
  });
});

describe('finding 5: evidence ZIPs unpacked on the main thread', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
    await createComponent(sut, COMPONENT_INPUT);
  });
  afterAll(() => sut.close());

  /** Uploads while polling /health/live; returns the answer and the slowest health answer in ms. */
  async function uploadWatchingHealth(zip: Uint8Array): Promise<{ status: number; body: { code: string; causes: { code?: string }[] }; slowestHealthMs: number }> {
    let slowest = 0;
    let running = true;
    const poll = (async () => {
      while (running) {
        const t0 = performance.now();
        await (await fetch(`${sut.baseUrl}/health/live`)).arrayBuffer();
        slowest = Math.max(slowest, performance.now() - t0);
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const res = await fetch(`${sut.baseUrl}/api/v1/components/antragsservice/conformance/evidence`, {
      method: 'POST', headers: { 'content-type': 'application/zip', ...bearer() }, body: zip });
    const body = (await res.json()) as { code: string; causes: { code?: string }[] };
    running = false;
    await poll;
    return { status: res.status, body, slowestHealthMs: slowest };
  }

  it('finding 5: a ZIP that understates its sizes is stopped by counting inflated bytes, off the event loop', async () => {
    const zip = zipWithDeclaredSize('test-log-a-b1.json', await deflatedZeros(256 * 1024 * 1024), 100);
    expect(zip.length).toBeLessThan(1024 * 1024);
    const started = Date.now();
    const r = await uploadWatchingHealth(zip);
    expect(r.status).toBe(422);
    expect(r.body.causes.map((c) => c.code)).toEqual(['ZIP_SIZE_MISMATCH']);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(r.slowestHealthMs).toBeLessThan(500);
    expect(await sqlQuery(sut, 'SELECT 1 FROM conformance_evidence')).toHaveLength(0);
  });

  it('finding 5: a 60,000-character entry name is refused by its length before any pattern runs', async () => {
    const name = `test-log-${'a-'.repeat(30_000)}!.json`;
    const zip = zipWithDeclaredSize(name, await deflatedZeros(1024 * 1024), 1024 * 1024);
    const started = Date.now();
    const r = await uploadWatchingHealth(zip);
    expect(r.status).toBe(422);
    expect(r.body.causes.map((c) => c.code)).toEqual(['ZIP_NAME_TOO_LONG']);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(r.slowestHealthMs).toBeLessThan(500);
  });
});

describe('low: requirement-set imports write no audit event', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp();
  });
  afterAll(() => sut.close());

  it('low: a requirement-set import appends requirement-set.imported in its transaction; a no-op re-import appends nothing', async () => {
    const csv = toArfCsv([makeRequirement()]);
    const mutation = 'mutation($i: ImportRequirementSetInput!) { importRequirementSet(input: $i) { created } }';
    const first = await gql<{ importRequirementSet: { created: boolean } }>(sut, mutation, { i: { name: 'EUDI-ARF-HLR', version: '9.0.0', csv } }, bearer());
    expect(first.data?.importRequirementSet.created).toBe(true);
    const events = await sqlQuery<{ actor: string; subject: string; details: { requirements: number } }>(sut,
      `SELECT actor, subject, details FROM audit_event WHERE action = 'requirement-set.imported'`);
    expect(events).toEqual([{ actor: 'admin', subject: 'EUDI-ARF-HLR@9.0.0', details: expect.objectContaining({ requirements: 1, source: 'csv' }) }]);
    const again = await gql<{ importRequirementSet: { created: boolean } }>(sut, mutation, { i: { name: 'EUDI-ARF-HLR', version: '9.0.0', csv } }, bearer());
    expect(again.data?.importRequirementSet.created).toBe(false);
    expect(await sqlQuery(sut, `SELECT 1 FROM audit_event WHERE action = 'requirement-set.imported'`)).toHaveLength(1);
    const v = await gql<{ verifyAuditChain: { ok: boolean } }>(sut, '{ verifyAuditChain { ok } }', {}, bearer());
    expect(v.data?.verifyAuditChain.ok).toBe(true);
  });
});
