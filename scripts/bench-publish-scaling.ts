// npm run bench:publish-scaling — publishes each pathological document shape (test/factories/pathological.ts)
// at 1×, 2×, 4× and 8× its base size against a real app instance started here (PGlite in memory, or a fresh
// database on DATABASE_URL's server, dropped afterwards) and prints the time ratios. Every shape must grow
// at most linearly: the 8× publish may take at most 10× the 1× publish (exit code 1 otherwise).
// BENCH_REPEAT (default 2): publishes per point, the fastest counts (the machine is shared).
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/env.schema.js';
import { ContractParser } from '../src/contracts/contract-parser.js';
import { PATHOLOGICAL_SHAPES } from '../test/factories/pathological.js';

const SCALES = [1, 2, 4, 8];
const MAX_RATIO_AT_8 = 10;
const REPEAT = Math.max(1, Number(process.env.BENCH_REPEAT ?? 2));
const ADMIN_TOKEN = 'dsr_bench-admin-0123456789abcdefghijklmnopqrstuv';
const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function publish(base: string, contract: string, doc: string): Promise<{ ms: number; status: number; maxLiveMs: number }> {
  let done = false;
  const started = performance.now();
  const run = fetch(`${base}/api/v1/components/bench-dienst/contracts/${contract}/versions/1.0.0`, {
    method: 'PUT', headers: { ...auth, 'content-type': 'application/yaml' }, body: doc,
  }).then(async (r) => {
    await r.arrayBuffer();
    done = true;
    return { status: r.status, ms: performance.now() - started };
  });
  let maxLiveMs = 0;
  while (!done) {
    const t = performance.now();
    await (await fetch(`${base}/health/live`)).arrayBuffer();
    maxLiveMs = Math.max(maxLiveMs, performance.now() - t);
    await sleep(25);
  }
  return { ...(await run), maxLiveMs };
}

async function main(): Promise<void> {
  const server = process.env.DATABASE_URL;
  const dbName = `registry_bench_scaling_${process.pid}`;
  let url: string | undefined;
  if (server) {
    await adminQuery(server, `CREATE DATABASE ${dbName}`);
    const u = new URL(server);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const { DATABASE_URL: _ignored, ...env } = process.env;
  void _ignored;
  const app = await createApp(loadConfig({
    ...env, REGISTRY_DATA_DIR: 'memory://', REGISTRY_SEED_EXAMPLES: 'false', LOG_LEVEL: 'error', REGISTRY_ADMIN_TOKEN: ADMIN_TOKEN,
    REGISTRY_RATE_LIMIT_WRITES: '100000', REGISTRY_RATE_LIMIT_WRITES_PER_IP: '100000', ...(url ? { DATABASE_URL: url } : {}),
  }));
  let failed = false;
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    const create = await fetch(`${base}/graphql`, {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { createComponent(input: { slug: "bench-dienst", name: "Bench", layer: "submission", description: "bench", license: "EUPL-1.2", platformOwner: { name: "B", email: "b@example.org" } }) { slug } }' }),
    });
    const created = (await create.json()) as { errors?: unknown };
    if (created.errors) throw new Error(`createComponent failed: ${JSON.stringify(created.errors)}`);
    await app.get(ContractParser).whenReady();
    for (let i = 0; i < 2; i++) await publish(base, `warm-up-${i}`, PATHOLOGICAL_SHAPES[0].make(1)); // worker start-up is not measured
    process.stdout.write(`publish time by document size (${server ? 'PostgreSQL' : 'PGlite'}; fastest of ${REPEAT}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})\n\n`);
    process.stdout.write(`| shape | ${SCALES.map((s) => `${s}× ms`).join(' | ')} | ${SCALES.slice(1).map((s) => `${s}×/1×`).join(' | ')} | 8× bytes | max /health/live ms | verdict |\n`);
    process.stdout.write(`|${'---|'.repeat(SCALES.length * 2 + 3)}\n`);
    for (const shape of PATHOLOGICAL_SHAPES) {
      const ms: number[] = [];
      let maxLive = 0;
      let bytes = 0;
      for (const scale of SCALES) {
        const doc = shape.make(scale);
        bytes = Buffer.byteLength(doc);
        let best = Infinity;
        for (let r = 0; r < REPEAT; r++) {
          const res = await publish(base, `${shape.id}-${scale}x-${r}`, doc);
          if (res.status !== 201) throw new Error(`${shape.id} at ${scale}×: HTTP ${res.status}`);
          best = Math.min(best, res.ms);
          maxLive = Math.max(maxLive, res.maxLiveMs);
        }
        ms.push(best);
      }
      const ratios = ms.slice(1).map((m) => m / ms[0]);
      const ok = ratios[ratios.length - 1] <= MAX_RATIO_AT_8;
      failed ||= !ok;
      process.stdout.write(`| ${shape.id} | ${ms.map((m) => m.toFixed(0)).join(' | ')} | ${ratios.map((r) => r.toFixed(1)).join(' | ')} | ${bytes.toLocaleString('en')} | ${maxLive.toFixed(0)} | ${ok ? 'linear' : `SUPERLINEAR (> ${MAX_RATIO_AT_8}×)`} |\n`);
    }
  } finally {
    await app.close();
    if (server) await adminQuery(server, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
