// Loads the relevance corpus into a running registry and measures recall@5 and MRR over RELEVANCE_SET
// (issue 22). Used by `npm run bench:relevance` and by test/e2e/search-relevance.e2e-spec.ts.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { RELEVANCE_SET, type RelevanceQuery } from './relevance-set.js';

export const RELEVANCE_TARGETS = { recallAt5: 0.95, mrr: 0.85 };

/** ../shared/corpus/openapi/german-public (REGISTRY_SHARED_DIR or BENCH_CORPUS_DIR elsewhere), or null when absent. */
export function relevanceCorpusDir(projectRoot: string): string | null {
  const corpus = process.env.BENCH_CORPUS_DIR
    ?? resolve(process.env.REGISTRY_SHARED_DIR ?? resolve(projectRoot, '..', 'shared'), 'corpus');
  const dir = resolve(corpus, 'openapi', 'german-public');
  return existsSync(dir) ? dir : null;
}

interface Api { slug: string; contract: string; yaml: string }

/** Documents we wrote for the set (test/fixtures/relevance/<slug>.openapi.yaml), loaded beside the corpus. */
const OWN_FIXTURES = resolve(import.meta.dirname, '..', '..', 'test', 'fixtures', 'relevance');

function corpusApis(dir: string): Api[] {
  const out: Api[] = [];
  const own = existsSync(OWN_FIXTURES) ? OWN_FIXTURES : resolve(import.meta.dirname, '..', 'test', 'fixtures', 'relevance');
  for (const file of readdirSync(own).filter((f) => f.endsWith('.openapi.yaml')).sort()) {
    out.push({ slug: file.replace('.openapi.yaml', ''), contract: 'api', yaml: readFileSync(resolve(own, file), 'utf8') });
  }
  for (const slug of readdirSync(dir).sort()) {
    for (const [file, contract] of [['openapi.yaml', 'api'], ['openapi_en.yaml', 'api-en']]) {
      const path = resolve(dir, slug, file);
      if (existsSync(path)) out.push({ slug, contract, yaml: readFileSync(path, 'utf8') });
    }
  }
  return out;
}

async function post(baseUrl: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: unknown; errors?: { message: string }[] };
}

/**
 * Publishes every corpus document as version 1.0.0 of `<directory>/api` (and `api-en`). Documents the
 * registry refuses as invalid are listed in `rejected` (the set does not rely on them).
 */
export async function loadRelevanceCorpus(baseUrl: string, token: string, dir: string): Promise<{ published: number; rejected: string[] }> {
  const rejected: string[] = [];
  const apis = corpusApis(dir);
  for (const slug of [...new Set(apis.map((a) => a.slug))]) {
    const created = await post(baseUrl, token, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', {
      i: { slug, name: slug, layer: 'data-exchange', description: `bundesAPI: ${slug}`, tags: ['bundesapi'], ownerOrganisation: 'Bund' },
    });
    if (created.errors) throw new Error(`create ${slug}: ${created.errors[0].message}`);
  }
  for (const a of apis) {
    const res = await fetch(`${baseUrl}/api/v1/components/${a.slug}/contracts/${a.contract}/versions/1.0.0`, {
      method: 'PUT', headers: { 'content-type': 'application/yaml', authorization: `Bearer ${token}` }, body: a.yaml,
    });
    if (res.status === 422) rejected.push(`${a.slug}/${a.contract}`);
    else if (res.status !== 201) throw new Error(`publish ${a.slug}/${a.contract}: ${res.status} ${await res.text()}`);
  }
  return { published: apis.length - rejected.length, rejected };
}

export interface QueryResult extends RelevanceQuery {
  /** 1-based rank of the first expected component, or null when not in the first 10 hits. */
  rank: number | null;
  top: string[];
}

export interface RelevanceReport {
  results: QueryResult[];
  recallAt5: number;
  mrr: number;
}

const SEARCH = `query($q: String!, $f: ContractSearchFilter) { searchContracts(query: $q, filter: $f, first: 10) {
  edges { node { component { slug } } } } }`;

export async function measureRelevance(baseUrl: string, token: string, set: RelevanceQuery[] = RELEVANCE_SET): Promise<RelevanceReport> {
  const results: QueryResult[] = [];
  for (const rq of set) {
    const res = await post(baseUrl, token, SEARCH, { q: rq.query, f: rq.filter ?? null });
    if (res.errors) throw new Error(`query "${rq.query}": ${res.errors[0].message}`);
    const slugs = (res.data as { searchContracts: { edges: { node: { component: { slug: string } } }[] } }).searchContracts.edges.map((e) => e.node.component.slug);
    const top = [...new Set(slugs)];
    const i = top.findIndex((s) => rq.expected.includes(s));
    results.push({ ...rq, rank: i < 0 ? null : i + 1, top: top.slice(0, 5) });
  }
  const recallAt5 = results.filter((r) => r.rank !== null && r.rank <= 5).length / results.length;
  const mrr = results.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / results.length;
  return { results, recallAt5, mrr };
}

export function formatReport(r: RelevanceReport): string {
  const lines = r.results.map((x) => `${x.rank === 1 ? '  ' : x.rank && x.rank <= 5 ? ' ~' : ' ✗'} [${x.category}] "${x.query}"${x.filter ? ` ${JSON.stringify(x.filter)}` : ''} → rank ${x.rank ?? '-'} (top: ${x.top.join(', ') || 'none'})`);
  return [...lines, `queries: ${r.results.length}  recall@5: ${r.recallAt5.toFixed(3)}  MRR: ${r.mrr.toFixed(3)}  (targets ${RELEVANCE_TARGETS.recallAt5} / ${RELEVANCE_TARGETS.mrr})`].join('\n');
}
