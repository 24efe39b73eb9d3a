// Concurrency, kill -9, SIGTERM and a PostgreSQL outage against real app processes on real PostgreSQL.
import semver from 'semver';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import {
  adminQuery, createDatabase, startAppProcess, stopAppProcess, waitForStatus, type AppProcess,
} from '../support/app-process.js';
import { runCli } from '../support/cli.js';
import { postgresBinDir, startDedicatedPostgres, type DedicatedPostgres } from '../support/dedicated-postgres.js';
import { TEST_ADMIN_TOKEN } from '../support/test-app.js';

// The `postgres` test tier exists only when DATABASE_URL is set (jest.config.cjs); CI runs it.
function requiredEnv(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('the postgres test tier needs DATABASE_URL (a PostgreSQL server it may create databases on)');
  return url;
}
const SERVER = requiredEnv();
const AUTH = { authorization: `Bearer ${TEST_ADMIN_TOKEN}` };
const YAML = { ...AUTH, 'content-type': 'application/yaml' };
const CONTRACT = (name: string) => `/api/v1/components/antragsservice/contracts/${name}/versions`;

// Version 1.k.0 has paths /p0 … /pk: every version only adds to a lower one, so any order is compatible.
const additive = (k: number) => makeOpenApi({ paths: Array.from({ length: k + 1 }, (_, i) => `/p${i}`) });

async function createComponent(app: AppProcess): Promise<void> {
  const res = await fetch(`${app.baseUrl}/graphql`, {
    method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', variables: { i: COMPONENT_INPUT } }),
  });
  const body = (await res.json()) as { errors?: unknown };
  expect(body.errors).toBeUndefined();
}

function publish(app: AppProcess, version: string, doc: string, signal?: AbortSignal, contract = 'antrag-api'): Promise<Response> {
  return fetch(`${app.baseUrl}${CONTRACT(contract)}/${version}`, { method: 'PUT', headers: YAML, body: doc, signal });
}

/** Every stored version is complete: document, hash, report (when it has a predecessor), audit event, search row. */
async function assertNoHalfWrittenVersions(url: string, contract = 'antrag-api'): Promise<string[]> {
  const rows = await adminQuery<{ version: string; ok: boolean; events: number; indexed: number }>(url, `
    SELECT v.version,
           (v.document_text <> '' AND v.document IS NOT NULL AND length(v.sha256) = 64
             AND (v.predecessor_version IS NULL OR v.compatibility_report IS NOT NULL)) AS ok,
           (SELECT count(*)::int FROM audit_event e WHERE e.action = 'contract.published'
              AND e.subject = 'antragsservice/' || $1 || '@' || v.version) AS events,
           (SELECT count(*)::int FROM search_version s WHERE s.version_id = v.id) AS indexed
    FROM contract_version v JOIN contract c ON c.id = v.contract_id WHERE c.name = $1`, [contract]);
  for (const r of rows) expect({ version: r.version, ok: r.ok, events: r.events, indexed: r.indexed }).toEqual({ version: r.version, ok: true, events: 1, indexed: 1 });
  const orphans = await adminQuery<{ n: number }>(url, `
    SELECT count(*)::int AS n FROM audit_event e WHERE e.action = 'contract.published'
      AND NOT EXISTS (SELECT 1 FROM contract_version v JOIN contract c ON c.id = v.contract_id
                      WHERE e.subject = 'antragsservice/' || c.name || '@' || v.version)`);
  expect(orphans[0].n).toBe(0);
  return rows.map((r) => r.version);
}

async function assertAuditChainVerifies(url: string): Promise<void> {
  const run = await runCli(['audit', 'verify', '--database-url', url]);
  expect({ code: run.code, out: run.stdout.split('\n')[0] }).toEqual({ code: 0, out: expect.stringContaining('audit chain intact') });
}

{
  describe('two app processes on one PostgreSQL: 200 concurrent publishes', () => {
    let db: { url: string; drop(): Promise<void> };
    let apps: AppProcess[] = [];

    beforeAll(async () => {
      db = await createDatabase(SERVER, 'registry_rely');
      // The first migrates; the second starts on the migrated database.
      apps.push(await startAppProcess(db.url));
      apps.push(await startAppProcess(db.url));
      await createComponent(apps[0]);
    }, 120_000);
    afterAll(async () => {
      await Promise.all(apps.map(stopAppProcess));
      apps = [];
      await db?.drop();
    });

    it('stores exactly one version when 200 publishes of one version race (identical and different bodies)', async () => {
      const bodies = [makeOpenApi({ title: 'Erster' }), makeOpenApi({ title: 'Zweiter' })];
      const results = await Promise.all(Array.from({ length: 200 }, async (_, i) => {
        const res = await publish(apps[i % 2], '1.0.0', bodies[Math.floor(i / 2) % 2]);
        const body = (await res.json()) as { sha256?: string; code?: string };
        return { status: res.status, body: bodies[Math.floor(i / 2) % 2], sha: body.sha256, code: body.code };
      }));
      expect(results.filter((r) => r.status >= 500)).toEqual([]);
      const created = results.filter((r) => r.status === 201);
      expect(created).toHaveLength(1);
      const winner = created[0].body;
      for (const r of results) {
        if (r.body === winner) expect([200, 201]).toContain(r.status);
        else expect({ status: r.status, code: r.code }).toEqual({ status: 409, code: 'VERSION_EXISTS' });
      }
      const rows = await adminQuery<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM contract_version`);
      expect(rows[0].n).toBe(1);
    }, 180_000);

    it('stores all of 200 concurrent additive versions in random order, each against the predecessor stored at commit time', async () => {
      const ks = Array.from({ length: 200 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
      const statuses = await Promise.all(ks.map(async (k, i) => {
        const res = await publish(apps[i % 2], `1.${k}.0`, additive(k), undefined, 'chain-api');
        const text = await res.text();
        return res.status === 201 ? 201 : `${res.status} ${text.slice(0, 200)}`;
      }));
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      const stored = await assertNoHalfWrittenVersions(db.url, 'chain-api');
      expect(stored).toHaveLength(200);
      // Replay the commits in audit order (the chain serializes them): each version's predecessor must be
      // the highest version below it that was already stored when it committed.
      const events = await adminQuery<{ subject: string; details: { predecessor: string | null } }>(db.url,
        `SELECT subject, details FROM audit_event WHERE action = 'contract.published' AND subject LIKE 'antragsservice/chain-api@%' ORDER BY seq`);
      const seen: string[] = [];
      for (const e of events) {
        const v = e.subject.split('@')[1];
        const expected = seen.filter((s) => semver.lt(s, v)).sort(semver.rcompare)[0] ?? null;
        expect({ v, predecessor: e.details.predecessor }).toEqual({ v, predecessor: expected });
        seen.push(v);
      }
      const mismatched = await adminQuery<{ n: number }>(db.url, `
        SELECT count(*)::int AS n FROM contract_version v
        WHERE v.predecessor_version IS NOT NULL AND NOT EXISTS (
          SELECT 1 FROM contract_version p WHERE p.contract_id = v.contract_id AND p.version = v.predecessor_version)`);
      expect(mismatched[0].n).toBe(0);
      await assertAuditChainVerifies(db.url);
    }, 300_000);
  });

  describe('kill -9 during a stream of publishes', () => {
    let db: { url: string; drop(): Promise<void> };
    let app: AppProcess | undefined;

    beforeAll(async () => {
      db = await createDatabase(SERVER, 'registry_kill');
    });
    afterAll(async () => {
      await stopAppProcess(app);
      await db?.drop();
    });

    it('keeps every acknowledged version complete and leaves no half-written one', async () => {
      app = await startAppProcess(db.url);
      await createComponent(app);
      // Warm the validation workers so the stream is in full flow when the kill comes.
      expect((await publish(app, '1.0.0', additive(0))).status).toBe(201);
      const acked: string[] = ['1.0.0'];
      let next = 1;
      const client = async () => {
        while (next <= 400) {
          const k = next++;
          try {
            const res = await publish(app!, `1.${k}.0`, additive(k));
            await res.arrayBuffer();
            if (res.status === 201) acked.push(`1.${k}.0`);
          } catch {
            return; // the connection died with the process
          }
        }
      };
      const clients = Promise.all([client(), client(), client(), client()]);
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      app.child.kill('SIGKILL');
      expect(await app.exited).toBe('SIGKILL');
      await clients;
      expect(acked.length).toBeGreaterThan(5);
      app = await startAppProcess(db.url);
      const stored = await assertNoHalfWrittenVersions(db.url);
      expect(stored).toEqual(expect.arrayContaining(acked));
      // At most the requests in flight at the kill may have committed without their answer arriving.
      expect(stored.length - acked.length).toBeLessThanOrEqual(4);
      await assertAuditChainVerifies(db.url);
      const after = await publish(app, '9.0.0', additive(500));
      expect(after.status).toBe(201);
    }, 180_000);
  });

  describe('SIGTERM', () => {
    let db: { url: string; drop(): Promise<void> };
    let app: AppProcess | undefined;

    beforeAll(async () => {
      db = await createDatabase(SERVER, 'registry_term');
      app = await startAppProcess(db.url);
      await createComponent(app);
    }, 120_000);
    afterAll(async () => {
      await stopAppProcess(app);
      await db?.drop();
    });

    it('finishes in-flight requests, refuses new ones and exits within 10 s', async () => {
      const big = makeOpenApi({ paths: Array.from({ length: 1500 }, (_, i) => `/p${i}`) });
      const inFlight = Array.from({ length: 6 }, (_, i) => publish(app!, `1.${i}.0`, big).then((r) => r.status, (e: Error) => e.message));
      await new Promise((resolve) => setTimeout(resolve, 150));
      const signalled = Date.now();
      app!.child.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 100));
      const late = await fetch(`${app!.baseUrl}/health/ready`).then((r) => r.status, () => 'refused');
      expect([503, 'refused']).toContain(late);
      expect(await Promise.all(inFlight)).toEqual(Array(6).fill(201));
      // Nest closes the app and then re-raises the signal, so the exit is "by SIGTERM" (or 0).
      expect([0, 'SIGTERM']).toContain(await app!.exited);
      expect(Date.now() - signalled).toBeLessThan(10_000);
      const rows = await adminQuery<{ n: number }>(db.url, `SELECT count(*)::int AS n FROM contract_version`);
      expect(rows[0].n).toBe(6);
    }, 60_000);
  });
}

{
  describe('PostgreSQL stopped under load (a dedicated server of the test)', () => {
    let pg: DedicatedPostgres;
    let app: AppProcess | undefined;

    beforeAll(async () => {
      if (!postgresBinDir()) throw new Error('the outage test needs the PostgreSQL server binaries (initdb, pg_ctl)');
      pg = await startDedicatedPostgres();
      app = await startAppProcess(pg.url);
      await createComponent(app);
    }, 120_000);
    afterAll(async () => {
      await stopAppProcess(app);
      pg?.destroy();
    });

    it('goes not-ready, answers 503 UNAVAILABLE fast, stays alive and recovers by itself', async () => {
      expect((await publish(app!, '1.0.0', additive(0))).status).toBe(201);
      pg.stop();
      const readyMs = await waitForStatus(app!, '/health/ready', 503, 5_000);
      expect(readyMs).toBeLessThan(5_000);
      for (let i = 1; i <= 5; i++) {
        const started = performance.now();
        const res = await publish(app!, `1.${i}.0`, additive(i), AbortSignal.timeout(10_000));
        const body = (await res.json()) as { code: string };
        expect({ status: res.status, code: body.code }).toEqual({ status: 503, code: 'UNAVAILABLE' });
        expect(res.headers.get('retry-after')).toBeTruthy();
        expect(performance.now() - started).toBeLessThan(3_000);
        const read = await fetch(`${app!.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ components { edges { node { slug } } } }' }) });
        expect(((await read.json()) as { errors?: { extensions: { code: string } }[] }).errors?.[0]?.extensions.code).toBe('UNAVAILABLE');
      }
      expect((await fetch(`${app!.baseUrl}/health/live`)).status).toBe(200);
      expect(app!.child.exitCode).toBeNull();
      pg.start();
      const recoveredMs = await waitForStatus(app!, '/health/ready', 200, 30_000);
      expect(recoveredMs).toBeLessThan(30_000);
      expect((await publish(app!, '1.1.0', additive(1))).status).toBe(201);
      expect(app!.child.exitCode).toBeNull();
    }, 120_000);
  });
}
