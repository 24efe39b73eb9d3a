// Search benchmark (not part of CI): a synthetic registry of 10,000 components / 30,000 contract
// versions generated from the shared corpus, then searchContracts over HTTP at 50 concurrent clients.
//   npm run bench:search -- [--db pg|pglite|both] [--components 10000] [--duration 20] [--connections 50]
//                           [--cache off|on|both] [--keep] [--reuse registry_bench_<pid>]
// PostgreSQL: a dedicated database on BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres)
// is created and dropped afterwards (--keep leaves it, --reuse runs against a kept one without loading).
// --cache: the result cache (REGISTRY_SEARCH_CACHE_SECONDS) off, on, or one run each (default).
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/env.schema.js';
import { SearchCache } from '../src/search/search-cache.js';
import { SearchService } from '../src/search/search.service.js';
import { corpusDocs, loadSyntheticRegistry, type Doc } from './bench-registry-generator.js';

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1]]));
const DB = args.get('--db') ?? 'both';
const COMPONENTS = Number(args.get('--components') ?? 10_000);
const DURATION = Number(args.get('--duration') ?? 20);
const CONNECTIONS = Number(args.get('--connections') ?? 50);
const CACHE_MODES = (args.get('--cache') ?? 'both') === 'both' ? (['off', 'on'] as const) : [args.get('--cache') as 'off' | 'on'];
const REUSE = args.get('--reuse');
const CACHE_SECONDS = 10;
const VERSIONS_PER_CONTRACT = 2;
const BATCH = 100;

// The synthetic registry (corpus documents varied per component) lives in bench-registry-generator.ts,
// shared with bench-catalogue.ts.
async function loadRegistry(ds: DataSource, search: SearchService, docs: Doc[]) {
  return loadSyntheticRegistry(ds, search, docs, COMPONENTS, { batch: BATCH, versionsPerContract: VERSIONS_PER_CONTRACT });
}

// ---- load generation ------------------------------------------------------------------------
const QUERIES = ['Hundesteuer', 'Antrag einreichen', 'Wohngeld Bescheid', 'Kfzsteuer Status', 'Unwetterwarnung', 'Hundesteur', '/antraege/{id}', 'payment received', 'steuer', 'Pegel Wasserstand', 'Elterngeld berlin', 'Autobahn Baustellen'];
const GQL = `query($q: String!) { searchContracts(query: $q, first: 10) { edges { node { score component { slug name } contract { name kind } version { version } matches { kind label snippet } } } pageInfo { hasNextPage endCursor } } }`;

async function warmUp(baseUrl: string): Promise<void> {
  // Warm-up and a sanity check that every query answers without errors.
  for (const q of QUERIES) {
    const res = await fetch(`${baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GQL, variables: { q } }) });
    const body = (await res.json()) as { errors?: unknown; data?: { searchContracts: { edges: { node: { component: { slug: string } } }[] } } };
    if (body.errors) throw new Error(`query "${q}" failed: ${JSON.stringify(body.errors)}`);
    process.stdout.write(`  "${q}": ${body.data!.searchContracts.edges.length} hits, top ${body.data!.searchContracts.edges[0]?.node.component.slug ?? '-'}\n`);
  }
}

interface LoadResult { requests: number; rps: number; p50: number; p95: number; p99: number; max: number; errors: number }

/** Child-process mode: the load generator runs in its own process so it does not share the app's event loop. */
async function driveInThisProcess(baseUrl: string): Promise<void> {
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: `${baseUrl}/graphql`,
    connections: CONNECTIONS,
    duration: DURATION,
    requests: QUERIES.map((q) => ({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: GQL, variables: { q } }) })),
  });
  instance.on('response', (_c: unknown, status: number, _b: number, ms: number) => {
    latencies.push(ms);
    if (status !== 200) errors++;
  });
  const r = await instance;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Number(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1));
  const out: LoadResult = { requests: latencies.length, rps: Number((latencies.length / DURATION).toFixed(0)), p50: pct(50), p95: pct(95), p99: pct(99), max: pct(100), errors: errors + r.errors + r.timeouts };
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

async function drive(baseUrl: string): Promise<LoadResult> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [script, '--drive', baseUrl, '--duration', String(DURATION), '--connections', String(CONNECTIONS)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  const code = await new Promise<number | null>((res) => child.on('close', res));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(out.trim().split('\n').pop()!) as LoadResult;
}

async function runOne(kind: 'pg' | 'pglite', docs: Doc[]) {
  const admin = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const reuse = kind === 'pg' && REUSE !== undefined;
  const dbName = reuse ? REUSE : `registry_bench_${process.pid}`;
  let url: string | undefined;
  if (kind === 'pg') {
    if (!reuse) await adminQuery(admin, `CREATE DATABASE ${dbName}`);
    const u = new URL(admin);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  process.stdout.write(`\n== ${kind === 'pg' ? `PostgreSQL (${dbName})` : 'PGlite (in memory)'}\n`);
  const app = await createApp(loadConfig({ REGISTRY_DATA_DIR: 'memory://', REGISTRY_SEED_EXAMPLES: 'false', LOG_LEVEL: 'error', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '100000000', ...(url ? { DATABASE_URL: url, REGISTRY_DB_POOL_SIZE: '20' } : {}) }));
  try {
    await app.listen(0, '127.0.0.1');
    const ds = app.get(DataSource);
    const loaded = reuse
      ? { versions: Number(((await ds.query('SELECT count(*) AS n FROM contract_version')) as { n: string }[])[0].n), ms: 0 }
      : await loadRegistry(ds, app.get(SearchService), docs);
    // Steady state as autovacuum leaves it: GIN pending lists merged, statistics current.
    await ds.query('VACUUM ANALYZE');
    const [size] = (await ds.query(`SELECT (SELECT count(*) FROM search_element)::int AS elements, (SELECT count(*) FROM search_term)::int AS words,
      pg_size_pretty(pg_total_relation_size('search_version') + pg_total_relation_size('search_element') + pg_total_relation_size('search_term')) AS size`)) as { elements: number; words: number; size: string }[];
    process.stdout.write(`  loaded ${COMPONENTS} components / ${loaded.versions} versions in ${(loaded.ms / 1000).toFixed(0)} s (${size.elements} elements, ${size.words} words, index ${size.size})\n`);
    const port = (app.getHttpServer().address() as { port: number }).port;
    const out = [];
    for (const cache of CACHE_MODES) {
      app.get(SearchCache).setTtlSeconds(cache === 'on' ? CACHE_SECONDS : 0);
      process.stdout.write(`  -- result cache ${cache}${cache === 'on' ? ` (${CACHE_SECONDS} s)` : ''}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
      await warmUp(`http://127.0.0.1:${port}`);
      const r = await drive(`http://127.0.0.1:${port}`);
      await new Promise((res) => setTimeout(res, 1000)); // let requests still in flight finish before closing
      const load = loadavg()[0].toFixed(2);
      process.stdout.write(`  RESULT ${JSON.stringify({ db: kind, cache, connections: CONNECTIONS, seconds: DURATION, load1: load, ...r })}\n`);
      out.push({ kind, cache, load, r, versions: loaded.versions, loadMs: loaded.ms });
    }
    return out;
  } finally {
    await app.close();
    // --keep leaves the database for EXPLAIN ANALYZE sessions (drop it by hand afterwards).
    if (kind === 'pg' && !args.has('--keep') && !reuse) await adminQuery(admin, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function main() {
  if (args.has('--drive')) return driveInThisProcess(args.get('--drive')!);
  process.env.NODE_ENV = 'production';
  const docs = corpusDocs();
  process.stdout.write(`corpus: ${docs.length} documents\n`);
  const kinds = DB === 'both' ? (['pg', 'pglite'] as const) : [DB as 'pg' | 'pglite'];
  const results = [];
  for (const k of kinds) results.push(...(await runOne(k, docs)));
  process.stdout.write('\nsearchContracts, first: 10, 12 rotating queries\n');
  process.stdout.write('db      | cache | versions | conns | req/s  | p50 ms | p95 ms | p99 ms | max ms | errors | load1\n');
  for (const { kind, cache, load, r, versions } of results) {
    const cells = [kind.padEnd(7), cache.padEnd(5), String(versions).padStart(8), String(CONNECTIONS).padStart(5), String(r.rps).padStart(6), ...[r.p50, r.p95, r.p99, r.max].map((n) => String(n).padStart(6)), String(r.errors).padStart(6), load];
    process.stdout.write(`${cells.join(' | ')}\n`);
  }
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
