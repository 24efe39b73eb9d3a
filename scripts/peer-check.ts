// npm run test:peer — measures the OpenAPI engine against the peers' own test pairs in
// ../shared/corpus/breaking (EXPECTATIONS.oasdiff.json, EXPECTATIONS.openapi-diff.json).
// Prints each miss and exits 1 when a target is not met (CI).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadDocument } from '../src/cli/load-document.js';
import { diffDocuments } from '../src/compatibility/engine/index.js';
import { asyncApiPeerSuites, changeAgreement } from './peer-check-asyncapi.js';
import { PEER_DISAGREEMENTS } from './peer-disagreements.js';

const CORPUS = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus');
const NOW = new Date('2026-11-30T00:00:00Z');

interface Suite {
  name: string;
  target: number;
  pairs: Array<{ id: string; base: string; revision: string; expectBreaking: boolean; nonDefault?: boolean }>;
}

interface OasdiffPair {
  pair: string; base: string; revision: string; breaking: boolean | string | null;
  cases: Array<{ scope: string; special_config?: string[] }>;
}

interface OpenapiDiffPair {
  pair: string; old: string; new: string; breaking: boolean | null;
  cases: Array<{ incompatible_prop?: string }>;
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(resolve(CORPUS, file), 'utf8')) as T;
}

function oasdiffSuites(): Suite[] {
  const { pairs } = readJson<{ pairs: OasdiffPair[] }>('breaking/EXPECTATIONS.oasdiff.json');
  const map = (p: OasdiffPair, expectBreaking: boolean) => ({ id: p.pair, base: p.base, revision: p.revision, expectBreaking,
    nonDefault: p.cases.every((c) => (c.special_config ?? []).length > 0) });
  return [
    { name: 'oasdiff: pairs with an error-level change, called breaking', target: 0.95,
      pairs: pairs.filter((p) => p.breaking === true).map((p) => map(p, true)) },
    { name: 'oasdiff: clean all-checks pairs, left non-breaking', target: 1,
      pairs: pairs.filter((p) => p.breaking === false && p.cases.some((c) => c.scope === 'all checks')).map((p) => map(p, false)) },
  ];
}

function openapiDiffSuite(): Suite {
  const { pairs, backward_incompatible_props: props } = readJson<{
    pairs: OpenapiDiffPair[]; backward_incompatible_props: Record<string, { enabled_by_default: boolean }>;
  }>('breaking/EXPECTATIONS.openapi-diff.json');
  const offByDefault = (p: OpenapiDiffPair): boolean => p.cases.every((c) => c.incompatible_prop !== undefined
    && props[c.incompatible_prop]?.enabled_by_default !== true);
  return { name: 'openapi-diff: compatible/incompatible agreement', target: 0.95,
    pairs: pairs.filter((p) => typeof p.breaking === 'boolean')
      .map((p) => ({ id: p.pair, base: p.old, revision: p.new, expectBreaking: p.breaking === true,
        nonDefault: p.breaking === true && offByDefault(p) })) };
}

// Hook: the AsyncAPI engine adds its suites here (reported separately, same format).
const EXTRA_SUITES: Array<() => Suite[]> = [asyncApiPeerSuites];

// A pair listed in PEER_DISAGREEMENTS (with its reason) is not a miss; it is shown separately, and
// the rate is printed with and without them so the raw agreement stays visible.
function run(suite: Suite): boolean {
  const misses: string[] = [];
  const disagreements: string[] = [];
  const stale: string[] = [];
  for (const pair of suite.pairs) {
    const listed = PEER_DISAGREEMENTS[pair.id];
    try {
      const report = diffDocuments(loadDocument(resolve(CORPUS, pair.base)), loadDocument(resolve(CORPUS, pair.revision)), { now: NOW });
      if (report.breaking === pair.expectBreaking) {
        if (listed) stale.push(`  STALE disagreement entry ${pair.id}: we now agree with the peer; remove it from peer-disagreements.ts`);
        continue;
      }
      const ids = report.changes.filter((c) => c.level === 'breaking').map((c) => c.id);
      const line = `${pair.id} ${pair.base} → ${pair.revision}: expected ${pair.expectBreaking ? 'breaking' : 'non-breaking'}${ids.length ? `, got ${[...new Set(ids)].join(', ')}` : ''}`;
      if (listed) disagreements.push(`  ${listed.kind.padEnd(19)} ${pair.id}: ${listed.reason}`);
      else misses.push(`  MISS${pair.nonDefault ? ' (peer needs non-default options)' : ''} ${line}`);
    } catch (err) {
      misses.push(`  ERROR ${pair.id} ${pair.base} → ${pair.revision}: ${(err as Error).message}`);
    }
  }
  const total = suite.pairs.length;
  const agree = total - misses.length - disagreements.length;
  const rate = total ? (agree + disagreements.length) / total : 1;
  const ok = rate >= suite.target && stale.length === 0;
  const pct = (n: number): string => `${((n / Math.max(1, total)) * 100).toFixed(1)} %`;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${suite.name}: ${agree + disagreements.length}/${total} = ${pct(agree + disagreements.length)} (target ${suite.target * 100} %)`);
  console.log(`     same verdict as the peer: ${agree}/${total} = ${pct(agree)}; justified disagreements: ${disagreements.length}; misses: ${misses.length}`);
  const plain = suite.pairs.filter((p) => !p.nonDefault);
  const plainMisses = misses.filter((m) => !m.includes('non-default')).length;
  console.log(`     with the peer's default options only: ${plain.length - plainMisses}/${plain.length} = ${((plain.length - plainMisses) / Math.max(1, plain.length) * 100).toFixed(1)} % (disagreements counted as agreeing)`);
  misses.forEach((m) => console.log(m));
  if (disagreements.length) console.log('     disagreements (scripts/peer-disagreements.ts):');
  disagreements.forEach((d) => console.log(d));
  stale.forEach((m) => console.log(m));
  return ok;
}

if (!existsSync(CORPUS)) {
  console.log(`peer-check skipped: ${CORPUS} not found (set REGISTRY_SHARED_DIR)`);
} else {
  const suites = [...oasdiffSuites(), openapiDiffSuite(), ...EXTRA_SUITES.flatMap((f) => f())];
  const results = suites.map(run);
  console.log('AsyncAPI (@asyncapi/diff) per-change agreement:');
  const a = changeAgreement((line) => console.log(line));
  console.log(`INFO @asyncapi/diff per-change agreement: detected ${a.detected}/${a.counted}, same class ${a.classified}/${a.counted} (deliberate divergences excluded)`);
  process.exitCode = results.every(Boolean) ? 0 : 1;
}
