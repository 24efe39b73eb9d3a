// npm run bench:diff [-- --only <api>] — time and peak RSS of diffing consecutive real versions
// (../shared/corpus/openapi/versions), end to end including parsing, ours vs api-smart-diff. Each
// run is its own child process so peak RSS is per run; the peer gets 8 GB heap and 120 s.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAsyncApiBench } from './bench-diff-asyncapi.js';

const CORPUS = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus');
const SELF = fileURLToPath(import.meta.url);

interface RunResult { ms?: number; rssMb?: number; changes?: number; error?: string }

async function worker(tool: string, base: string, revision: string): Promise<void> {
  let changes: number;
  if (tool === 'ours') {
    const { loadDocument } = await import('../src/cli/load-document.js');
    const { diffDocuments } = await import('../src/compatibility/engine/index.js');
    changes = diffDocuments(loadDocument(base), loadDocument(revision), { now: new Date() }).changes.length;
  } else {
    const yaml = (await import('js-yaml')).default;
    const { apiCompare } = (await import('api-smart-diff')) as unknown as {
      apiCompare(a: unknown, b: unknown): { diffs: unknown[] };
    };
    const load = (f: string): unknown => yaml.load(readFileSync(f, 'utf8'), { schema: yaml.CORE_SCHEMA });
    changes = apiCompare(load(base), load(revision)).diffs.length;
  }
  const result: RunResult = { ms: performance.now(), rssMb: process.resourceUsage().maxRSS / 1024, changes };
  process.stdout.write(JSON.stringify(result));
}

function measure(tool: string, base: string, revision: string): RunResult {
  const args = tool === 'peer' ? ['--max-old-space-size=8192'] : [];
  const child = spawnSync(process.execPath, [...args, SELF, '--worker', tool, base, revision], {
    encoding: 'utf8', timeout: tool === 'peer' ? 120_000 : 60_000, maxBuffer: 1 << 20,
  });
  if (child.error || child.signal) return { error: child.signal === 'SIGTERM' ? 'timeout' : String(child.error ?? child.signal) };
  if (child.status !== 0) {
    const reason = child.stderr.split('\n').find((l) => /Error/.test(l)) ?? child.stderr.split('\n')[0];
    return { error: `exit ${child.status}: ${reason}` };
  }
  return JSON.parse(child.stdout) as RunResult;
}

function cell(r: RunResult): string {
  return r.error ? (/not valid YAML/.test(r.error) ? 'invalid YAML' : r.error).slice(0, 22).padEnd(22) : `${r.ms?.toFixed(0).padStart(7)} ms ${r.rssMb?.toFixed(0).padStart(6)} MB`;
}

function main(): number {
  const index = JSON.parse(readFileSync(resolve(CORPUS, 'openapi/versions/INDEX.json'), 'utf8')) as {
    series: Record<string, { versions_oldest_first: Array<{ path: string }> }>;
  };
  const only = process.argv.indexOf('--only') > 0 ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  console.log(`${'pair'.padEnd(58)} ${'ours'.padEnd(22)} ${'api-smart-diff'.padEnd(22)} changes(ours/peer) faster`);
  let slower = 0;
  for (const [name, series] of Object.entries(index.series)) {
    if (!name.startsWith('openapi/') || (only && !name.includes(only))) continue;
    const files = series.versions_oldest_first.map((v) => resolve(CORPUS, v.path));
    for (let i = 1; i < files.length; i++) {
      const label = `${name.slice(8)} ${files[i - 1].split('/').pop()?.slice(0, 10)}→${files[i].split('/').pop()?.slice(0, 10)}`;
      const ours = measure('ours', files[i - 1], files[i]);
      const peer = measure('peer', files[i - 1], files[i]);
      // Both refusing the input (e.g. invalid YAML upstream) is not a comparison.
      const invalid = ours.error !== undefined && peer.error !== undefined && /not valid YAML/.test(ours.error);
      const faster = !ours.error && (peer.error !== undefined || (ours.ms ?? 0) < (peer.ms ?? 0));
      if (!faster && !invalid) slower++;
      const verdict = invalid ? 'n/a (invalid input)' : faster ? 'yes' : 'NO';
      console.log(`${label.padEnd(58)} ${cell(ours)} ${cell(peer)} ${String(ours.changes ?? '-')}/${String(peer.changes ?? '-')} ${verdict}`);
    }
  }
  // AsyncAPI pairs, side by side with @asyncapi/diff (`--only asyncapi` runs just these).
  if (!only || only === 'asyncapi') {
    console.log('');
    runAsyncApiBench();
  }
  return slower === 0 ? 0 : 1;
}

if (process.argv[2] === '--worker') {
  await worker(process.argv[3], process.argv[4], process.argv[5]);
} else if (!existsSync(CORPUS)) {
  console.log(`bench skipped: ${CORPUS} not found`);
} else {
  process.exitCode = main();
}
