// npm run bench:cli — wall time of one CLI process, start to exit, as a CI job pays it:
// (1) `diff` of two small documents (the ≤ 150 ms start-up budget), next to a bare `node -e 0`;
// (2) every consecutive version pair of the bundesAPI series in ../shared/corpus/openapi/versions:
//     our standalone bundle (`node dist/cli/contract-registry.mjs diff a b --format json`) against
//     api-smart-diff (no CLI of its own: a node process that loads it and js-yaml, parses, compares).
// Median of RUNS runs each (default 3; BENCH_CLI_RUNS changes it).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(ROOT, '..', 'shared'), 'corpus');
const BUNDLE = resolve(ROOT, 'dist', 'cli', 'contract-registry.mjs');
const SELF = fileURLToPath(import.meta.url);
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 3);

async function peer(base: string, revision: string): Promise<void> {
  const yaml = (await import('js-yaml')).default;
  const { apiCompare } = (await import('api-smart-diff')) as unknown as { apiCompare(a: unknown, b: unknown): { diffs: unknown[] } };
  const load = (f: string): unknown => yaml.load(readFileSync(f, 'utf8'), { schema: yaml.CORE_SCHEMA });
  process.stdout.write(`${apiCompare(load(base), load(revision)).diffs.length}\n`);
}

interface Timing { ms: number; ok: boolean; code?: number | null; note?: string }

function wall(args: string[]): Timing {
  const times: number[] = [];
  let ok = true;
  let note: string | undefined;
  let code: number | null | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000 });
    times.push(performance.now() - t0);
    // diff exits 1 when it finds breaking changes: a result, not a failure.
    if (r.status !== 0 && r.status !== 1) {
      ok = false;
      code = r.status;
      note = (r.stderr.split('\n').find((l) => l.trim()) ?? `exit ${r.status}`).replace(/^.*?: (\S+\.(yaml|json)):/, '').slice(0, 60);
    }
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], ok, code, note };
}

function bundesApiPairs(): Array<{ label: string; base: string; revision: string }> {
  const index = JSON.parse(readFileSync(resolve(CORPUS, 'openapi/versions/INDEX.json'), 'utf8')) as {
    series: Record<string, { versions_oldest_first: Array<{ path: string; source: string }> }>;
  };
  const pairs: Array<{ label: string; base: string; revision: string }> = [];
  for (const [name, series] of Object.entries(index.series)) {
    const versions = series.versions_oldest_first;
    if (!name.startsWith('openapi/') || !versions[0]?.source.includes('/bundesAPI/')) continue;
    for (let i = 1; i < versions.length; i++) {
      const short = (p: string) => p.split('/').pop()!.slice(0, 10);
      pairs.push({ label: `${name.slice(8)} ${short(versions[i - 1].path)}→${short(versions[i].path)}`, base: resolve(CORPUS, versions[i - 1].path), revision: resolve(CORPUS, versions[i].path) });
    }
  }
  return pairs;
}

// CPU time (user + sys) of a child, through bash's `time`: on a loaded machine wall time is mostly
// waiting for a core, CPU time is what the process costs (on an idle machine wall ≈ CPU).
function cpuMs(args: string[]): number {
  const quoted = [process.execPath, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync('bash', ['-c', `TIMEFORMAT='%3U %3S'; time ${quoted} >/dev/null 2>&1`], { encoding: 'utf8' });
    const [u, sy] = r.stderr.trim().split(/\s+/).map(Number);
    out.push((u + sy) * 1000);
  }
  return out.sort((a, b) => a - b)[Math.floor(out.length / 2)];
}

const cell = (t: Timing) => (t.ok ? `${t.ms.toFixed(0).padStart(6)} ms` : `refused (exit ${t.code ?? '?'})`).padEnd(22);

function main(): number {
  if (!existsSync(BUNDLE)) {
    console.error('dist/cli/contract-registry.mjs is missing: run npm run build');
    return 2;
  }
  const small = resolve(ROOT, 'test', 'fixtures', 'compat', 'openapi', 'operation-removed');
  const node = wall(['-e', '0']);
  const start = wall([BUNDLE, 'diff', resolve(small, 'base.yaml'), resolve(small, 'revision.yaml')]);
  const smallArgs = [BUNDLE, 'diff', resolve(small, 'base.yaml'), resolve(small, 'revision.yaml')];
  console.log(`start-up: diff of two small documents ${start.ms.toFixed(0)} ms wall (budget 150 ms), ${cpuMs(smallArgs).toFixed(0)} ms CPU; bare node -e 0: ${node.ms.toFixed(0)} ms wall, ${cpuMs(['-e', '0']).toFixed(0)} ms CPU; median of ${RUNS}`);
  console.log('');
  if (!existsSync(resolve(CORPUS, 'openapi/versions/INDEX.json'))) {
    console.log(`bundesAPI pairs skipped: ${CORPUS} not found`);
    return start.ms <= 150 ? 0 : 1;
  }
  console.log(`${'bundesAPI pair'.padEnd(56)} ${'contract-registry'.padEnd(22)} ${'api-smart-diff'.padEnd(22)} faster`);
  let slower = 0;
  for (const p of bundesApiPairs()) {
    const ours = wall([BUNDLE, 'diff', p.base, p.revision, '--format', 'json']);
    const theirs = wall([SELF, '--peer', p.base, p.revision]);
    // Refusing an invalid document (exit 2: invalid YAML, duplicate keys upstream) is not a timing;
    // api-smart-diff reads some of them anyway. Such pairs are listed, not compared.
    const verdict = !ours.ok && ours.code === 2 ? `n/a (we refuse: ${ours.note ?? 'invalid input'})` : ours.ok && (!theirs.ok || ours.ms < theirs.ms) ? 'yes' : 'NO';
    if (verdict === 'NO') slower++;
    console.log(`${p.label.padEnd(56)} ${cell(ours)} ${cell(theirs)} ${verdict}`);
  }
  console.log(slower === 0 ? '\nfaster on every comparable pair' : `\nslower on ${slower} pair(s)`);
  return slower === 0 && start.ms <= 150 ? 0 : 1;
}

if (process.argv[2] === '--peer') await peer(process.argv[3], process.argv[4]);
else process.exitCode = main();
