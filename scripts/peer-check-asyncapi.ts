// AsyncAPI part of the peer check: the engine against @asyncapi/diff's own test pairs in
// ../shared/corpus/breaking/asyncapi-diff (EXPECTATIONS.asyncapi-diff.json), reported separately.
// Two measures: the verdict (breaking or not) per pair, and per expected change whether we report a
// change at that place (detection) with a matching class (breaking ↔ breaking, non-breaking ↔
// warning/info, unclassified ↔ any). Deliberate divergences are listed, not counted as misses.
// `asyncApiPeerSuites()` plugs into scripts/peer-check.ts; run alone: npm run test:peer:asyncapi.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadDocument } from '../src/cli/load-document.js';
import type { Change } from '../src/compatibility/engine/change.js';
import { DiffInputError, diffDocuments } from '../src/compatibility/engine/index.js';

const CORPUS = resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus');

interface Expected { action: string; path: string; type: 'breaking' | 'non-breaking' | 'unclassified' }
interface PeerPair { pair: string; old: string; new: string; breaking: boolean | null; expected_changes?: Expected[]; expected_error?: string }

/** Same shape as the Suite of scripts/peer-check.ts. */
export interface PeerSuite {
  name: string;
  target: number;
  pairs: Array<{ id: string; base: string; revision: string; expectBreaking: boolean }>;
}

/** Where we disagree with @asyncapi/diff on purpose (docs/asyncapi-compatibility.md, "Peer differences"). */
export const DELIBERATE: Record<string, string> = {
  'asyncapi-diff-mixed-versions': 'we compare 2.x with 3.x on one model (migrations must be diffable); @asyncapi/diff refuses',
  '/info/version': 'info.version is documentation (info); @asyncapi/diff calls it breaking',
  '/channels/user/address': "'users.{userId}' → 'users.{userid}' renames a parameter only; the wire address is unchanged",
};

function pairs(): PeerPair[] {
  const file = resolve(CORPUS, 'breaking', 'EXPECTATIONS.asyncapi-diff.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { pairs: PeerPair[] }).pairs;
}

export function asyncApiPeerSuites(): PeerSuite[] {
  return [{
    name: '@asyncapi/diff: breaking verdict per pair', target: 1,
    pairs: pairs().filter((p) => typeof p.breaking === 'boolean')
      .map((p) => ({ id: p.pair, base: p.old, revision: p.new, expectBreaking: p.breaking === true })),
  }];
}

const classOk = (e: Expected, c: Change): boolean =>
  e.type === 'unclassified' || (e.type === 'breaking') === (c.level === 'breaking');
const near = (path: string, pointer: string): boolean =>
  path === pointer || path.startsWith(`${pointer}/`) || pointer.startsWith(`${path}/`);

/** Per-change agreement; returns [detected, classified, counted] and prints every miss. */
export function changeAgreement(log: (line: string) => void = console.log): { detected: number; classified: number; counted: number } {
  let detected = 0; let classified = 0; let counted = 0;
  for (const p of pairs()) {
    const load = (f: string): unknown => loadDocument(resolve(CORPUS, f));
    let changes: Change[];
    try {
      changes = diffDocuments(load(p.old), load(p.new)).changes;
    } catch (err) {
      log(`  ${p.pair}: ${err instanceof DiffInputError ? 'rejected' : 'ERROR'}: ${(err as Error).message}`);
      continue;
    }
    if (p.expected_error) {
      log(`  DIVERGES ${p.pair}: ${DELIBERATE[p.pair] ?? 'expected an error'} (we report ${changes.length} changes)`);
      continue;
    }
    // Paths under /operations/*/channel/ and /channels/*/servers/<n>/ repeat a dereferenced channel
    // or server in the parser's model: the same change as the /channels or /servers one, not another.
    const duplicate = /^\/(components\/)?operations\/[^/]+\/channel\/|^\/channels\/[^/]+\/servers\/\d+\//;
    for (const e of (p.expected_changes ?? []).filter((x) => !duplicate.test(x.path))) {
      const hit = changes.filter((c) => near(e.path, c.pointer));
      const why = DELIBERATE[e.path];
      if (why) { log(`  DIVERGES ${p.pair} ${e.action} ${e.path} (${e.type}): ${why}`); continue; }
      counted++;
      if (hit.length) detected++;
      if (hit.some((c) => classOk(e, c))) classified++;
      else log(`  MISS ${p.pair} ${e.action} ${e.path} (${e.type}): ours ${hit.map((c) => `${c.id}/${c.level}`).join(', ') || 'none'}`);
    }
  }
  return { detected, classified, counted };
}

function runVerdicts(suite: PeerSuite): boolean {
  let hits = 0;
  for (const p of suite.pairs) {
    const report = diffDocuments(loadDocument(resolve(CORPUS, p.base)), loadDocument(resolve(CORPUS, p.revision)));
    if (report.breaking === p.expectBreaking) hits++;
    else console.log(`  MISS ${p.id}: expected ${p.expectBreaking ? 'breaking' : 'non-breaking'}`);
  }
  const ok = hits / Math.max(1, suite.pairs.length) >= suite.target;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${suite.name}: ${hits}/${suite.pairs.length}`);
  return ok;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (!existsSync(CORPUS)) {
    console.log(`peer-check (AsyncAPI) skipped: ${CORPUS} not found (set REGISTRY_SHARED_DIR)`);
  } else {
    const ok = asyncApiPeerSuites().map(runVerdicts).every(Boolean);
    const a = changeAgreement();
    console.log(`INFO @asyncapi/diff per-change agreement: detected ${a.detected}/${a.counted}, same class ${a.classified}/${a.counted} (deliberate divergences excluded)`);
    process.exitCode = ok ? 0 : 1;
  }
}
