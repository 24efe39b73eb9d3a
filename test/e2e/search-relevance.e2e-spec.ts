import { resolve } from 'node:path';
import { loadRelevanceCorpus, measureRelevance, relevanceCorpusDir, RELEVANCE_TARGETS, formatReport, type RelevanceReport } from '../../scripts/relevance.js';
import { RELEVANCE_SET } from '../../scripts/relevance-set.js';
import { ExampleSeeder } from '../../src/examples/example-seeder.js';
import { gql, startTestApp, type TestApp } from '../support/test-app.js';

// Issue 22: the relevance set over the bundesAPI corpus (../shared/corpus) plus the example contracts.
const CORPUS = relevanceCorpusDir(resolve(import.meta.dirname, '..', '..'));
const skipNote = CORPUS ? '' : ' (skipped: ../shared/corpus/openapi/german-public not found; set REGISTRY_SHARED_DIR)';

type Explained = { searchContracts: { edges: { node: { component: { slug: string }; matchedTerms: { term: string; matchedAs: string; via: string }[] } }[] } };
const EXPLAIN = `query($q: String!) { searchContracts(query: $q, first: 5) { edges { node { component { slug } matchedTerms { term matchedAs via } } } } }`;

(CORPUS ? describe : describe.skip)(`search relevance over the bundesAPI corpus${skipNote}`, () => {
  let sut: TestApp;
  let report: RelevanceReport;
  const explain = async (q: string, slug: string) => {
    const res = await gql<Explained>(sut, EXPLAIN, { q });
    expect(res.errors).toBeUndefined();
    return res.data!.searchContracts.edges.find((e) => e.node.component.slug === slug)?.node.matchedTerms ?? [];
  };

  beforeAll(async () => {
    sut = await startTestApp({
      REGISTRY_RATE_LIMIT_WRITES: '100000', REGISTRY_RATE_LIMIT_WRITES_PER_IP: '100000', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '100000',
    });
    await sut.app.get(ExampleSeeder).seed(); // the embedded database seeds itself; PostgreSQL does not
    const loaded = await loadRelevanceCorpus(sut.baseUrl, sut.adminToken, CORPUS!);
    expect(loaded.published).toBeGreaterThanOrEqual(30);
    report = await measureRelevance(sut.baseUrl, sut.adminToken);
  }, 240_000);
  afterAll(() => sut?.close());

  it('has at least 60 queries over every category, the queries of the issue among them', () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(60);
    expect(new Set(RELEVANCE_SET.map((q) => q.category))).toEqual(new Set(['german', 'english', 'typo', 'compound', 'plural', 'operation', 'channel', 'path']));
    const named = RELEVANCE_SET.filter((q) => q.issue).map((q) => `${q.query}${q.filter ? ` ${String(q.filter.operation)}` : ''}`);
    expect(named).toEqual(expect.arrayContaining(['Antrg', 'Antarg', 'Pegelstand', 'Pegelstnd', 'Wasserstände', 'Wasserstand', 'holidays',
      'water level', 'weather warning', 'Zahlung SEND zahlung.*', 'Feirtage', 'Hundesteur', 'Lebensmittel', 'Lebensmittelwarnungen']));
  });

  it('meets recall@5 ≥ 0.95 and MRR ≥ 0.85, and finds every query of the issue in the top 5', () => {
    const missed = report.results.filter((r) => r.issue && !(r.rank && r.rank <= 5));
    expect({ missed: missed.map((m) => m.query), report: formatReport(report).split('\n').slice(-1)[0] }).toEqual({ missed: [], report: expect.any(String) });
    expect(report.recallAt5).toBeGreaterThanOrEqual(RELEVANCE_TARGETS.recallAt5);
    expect(report.mrr).toBeGreaterThanOrEqual(RELEVANCE_TARGETS.mrr);
  });

  it('says for each hit which words matched how', async () => {
    expect(await explain('Antrg', 'antragsservice')).toContainEqual({ term: 'antrg', matchedAs: 'TYPO', via: 'antrag' });
    expect(await explain('Antarg', 'antragsservice')).toContainEqual({ term: 'antarg', matchedAs: 'TYPO', via: 'antrag' });
    expect(await explain('Pegelstand', 'pegel-online-api')).toContainEqual({ term: 'pegelstand', matchedAs: 'COMPOUND_PART', via: 'pegel + stand' });
    expect(await explain('holidays', 'feiertage-api')).toContainEqual({ term: 'holidays', matchedAs: 'TRANSLATION', via: 'Feiertag' });
    expect(await explain('water level', 'pegel-online-api')).toContainEqual(expect.objectContaining({ term: 'water level', matchedAs: 'TRANSLATION' }));
    expect(await explain('Feiertage', 'feiertage-api')).toContainEqual(expect.objectContaining({ term: 'feiertage', matchedAs: 'EXACT' }));
    expect((await explain('Lebensmittel', 'lebensmittelwarnung-api')).map((m) => m.matchedAs)).toEqual(expect.arrayContaining(['COMPOUND_PART']));
  });
});
