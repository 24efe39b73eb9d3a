// SBOM benchmark (issue 17): a generated CycloneDX 1.6 SBOM with 5,000 components (SHA-512 hashes, licences,
// BSI properties, a dependency graph) and 50 cryptographic assets is uploaded over HTTP — validated in the
// worker, judged (TR-03183-2, licences, TR-02102-1) and stored in one transaction — and the time printed.
//   npm run bench:sbom -- [--components 5000] [--runs 3]
// Database: BENCH_PG_URL (a fresh database is created on that server and dropped afterwards), else the
// embedded PGlite in memory.
import 'reflect-metadata';
import { createHash, randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config/env.schema.js';

const args = new Map(process.argv.slice(2).map((a, i, all) => [a, all[i + 1]]));
const COMPONENTS = Number(args.get('--components') ?? 5000);
const RUNS = Number(args.get('--runs') ?? 3);
const BUDGET_MS = 2000;
const TOKEN = 'dsr_bench-admin-0123456789abcdefghijklmnopqrstuv';
const LICENCES = ['MIT', 'Apache-2.0', 'BSD-3-Clause', 'ISC', 'EUPL-1.2', 'MPL-2.0', 'LGPL-2.1-or-later'];

function makeSbom(n: number, seed: string): string {
  const sha512 = (s: string) => createHash('sha512').update(s).digest('hex');
  const components: Record<string, unknown>[] = [];
  const dependencies: { ref: string; dependsOn: string[] }[] = [{ ref: 'root', dependsOn: ['c0'] }];
  for (let i = 0; i < n; i++) {
    const name = `package-${seed}-${i}`;
    components.push({
      type: 'library', 'bom-ref': `c${i}`, name, version: `${1 + (i % 7)}.${i % 13}.${i % 5}`,
      supplier: { name: `Vendor ${i % 97}`, url: [`https://vendor${i % 97}.example`] },
      licenses: [{ license: { id: LICENCES[i % LICENCES.length], acknowledgement: 'declared' } }],
      hashes: [{ alg: 'SHA-512', content: sha512(name) }],
      purl: `pkg:npm/${name}@1.0.0`,
      externalReferences: [{ type: 'distribution', url: `https://registry.example/${name}.tgz` }, { type: 'vcs', url: `https://git.example/${name}` }],
      properties: [
        { name: 'bsi:component:filename', value: `${name}.tgz` }, { name: 'bsi:component:executable', value: 'non-executable' },
        { name: 'bsi:component:archive', value: 'archive' }, { name: 'bsi:component:structured', value: 'structured' },
      ],
    });
    dependencies.push({ ref: `c${i}`, dependsOn: i + 1 < n ? [`c${i + 1}`] : [] });
  }
  for (let i = 0; i < 50; i++) {
    components.push({ type: 'cryptographic-asset', 'bom-ref': `crypto${i}`, name: i % 2 ? 'TLS 1.2' : 'AES-256-GCM',
      cryptoProperties: i % 2 ? { assetType: 'protocol', protocolProperties: { type: 'tls', version: '1.2' } } : { assetType: 'algorithm', algorithmProperties: { primitive: 'ae', mode: 'gcm', parameterSetIdentifier: '256' } } });
  }
  return JSON.stringify({
    bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: `urn:uuid:${randomUUID()}`, version: 1,
    metadata: { timestamp: new Date().toISOString(), manufacturer: { name: 'Bench', url: ['https://bench.example'] },
      component: { type: 'application', 'bom-ref': 'root', name: 'bench-app', version: '1.0.0', manufacturer: { name: 'Bench', url: ['https://bench.example'] },
        licenses: [{ license: { id: 'EUPL-1.2' } }], hashes: [{ alg: 'SHA-512', content: createHash('sha512').update(seed).digest('hex') }],
        externalReferences: [{ type: 'distribution', url: 'https://releases.example/bench-app.tgz' }, { type: 'source-distribution', url: 'https://git.example/bench-app.tgz' }],
        properties: [{ name: 'bsi:component:filename', value: 'bench-app.tgz' }, { name: 'bsi:component:executable', value: 'executable' },
          { name: 'bsi:component:archive', value: 'archive' }, { name: 'bsi:component:structured', value: 'structured' }] } },
    components, dependencies,
  });
}

async function admin(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { await c.query(sql); } finally { await c.end(); }
}

async function main(): Promise<void> {
  const server = process.env.BENCH_PG_URL;
  const dbName = server ? `registry_bench_sbom_${process.pid}` : null;
  let databaseUrl: string | undefined;
  if (server && dbName) {
    await admin(server, `CREATE DATABASE ${dbName}`);
    const u = new URL(server);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  const { DATABASE_URL: _ignored, ...env } = process.env;
  void _ignored;
  const config = loadConfig({ ...env, REGISTRY_DATA_DIR: 'memory://', REGISTRY_SEED_EXAMPLES: 'false', LOG_LEVEL: 'error', REGISTRY_ADMIN_TOKEN: TOKEN, REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '100000', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const app = await createApp(config);
  app.useLogger(['error']);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  const gql = async (query: string, variables: Record<string, unknown>) => {
    const r = (await (await fetch(`${base}/graphql`, { method: 'POST', headers: auth, body: JSON.stringify({ query, variables }) })).json()) as { errors?: unknown };
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  };
  try {
    await gql('mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: { slug: 'bench', name: 'Bench', layer: 'infrastructure' } });
    const times: number[] = [];
    let size = 0;
    for (let run = 0; run <= RUNS; run++) {
      const version = `1.0.${run}`;
      await gql('mutation($i: CreateReleaseInput!) { createRelease(input: $i) { version } }', { i: { component: 'bench', version, contractVersions: [] } });
      const doc = makeSbom(COMPONENTS, String(run));
      size = Buffer.byteLength(doc);
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/components/bench/releases/${version}/sbom`, { method: 'PUT', headers: { ...auth, 'content-type': 'application/vnd.cyclonedx+json' }, body: doc });
      const ms = performance.now() - t0;
      const body = (await res.json()) as { tr03183?: { compliant: boolean; componentsChecked: number }; code?: string };
      if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${JSON.stringify(body).slice(0, 500)}`);
      if (run === 0) { console.log(`warm-up run (worker start, schema compile): ${ms.toFixed(0)} ms`); continue; }
      times.push(ms);
      console.log(`run ${run}: ${ms.toFixed(0)} ms (TR-03183-2 compliant: ${body.tr03183?.compliant}, components checked: ${body.tr03183?.componentsChecked})`);
    }
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`bench:sbom ${COMPONENTS} components + 50 crypto assets, ${(size / 1024 / 1024).toFixed(1)} MiB, ${databaseUrl ? 'PostgreSQL' : 'PGlite'}: ` +
      `validated, judged and stored in ${median.toFixed(0)} ms median (best ${sorted[0].toFixed(0)} ms; budget ${BUDGET_MS} ms) — ${median <= BUDGET_MS ? 'WITHIN' : 'OVER'} budget; load average ${loadavg()[0].toFixed(1)}`);
  } finally {
    await app.close();
    if (server && dbName) await admin(server, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  }
}

main().catch((err) => { console.error(err); process.exit(1); });
