// Catalogue benchmark: server time of the start, search, component and version pages at 10,000
// components (the synthetic registry of bench-search, plus the example contracts published for real).
//   npm run bench:catalogue -- [--db pg|pglite] [--components 10000] [--requests 40]
// Server time = the page's Server-Timing header (handler start → HTML ready), search cache off.
import 'reflect-metadata';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/env.schema.js';
import { ExampleSeeder } from '../src/examples/example-seeder.js';
import { SearchCache } from '../src/search/search-cache.js';
import { SearchService } from '../src/search/search.service.js';
import { componentRow, corpusDocs, loadSyntheticRegistry } from './bench-registry-generator.js';

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1]]));
const DB = args.get('--db') ?? 'pg';
const COMPONENTS = Number(args.get('--components') ?? 10_000);
const REQUESTS = Number(args.get('--requests') ?? 40);
const QUERIES = ['Antrag', 'Hundesteuer', 'Antrag einreichen', 'Wohngeld Bescheid', 'Kfzsteuer Status', 'steuer', 'Elterngeld berlin', 'Pegel Wasserstand'];
const BUDGET_MS = 100;

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function serverTime(base: string, path: string): Promise<number> {
  const res = await fetch(`${base}${path}`);
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
  const m = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
  if (!m) throw new Error(`${path}: no Server-Timing header`);
  return Number(m[1]);
}

async function measure(base: string, name: string, paths: (i: number) => string): Promise<{ name: string; p50: number; p95: number; max: number }> {
  for (let i = 0; i < 5; i++) await serverTime(base, paths(i)); // warm-up
  const times: number[] = [];
  for (let i = 0; i < REQUESTS; i++) times.push(await serverTime(base, paths(i + 5)));
  return { name, p50: pct(times, 50), p95: pct(times, 95), max: Math.max(...times) };
}

async function main(): Promise<void> {
  const admin = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const dbName = `registry_catbench_${process.pid}`;
  let url: string | undefined;
  if (DB === 'pg') {
    await adminQuery(admin, `CREATE DATABASE ${dbName}`);
    const u = new URL(admin);
    u.pathname = `/${dbName}`;
    url = u.toString();
  }
  const app = await createApp(loadConfig({ REGISTRY_DATA_DIR: 'memory://', REGISTRY_SEED_EXAMPLES: 'false', LOG_LEVEL: 'error', ...(url ? { DATABASE_URL: url } : {}) }));
  try {
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
    await app.get(ExampleSeeder).seed();
    const docs = corpusDocs();
    if (!docs.length) throw new Error('no corpus documents in ../shared/corpus: the synthetic registry needs them');
    process.stdout.write(`loading ${COMPONENTS} synthetic components (${DB}) …\n`);
    const loaded = await loadSyntheticRegistry(app.get(DataSource), app.get(SearchService), docs, COMPONENTS, { batch: 100, versionsPerContract: 2 });
    await app.get(DataSource).query('VACUUM ANALYZE');
    app.get(SearchCache).setTtlSeconds(0);
    process.stdout.write(`loaded ${COMPONENTS} components / ${loaded.versions} versions in ${(loaded.ms / 1000).toFixed(0)} s\n`);
    const slugs = Array.from({ length: 50 }, (_x, i) => componentRow((i * 197) % COMPONENTS).slug);
    const results = [
      await measure(base, 'start', () => '/'),
      await measure(base, 'search', (i) => `/?q=${encodeURIComponent(QUERIES[i % QUERIES.length])}`),
      await measure(base, 'component', (i) => `/components/${i % 2 ? 'antragsservice' : slugs[i % slugs.length]}`),
      await measure(base, 'version', (i) => (i % 2 ? '/components/antragsservice/contracts/antrag-api/versions/2.0.0' : '/components/antragsservice/contracts/antrag-events/versions/1.1.0')),
      await measure(base, 'diff', () => '/components/antragsservice/contracts/antrag-api/diff?from=1.0.0&to=2.0.0'),
    ];
    process.stdout.write(`\nserver time per page at ${COMPONENTS} components (${DB}, ${REQUESTS} requests each, ms; budget ${BUDGET_MS} ms for start/search/component/version)\n`);
    for (const r of results) {
      const within = r.name === 'diff' ? '' : r.p95 < BUDGET_MS ? '  ok' : '  OVER BUDGET';
      process.stdout.write(`  ${r.name.padEnd(10)} p50 ${r.p50.toFixed(1).padStart(6)}  p95 ${r.p95.toFixed(1).padStart(6)}  max ${r.max.toFixed(1).padStart(6)}${within}\n`);
    }
    process.stdout.write(`RESULT ${JSON.stringify({ db: DB, components: COMPONENTS, results })}\n`);
  } finally {
    await app.close();
    if (DB === 'pg') await adminQuery(admin, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
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

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
