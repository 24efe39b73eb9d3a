// `npm run bench:load`: mixed workload against one registry process on PostgreSQL (a dedicated database on
// 127.0.0.1:5432, dropped afterwards). 50 clients for BENCH_SECONDS: 90 % reads (GraphQL search, components and
// contractVersion, raw downloads), 10 % publishes of real documents from ../shared/corpus, each under new
// coordinates. Prints throughput, latency percentiles, errors and the server's RSS over time as JSON.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { projectPath } from '../src/common/project-path.js';

const SERVER = process.env.BENCH_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const TOKEN = 'dsr_bench-admin-0123456789abcdefghijklmnopqrstuv';
const AUTH = { authorization: `Bearer ${TOKEN}` };
// Typical integrator searches over the German public APIs of the corpus (words, a typo, a path fragment).
const SEARCH_TERMS = ['Wetter Warnung', 'Autobahn Baustelle', 'Pegelstand', 'Jobsuche', 'Bundestag Drucksache', 'Hochwaser', '/stations/{id}', 'Lobbyregister', 'Zoll', 'strom markt'];

function corpusDocuments(): string[] {
  const root = resolve(process.env.REGISTRY_SHARED_DIR ?? projectPath('..', 'shared'), 'corpus', 'openapi', 'german-public');
  const files = readdirSync(root, { recursive: true }) as string[];
  return files.map((f) => join(root, f)).filter((f) => /\.(ya?ml|json)$/.test(f) && statSync(f).size < 512 * 1024).map((f) => readFileSync(f, 'utf8'));
}

async function admin(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: SERVER });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise((r) => s.close(r));
  return port;
}

function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : 0;
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const db = `registry_bench_${process.pid}`;
  await admin(`CREATE DATABASE ${db}`);
  const url = new URL(SERVER);
  url.pathname = `/${db}`;
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--disable-proto=delete', projectPath('dist', 'src', 'main.js')], {
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: url.toString(),
      REGISTRY_ADMIN_TOKEN: TOKEN, REGISTRY_SEED_EXAMPLES: 'false', LOG_LEVEL: 'warn', REGISTRY_RATE_LIMIT_WRITES: '1000000',
      REGISTRY_RATE_LIMIT_WRITES_PER_IP: '1000000', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '1000000',
      REGISTRY_RATE_LIMIT_DOCUMENT_READS: '1000000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let i = 0; ; i++) {
      if (i > 600) throw new Error('registry did not become ready');
      try { if ((await fetch(`${base}/health/ready`)).status === 200) break; } catch { /* starting */ }
      await new Promise((r) => setTimeout(r, 100));
    }
    const gql = (query: string, variables: Record<string, unknown> = {}) => fetch(`${base}/graphql`, { method: 'POST', headers: { ...AUTH, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    await gql('mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: { slug: 'bench', name: 'Bench', layer: 'submission', description: 'load test', tags: [], ownerOrganisation: 'Bench', license: 'EUPL-1.2', platformOwner: { name: 'Bench', email: 'bench@example.org' } } });
    const docs = corpusDocuments();
    let seq = 0;
    let valid = docs;
    const publishOne = async () => {
      const n = seq++;
      const res = await fetch(`${base}/api/v1/components/bench/contracts/load-${n}/versions/1.0.0`, { method: 'PUT', headers: { ...AUTH, 'content-type': 'application/yaml' }, body: valid[n % valid.length] });
      await res.arrayBuffer();
      return res.status === 201;
    };
    // Seed readable versions (valid ones only: the corpus also holds documents the registry rejects).
    const readable: number[] = [];
    for (let i = 0; i < docs.length; i++) if (await publishOne()) readable.push(seq - 1);
    if (readable.length === 0) throw new Error('no corpus document was accepted');
    valid = readable.map((n) => docs[n]);
    const latencies: Record<string, number[]> = { graphqlSearch: [], graphqlComponents: [], graphqlVersion: [], download: [], publish: [] };
    const errors: Record<string, number> = {};
    const rss: { t: number; mb: number }[] = [];
    const started = Date.now();
    const until = started + SECONDS * 1000;
    const sampler = setInterval(() => rss.push({ t: Math.round((Date.now() - started) / 1000), mb: rssMb(child.pid!) }), 2000);
    const client = async () => {
      while (Date.now() < until) {
        const r = Math.random();
        const kind = r < 0.1 ? 'publish' : r < 0.35 ? 'graphqlSearch' : r < 0.5 ? 'graphqlComponents' : r < 0.7 ? 'graphqlVersion' : 'download';
        const name = `load-${readable[Math.floor(Math.random() * readable.length)]}`;
        const t0 = performance.now();
        let ok = false;
        try {
          if (kind === 'publish') ok = await publishOne();
          else if (kind === 'download') {
            const res = await fetch(`${base}/api/v1/components/bench/contracts/${name}/versions/1.0.0`);
            await res.arrayBuffer();
            ok = res.status === 200;
          } else {
            const res = kind === 'graphqlSearch'
              ? await gql('query($q: String!) { searchContracts(query: $q, first: 10) { edges { node { score contract { name } matches { label snippet } } } } }', { q: SEARCH_TERMS[Math.floor(Math.random() * SEARCH_TERMS.length)] })
              : kind === 'graphqlComponents'
              ? await gql('{ components(first: 20) { edges { node { slug contracts { name latestVersion { version title } } } } } }')
              : await gql('query($c: String!) { contractVersion(component: "bench", contract: $c, version: "1.0.0") { version sha256 operationCount compatibilityReport { breaking } } }', { c: name });
            const body = (await res.json()) as { errors?: unknown };
            ok = res.status === 200 && !body.errors;
          }
        } catch { ok = false; }
        latencies[kind].push(performance.now() - t0);
        if (!ok) errors[kind] = (errors[kind] ?? 0) + 1;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    clearInterval(sampler);
    const all = Object.values(latencies).flat().sort((a, b) => a - b);
    const summary = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return { n: s.length, p50: Math.round(pct(s, 50)), p95: Math.round(pct(s, 95)), p99: Math.round(pct(s, 99)) }; };
    const report = {
      seconds: SECONDS, clients: CLIENTS, corpusDocuments: docs.length, acceptedCorpusDocuments: valid.length, requests: all.length,
      throughputPerSecond: Math.round(all.length / SECONDS), latencyMs: summary(all),
      byKind: Object.fromEntries(Object.entries(latencies).map(([k, v]) => [k, summary(v)])),
      errors, rssMb: rss,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
}

main().catch((err) => {
  process.stderr.write(`bench:load failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
