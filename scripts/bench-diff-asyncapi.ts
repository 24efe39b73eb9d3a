// npm run bench:diff:asyncapi — our AsyncAPI engine side by side with @asyncapi/diff on the same
// same-version pairs. Each (tool, pair) runs in its own child process, so peak RSS is per pair.
// @asyncapi/diff needs parsed, dereferenced documents: its time includes @asyncapi/parser's parse
// (as a user must run it), and its diff-only time is shown separately. Ours includes YAML parsing.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CORPUS = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(ROOT, '..', 'shared'), 'corpus');
const FIX = resolve(ROOT, 'test', 'fixtures', 'compat', 'asyncapi');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const PAIRS: Array<[name: string, base: string, revision: string]> = [
  ['asyncapi-diff v2 (2.0.0)', `${CORPUS}/breaking/asyncapi-diff/asyncapi.yml`, `${CORPUS}/breaking/asyncapi-diff/diffSpec.yml`],
  ['asyncapi-diff v3 (3.0.0)', `${CORPUS}/breaking/asyncapi-diff/asyncapi-v3.yml`, `${CORPUS}/breaking/asyncapi-diff/asyncapi-v3-diff.yml`],
  ['asyncapi-diff enum (2.1.0)', `${CORPUS}/breaking/asyncapi-diff/inline-enum-before.json`, `${CORPUS}/breaking/asyncapi-diff/inline-enum-after.json`],
  ['fixture message-payload (3.0.0)', `${FIX}/message-payload/base.yaml`, `${FIX}/message-payload/revision.yaml`],
  ['fixture security (3.0.0)', `${FIX}/security-requirements-narrowed/base.yaml`, `${FIX}/security-requirements-narrowed/revision.yaml`],
  ['streetlights-kafka 3.1.0 self', `${CORPUS}/asyncapi/spec-examples/asyncapi-3.1.0/streetlights-kafka-asyncapi.yml`, `${CORPUS}/asyncapi/spec-examples/asyncapi-3.1.0/streetlights-kafka-asyncapi.yml`],
  ['zbos_mqtt 2.0.0 self (670 KB)', `${CORPUS}/asyncapi/parser-js-v1-good/good/zbos_mqtt-all-asyncapi.json`, `${CORPUS}/asyncapi/parser-js-v1-good/good/zbos_mqtt-all-asyncapi.json`],
];

interface Sample { firstMs: number; medianMs: number; diffOnlyMs?: number; changes: number; maxRssMb: number; lenient?: boolean; error?: string }

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function child(tool: string, base: string, revision: string): Promise<Sample> {
  const times: number[] = [];
  const diffTimes: number[] = [];
  let changes = 0;
  if (tool === 'ours') {
    const { loadDocument } = await import('../src/cli/load-document.js');
    const { diffDocuments } = await import('../src/compatibility/engine/index.js');
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      changes = diffDocuments(loadDocument(base), loadDocument(revision)).changes.length;
      times.push(performance.now() - t);
    }
  } else {
    const { Parser } = await import('@asyncapi/parser');
    const { diff } = await import('@asyncapi/diff');
    const parser = new Parser();
    // Documents @asyncapi/parser calls invalid are parsed again with errors allowed (marked `*`),
    // so the peer is measured on every pair; the validation pass still counts in its time.
    let lenient = false;
    const parse = async (f: string): Promise<Record<string, unknown>> => {
      const text = readFileSync(f, 'utf8');
      let { document } = await parser.parse(text);
      if (!document) {
        lenient = true;
        ({ document } = await parser.parse(text, { validateOptions: { allowedSeverity: { error: true, warning: true } } }));
      }
      if (!document) throw new Error('@asyncapi/parser returned no document');
      return document.json() as Record<string, unknown>;
    };
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const a = await parse(base);
      const b = await parse(revision);
      const d = performance.now();
      const out = diff(a, b).getOutput();
      changes = typeof out === 'string' ? 0 : out.changes.length;
      diffTimes.push(performance.now() - d);
      times.push(performance.now() - t);
    }
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    return { firstMs: times[0], medianMs: median(times), diffOnlyMs: median(diffTimes), changes, maxRssMb, lenient };
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  return { firstMs: times[0], medianMs: median(times), changes, maxRssMb };
}

function measure(tool: string, base: string, revision: string): Sample {
  try {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', tool, base, revision], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Sample;
  } catch (err) {
    const msg = ((err as { stderr?: string }).stderr ?? String(err)).split('\n').find((l) => l.includes('Error')) ?? 'failed';
    return { firstMs: NaN, medianMs: NaN, changes: 0, maxRssMb: NaN, error: msg.slice(0, 100) };
  }
}

const f = (n: number | undefined): string => (n === undefined || Number.isNaN(n) ? '-' : n.toFixed(1)).padStart(8);

/** Prints the AsyncAPI table; also called by scripts/bench-diff.ts (npm run bench:diff). */
export function runAsyncApiBench(): void {
  console.log(`AsyncAPI diff benchmark: ${RUNS} runs per child process; ms = first / median; RSS = peak of the child (MB)`);
  console.log(`${'pair'.padEnd(34)} ${'tool'.padEnd(16)} ${'first'.padStart(8)} ${'median'.padStart(8)} ${'diffonly'.padStart(8)} ${'RSS MB'.padStart(8)} changes`);
  for (const [name, base, revision] of PAIRS) {
    for (const tool of ['ours', 'asyncapi-diff']) {
      const s = measure(tool, base, revision);
      const label = tool === 'ours' ? 'ours' : '@asyncapi/diff';
      console.log(`${name.padEnd(34)} ${label.padEnd(16)} ${f(s.firstMs)} ${f(s.medianMs)} ${f(s.diffOnlyMs)} ${f(s.maxRssMb)} ${s.error ? `ERROR ${s.error}` : `${s.changes}${s.lenient ? ' *' : ''}`}`);
    }
  }
  console.log('* @asyncapi/parser rejected a document; parsed again with errors allowed (both passes timed)');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv[2] === '--child') {
    const [, , , tool, base, revision] = process.argv;
    child(tool, base, revision).then((s) => console.log(JSON.stringify(s)), (e: Error) => { console.error(`Error: ${e.message}`); process.exit(1); });
  } else {
    runAsyncApiBench();
  }
}
