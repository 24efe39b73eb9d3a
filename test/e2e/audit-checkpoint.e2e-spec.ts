// Issue #11 (low): deleting the newest audit events and moving the head back passed `audit verify`.
// Signed checkpoints kept outside the database detect that truncation, and rewriting behind them.
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventHash } from '../../src/audit/domain/audit-chain.js';
import { COMPONENT_INPUT } from '../factories/documents.js';
import { createComponent } from '../support/auth-helpers.js';
import { runCli, type CliRun } from '../support/cli.js';
import { sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

interface EventRow {
  seq: string; occurred_at: Date; actor: string; actor_token_id: string | null; action: string; subject_type: string; subject: string;
  component: string | null; before_digest: string | null; after_digest: string | null; details: Record<string, unknown>; prev_hash: string; hash: string;
}

describe('signed audit checkpoints', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-checkpoint-'));
  const dataDir = join(dir, 'data');
  const keyFile = join(dir, 'audit-signing.pem');
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const keyEnv = { REGISTRY_AUDIT_SIGNING_KEY: keyFile };
  let sut: TestApp;

  /** Runs an `audit …` command; on PGlite the app is stopped meanwhile (one process per data dir). */
  async function audit(args: string[], env: Record<string, string> = keyEnv): Promise<CliRun> {
    if (sut.databaseUrl) return runCli(['audit', ...args, '--database-url', sut.databaseUrl], env);
    await sut.app.close();
    const run = await runCli(['audit', ...args, '--data-dir', dataDir], { ...env, DATABASE_URL: '' });
    sut = await startTestApp({ REGISTRY_DATA_DIR: dataDir });
    return run;
  }

  async function checkpoint(name: string): Promise<string> {
    const run = await audit(['checkpoint']);
    expect(run.code).toBe(0);
    const file = join(dir, name);
    writeFileSync(file, run.stdout);
    return file;
  }

  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_DATA_DIR: dataDir });
    for (const slug of ['eins', 'zwei', 'drei']) await createComponent(sut, { ...COMPONENT_INPUT, slug, name: slug });
  });
  afterAll(async () => {
    await sut.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints seq, head hash and an Ed25519 signature of the verified head', async () => {
    const file = await checkpoint('first.json');
    const c = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    const [head] = await sqlQuery<{ last_seq: string; last_hash: string }>(sut, 'SELECT last_seq::text AS last_seq, last_hash FROM audit_head');
    expect(c).toMatchObject({ type: 'dstack-audit-checkpoint', version: 1, seq: head.last_seq, headHash: head.last_hash });
    expect(c.signature).toMatch(/^[A-Za-z0-9+/]{86}==$/);
    expect(c.keyId).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('refuses to sign without REGISTRY_AUDIT_SIGNING_KEY (exit 2)', async () => {
    const run = await runCli(['audit', 'checkpoint', '--database-url', 'postgres://127.0.0.1:1/none'], { REGISTRY_AUDIT_SIGNING_KEY: '' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('REGISTRY_AUDIT_SIGNING_KEY');
  });

  it('accepts a chain that grew past the checkpoint, and rejects an altered or foreign checkpoint', async () => {
    const file = join(dir, 'first.json');
    await createComponent(sut, { ...COMPONENT_INPUT, slug: 'vier', name: 'vier' });
    const ok = await audit(['verify', '--checkpoint', file]);
    expect(ok.stdout).toContain('consistent with 1 signed checkpoint');
    expect(ok.code).toBe(0);
    const forged = join(dir, 'forged.json');
    writeFileSync(forged, readFileSync(file, 'utf8').replace(/"seq":"(\d+)"/, (_m, n: string) => `"seq":"${Number(n) - 1}"`));
    const refused = await audit(['verify', '--checkpoint', forged]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('signature does not match');
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const foreign = await audit(['verify', '--checkpoint', file], { REGISTRY_AUDIT_VERIFY_KEY: other });
    expect(foreign.code).toBe(1);
    expect(foreign.stdout).toContain('not by the configured key');
  });

  it('low: audit truncation — deleting the newest events and moving the head back fails verify --checkpoint', async () => {
    const file = await checkpoint('before-truncation.json');
    const cp = JSON.parse(readFileSync(file, 'utf8')) as { seq: string };
    const keep = String(Number(cp.seq) - 2);
    await sqlQuery(sut, 'DELETE FROM audit_event WHERE seq > $1', [keep]);
    await sqlQuery(sut, 'UPDATE audit_head SET last_seq = $1, last_hash = (SELECT hash FROM audit_event WHERE seq = $1)', [keep]);
    // Without a checkpoint the shortened chain looks intact: this is the finding.
    expect((await audit(['verify'])).code).toBe(0);
    const run = await audit(['verify', '--checkpoint', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('TRUNCATED');
    // New writes on top of the truncated chain do not hide it: the checkpointed event now differs.
    for (const slug of ['fuenf', 'sechs', 'sieben']) await createComponent(sut, { ...COMPONENT_INPUT, slug, name: slug });
    const after = await audit(['verify', '--checkpoint', file]);
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('CHECKPOINT_MISMATCH');
  });

  it('low: audit truncation — a consistently rewritten chain behind a checkpoint fails verify --checkpoint', async () => {
    const file = await checkpoint('before-rewrite.json');
    // The attacker edits an old event and recomputes every later hash and the head.
    const rows = await sqlQuery<EventRow>(sut, 'SELECT seq::text AS seq, occurred_at, actor, actor_token_id, action, subject_type, subject, component, before_digest, after_digest, details, prev_hash, hash FROM audit_event ORDER BY audit_event.seq');
    let prev = rows[0].prev_hash;
    for (const [i, r] of rows.entries()) {
      const e = {
        seq: r.seq, occurredAt: r.occurred_at, actor: i === 1 ? 'mallory' : r.actor, actorTokenId: r.actor_token_id, action: r.action,
        subjectType: r.subject_type, subject: r.subject, component: r.component, beforeDigest: r.before_digest, afterDigest: r.after_digest,
        details: r.details, prevHash: prev,
      };
      const hash = eventHash(e);
      await sqlQuery(sut, 'UPDATE audit_event SET actor = $2, prev_hash = $3, hash = $4 WHERE seq = $1', [r.seq, e.actor, prev, hash]);
      prev = hash;
    }
    await sqlQuery(sut, 'UPDATE audit_head SET last_hash = $1', [prev]);
    expect((await audit(['verify'])).code).toBe(0);
    const run = await audit(['verify', '--checkpoint', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('CHECKPOINT_MISMATCH');
  });
});
