// Every hostile document goes through REST publish, GraphQL publish and the offline `diff` CLI; every
// hostile GraphQL request through /graphql. Each must end with its manifest outcome within the time
// bound, write nothing when rejected, open no connection, and leave the server healthy and unpolluted.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENT_INPUT, makeAsyncApi, makeOpenApi } from '../factories/documents.js';
import { createComponent, PUBLISH_MUTATION } from '../support/auth-helpers.js';
import { runCli } from '../support/cli.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';
import { HOSTILE_CASES, HOSTILE_MAX_BYTES, type HostileContext } from './corpus.js';
import { HOSTILE_QUERIES } from './graphql-queries.js';

const SERVER_BOUND_MS = 2_000;
// The CLI is a fresh Node process; its start-up (about 0.5-1 s on a loaded 2-core machine) is not the
// parser's doing, so it gets a looser bound. A hang would still fail it.
const CLI_BOUND_MS = 8_000;

describe('hostile input (REST publish, GraphQL publish, diff CLI)', () => {
  let sut: TestApp;
  let trap: Server;
  let trapConnections = 0;
  let dir: string;
  const ctx: HostileContext = { trapPort: 0 };

  beforeAll(async () => {
    trap = createServer((socket) => {
      trapConnections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => trap.listen(0, '127.0.0.1', resolve));
    ctx.trapPort = (trap.address() as { port: number }).port;
    sut = await startTestApp({
      REGISTRY_MAX_DOCUMENT_BYTES: String(HOSTILE_MAX_BYTES),
      REGISTRY_RATE_LIMIT_WRITES: '100000',
      REGISTRY_RATE_LIMIT_WRITES_PER_IP: '100000',
      REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '100000',
    });
    expect((await createComponent(sut, COMPONENT_INPUT)).errors).toBeUndefined();
    dir = mkdtempSync(join(tmpdir(), 'hostile-'));
    writeFileSync(join(dir, 'base.yaml'), makeOpenApi());
    // Warm the validation workers once: the first publish after boot pays their start-up (~3 s on a
    // loaded 2-core machine), which is not what the bound measures.
    const warm = await putDocument(sut, '/api/v1/components/antragsservice/contracts/warm-up/versions/1.0.0', makeAsyncApi(), 'application/yaml', bearer());
    expect(warm.status).toBe(201);
  });

  afterAll(async () => {
    await sut?.close();
    await new Promise((resolve) => trap?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function counts(): Promise<Record<string, number>> {
    const [row] = await sqlQuery<Record<string, number>>(sut,
      `SELECT (SELECT count(*)::int FROM contract) AS contracts, (SELECT count(*)::int FROM contract_version) AS versions,
              (SELECT count(*)::int FROM audit_event) AS audit`);
    return row;
  }

  async function assertHealthy(): Promise<void> {
    const started = performance.now();
    const res = await fetch(`${sut.baseUrl}/health/ready`);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(SERVER_BOUND_MS);
  }

  describe.each(HOSTILE_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    it(`REST publish ends in ${c.rest.status} ${c.rest.code ?? ''} (${c.what})`, async () => {
      const before = await counts();
      const started = performance.now();
      const res = await putDocument(sut, `/api/v1/components/antragsservice/contracts/${c.id}/versions/1.0.0`, c.make(ctx), c.contentType ?? 'application/yaml', bearer());
      const body = (await res.json()) as { code?: string; causes?: unknown[] };
      expect(performance.now() - started).toBeLessThan(SERVER_BOUND_MS);
      expect({ status: res.status, code: body.code ?? null }).toEqual(c.rest);
      const after = await counts();
      if (c.rest.status >= 400) expect(after).toEqual(before);
      else expect(after).toEqual({ contracts: before.contracts + 1, versions: before.versions + 1, audit: before.audit + 1 });
      await assertHealthy();
    });

    if (c.graphql !== 'n/a') {
      it(`GraphQL publish ends in ${c.graphql}`, async () => {
        const doc = c.make(ctx);
        const before = await counts();
        const started = performance.now();
        const res = await gql(sut, PUBLISH_MUTATION, { i: { component: 'antragsservice', contract: `${c.id}-gql`, version: '1.0.0', document: doc.toString() } }, bearer());
        expect(performance.now() - started).toBeLessThan(SERVER_BOUND_MS);
        expect(res.errors?.[0]?.extensions?.code ?? 'ok').toBe(c.graphql);
        const after = await counts();
        if (c.graphql !== 'ok') expect(after).toEqual(before);
        else expect(after.versions).toBe(before.versions + 1);
      });
    }

    if (c.cli !== 'n/a') {
      it(`diff CLI exits ${c.cli}`, async () => {
        const file = join(dir, `${c.id}.${c.contentType === 'application/json' ? 'json' : 'yaml'}`);
        writeFileSync(file, c.make(ctx));
        const started = performance.now();
        const run = await runCli(['diff', join(dir, 'base.yaml'), file]);
        expect(performance.now() - started).toBeLessThan(CLI_BOUND_MS);
        expect({ code: run.code, crashed: /contract-registry: .*Error/.test(run.stderr) }).toEqual({ code: c.cli, crashed: false });
        if (c.cli === 2) expect(run.stderr.trim().length).toBeGreaterThan(0);
      });
    }
  });

  it('keeps /health/live fast while the fan-out document is validated', async () => {
    const fan = HOSTILE_CASES.find((c) => c.id === 'ref-fan-out')!;
    const publishing = Promise.all([1, 2, 3].map((n) =>
      putDocument(sut, `/api/v1/components/antragsservice/contracts/fan-out-live/versions/${n}.0.0`, fan.make(ctx), 'application/yaml', bearer())));
    const latencies: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      expect((await fetch(`${sut.baseUrl}/health/live`)).status).toBe(200);
      latencies.push(performance.now() - started);
    }
    const statuses = (await publishing).map((r) => r.status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    expect(Math.max(...latencies)).toBeLessThan(250);
  });

  describe.each(HOSTILE_QUERIES.map((h) => [h.id, h] as const))('GraphQL request %s', (_id, h) => {
    it(`answers as the manifest says within the bound (${h.what})`, async () => {
      const started = performance.now();
      const res = await fetch(`${sut.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer() }, body: h.body() });
      const text = await res.text();
      expect(performance.now() - started).toBeLessThan(SERVER_BOUND_MS);
      let code: string | null = null;
      try {
        const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; code?: string };
        code = json.errors?.[0]?.extensions?.code ?? json.code ?? null;
      } catch {
        code = null;
      }
      expect(h.expect).toContainEqual({ status: res.status, code });
      await assertHealthy();
    });
  });

  it('never connected to the loopback listener and never polluted Object.prototype', async () => {
    expect(trapConnections).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(Object.getOwnPropertyNames(Object.getPrototypeOf({})).sort());
    const probe = await gql<{ components: { edges: { node: { slug: string } }[] } }>(sut, '{ components { edges { node { slug } } } }');
    expect(probe.data?.components.edges.map((e) => e.node.slug)).toEqual(['antragsservice']);
    await assertHealthy();
  });
});
