// The AsyncAPI engine against the shared corpus (../shared/corpus/asyncapi):
// (1) every complete 2.x/3.x document diffs against itself with zero changes and without error;
// (2) each official example's 2.6.0 → 3.0.0 pair reports no breaking change.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadDocument } from '../../support/asyncapi-fixtures.js';
import { describeWithShared } from '../../support/shared-corpus.js';
import { diffAsyncApi } from '../../../src/compatibility/engine/diff-asyncapi.js';

const walk = (dir: string): string[] => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path) : [path];
});

function tryLoad(path: string): unknown {
  try {
    return loadDocument(path);
  } catch {
    return undefined; // not YAML/JSON at all: not a document this test is about
  }
}

/** Complete documents: an `asyncapi` 2.x/3.x version and an `info` object. */
function isCompleteDocument(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null) return false;
  const d = doc as { asyncapi?: unknown; info?: unknown };
  return typeof d.asyncapi === 'string' && /^[23]\./.test(d.asyncapi) && typeof d.info === 'object';
}

describeWithShared('corpus/asyncapi', 'AsyncAPI corpus: every document diffs against itself with zero changes', (dir) => {
  const docs = walk(dir).filter((p) => /\.(ya?ml|json)$/.test(p) && isCompleteDocument(tryLoad(p)));

  it('finds the corpus documents (spec examples, version series, parser-js, spec-json-schemas)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(150);
  });

  it.each(docs.map((p) => [relative(dir, p), p]))('%s', (_name, path) => {
    const doc = loadDocument(path);
    const report = diffAsyncApi(doc, structuredClone(doc));
    expect(report.changes).toEqual([]);
  });
});

/**
 * Upstream examples whose 3.0.0 version really changed something besides the spec version. None is
 * breaking; the non-info changes are pinned here so a new one shows up. See docs/asyncapi-compatibility.md.
 */
const UPSTREAM_DIFFERENCES: Record<string, string[]> = {
  // HTTP operation binding `type: response` became `method: POST`; the message bindings were
  // un-nested (2.6 had `http: { http: { headers } }`).
  'gitter-streaming': ['bindings-changed', 'bindings-changed', 'bindings-changed'],
  // The Content-Type header moved from the HTTP operation binding into the message headers.
  'operation-security': ['bindings-changed'],
  // The AMQP `replyTo` message binding was dropped (3.0 expresses the reply with `reply`).
  'rpc-client': ['bindings-changed'],
  'rpc-server': ['bindings-changed'],
};

describeWithShared('corpus/asyncapi/versions', 'AsyncAPI 2.6.0 → 3.0.0 migrations report no breaking change', (dir) => {
  const pairs = readdirSync(dir).filter((n) => statSync(join(dir, n)).isDirectory()).sort().flatMap((example) => {
    const files = readdirSync(join(dir, example));
    const v26 = files.find((f) => f.includes('asyncapi-2.6.0'));
    const v30 = files.find((f) => f.includes('asyncapi-3.0.0'));
    // adeo and both kraken examples exist only from 3.0.0 on: no 2.6.0 version to compare.
    return v26 && v30 ? [[example, join(dir, example, v26), join(dir, example, v30)]] : [];
  });

  it('finds the example pairs', () => {
    expect(pairs.length).toBe(16);
  });

  it.each(pairs)('%s', (example, v26, v30) => {
    const report = diffAsyncApi(loadDocument(v26), loadDocument(v30));
    expect(report.breaking).toBe(false);
    expect(report.changes.filter((c) => c.level !== 'info').map((c) => c.id)).toEqual(UPSTREAM_DIFFERENCES[example] ?? []);
  });
});
