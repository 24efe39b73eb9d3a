import { DataSource } from 'typeorm';
import { ANTRAG_HOTFIX, SEARCH_FIXTURES } from '../factories/search-fixtures.js';
import { makeOpenApi } from '../factories/documents.js';
import { bearer, gql, putDocument, startTestApp, type TestApp } from '../support/test-app.js';

interface Hit {
  score: number;
  component: { slug: string };
  contract: { name: string };
  version: { version: string; kind: string };
  matches: { kind: string; label: string; snippet: string | null }[];
}
type SearchData = { searchContracts: { edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

const SEARCH = `query($q: String!, $f: ContractSearchFilter, $first: Int, $after: String) {
  searchContracts(query: $q, filter: $f, first: $first, after: $after) {
    edges { cursor node { score component { slug } contract { name } version { version kind } matches { kind label snippet } } }
    pageInfo { hasNextPage endCursor }
  } }`;

async function publish(t: TestApp, component: string, contract: string, version: string, document: string): Promise<void> {
  const res = await putDocument(t, `/api/v1/components/${component}/contracts/${contract}/versions/${version}`, document, 'application/yaml', bearer());
  if (res.status !== 201) throw new Error(`publish ${component}/${contract}@${version}: ${res.status} ${await res.text()}`);
}

describe('searchContracts over HTTP', () => {
  let sut: TestApp;
  const search = async (q: string, f?: Record<string, unknown>, first = 10) => {
    const res = await gql<SearchData>(sut, SEARCH, { q, f, first });
    expect(res.errors).toBeUndefined();
    return res.data!.searchContracts.edges.map((e) => e.node);
  };
  const top = async (q: string, f?: Record<string, unknown>) => {
    const [hit] = await search(q, f);
    return hit ? `${hit.component.slug}/${hit.contract.name}` : null;
  };

  beforeAll(async () => {
    // This file publishes ~60 versions and runs ~80 searches within a minute: lift the rate limits.
    sut = await startTestApp({ REGISTRY_RATE_LIMIT_WRITES: '10000', REGISTRY_RATE_LIMIT_WRITES_PER_IP: '10000', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '10000' });
    for (const c of SEARCH_FIXTURES) {
      const created = await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: c.input }, bearer());
      expect(created.errors).toBeUndefined();
      for (const k of c.contracts) for (const v of k.versions) await publish(sut, c.input.slug, k.name, v.version, v.document);
    }
    await publish(sut, 'antragsservice', 'antrag-api', ANTRAG_HOTFIX.version, ANTRAG_HOTFIX.document);
  });
  afterAll(() => sut.close());

  it.each([
    ['Antrag einreichen', 'antragsservice/antrag-api'],
    ['Anträge einreichen', 'antragsservice/antrag-api'],
    ['/antraege/{id}/status', 'antragsservice/antrag-api'],
    ['AntragEingegangen', 'antragsservice/antrag-events'],
    ['Statusänderung Ereignis', 'antragsservice/antrag-events'],
    ['Hundesteur', 'hundesteuer/anmeldung-api'],
    ['steuer', 'hundesteuer/anmeldung-api'],
    ['Hunderasse', 'hundesteuer/anmeldung-api'],
    ['Unwetterwarnung', 'wetterdienst/warn-api'],
    ['payment received', 'zahlungsverkehr/zahlung-events'],
    ['kassenzeichen', 'zahlungsverkehr/zahlung-events'],
    ['Bürgerpostfach', 'buergerpostfach/postfach-api'],
    ['postfach nachricht senden', 'buergerpostfach/postfach-api'],
    ['EUDI Wallet', 'antragsservice/antrag-api'],
    ['openIdConnect', 'antragsservice/antrag-api'],
  ])('ranks the expected contract first for %s', async (query, expected) => {
    expect(await top(query)).toBe(expected);
  });

  it('finds short-word typos, umlaut plurals, unknown compounds and English, and says how each hit matched', async () => {
    // both contracts of the Antragsservice are about Anträge
    expect(await top('Antrg')).toMatch(/^antragsservice\//);
    expect(await top('Antarg')).toMatch(/^antragsservice\//);
    expect(await top('Hunderassen')).toBe('hundesteuer/anmeldung-api');
    expect(await top('dog tax')).toBe('hundesteuer/anmeldung-api');
    const res = await gql<{ searchContracts: { edges: { node: { matchedTerms: { term: string; matchedAs: string; via: string }[] } }[] } }>(sut,
      '{ searchContracts(query: "Antarg", first: 1) { edges { node { matchedTerms { term matchedAs via } } } } }');
    expect(res.data!.searchContracts.edges[0].node.matchedTerms).toContainEqual({ term: 'antarg', matchedAs: 'TYPO', via: 'antrag' });
  });

  it('answers hostile queries (500-letter words, eight unknown short words) quickly and without errors', async () => {
    for (const q of ['ä'.repeat(499), `${'Pegel'.repeat(99)}s`, 'qwxz vbnm zxcq wqrt plkj mnbv trew ytre']) {
      const started = performance.now();
      const res = await gql(sut, SEARCH, { q, first: 5 });
      expect(res.errors).toBeUndefined();
      expect(performance.now() - started).toBeLessThan(3000);
    }
  });

  it('returns the matched elements with highlighted snippets', async () => {
    const [hit] = await search('AntragEingegangen');
    expect(hit.matches[0]).toMatchObject({ kind: 'MESSAGE', label: 'AntragEingegangen' });
    expect(hit.matches[0].snippet).toContain('<mark>AntragEingegangen</mark>');
    const [api] = await search('Antrag einreichen');
    expect(api.matches.map((m) => `${m.kind} ${m.label}`)).toContain('OPERATION POST /antraege');
    expect(api.matches.find((m) => m.label === 'POST /antraege')?.snippet).toContain('<mark>einreichen</mark>');
  });

  it('searches the latest version by default; a later hotfix of an older major does not become latest', async () => {
    const hits = await search('Antrag einreichen');
    expect(hits.filter((h) => h.contract.name === 'antrag-api').map((h) => h.version.version)).toEqual(['2.0.0']);
    expect(await search('Quellcodeprüfung')).toEqual([]);
    const all = await search('Quellcodeprüfung', { allVersions: true });
    expect(all.map((h) => h.version.version)).toEqual(['1.0.1']);
  });

  it('filters by kind, layer, owner, tags, spec version and operation pattern', async () => {
    const slugs = async (q: string, f: Record<string, unknown>) => (await search(q, f)).map((h) => `${h.component.slug}/${h.contract.name}`);
    expect(await slugs('Antrag', { kind: ['ASYNCAPI'] })).toEqual(['antragsservice/antrag-events']);
    expect(await slugs('Antrag', { operation: 'POST /antraege*' })).toEqual(['antragsservice/antrag-api']);
    expect(await slugs('Antrag', { operation: '/antraege/{id}/status' })).toEqual(['antragsservice/antrag-api']);
    expect(await slugs('Antrag', { operation: 'SEND antraege*' })).toEqual(['antragsservice/antrag-events']);
    // One direction vocabulary across AsyncAPI 2.x and 3.x: the 2.x `subscribe` is the component's send.
    expect(await slugs('Zahlung', { operation: 'SEND payments/*' })).toEqual(['zahlungsverkehr/zahlung-events']);
    expect(await slugs('Zahlung', { operation: 'SUBSCRIBE payments/*' })).toEqual(['zahlungsverkehr/zahlung-events']);
    expect(await slugs('Zahlung', { operation: 'RECEIVE payments/*' })).toEqual([]);
    expect((await search('payment received'))[0].matches.map((m) => m.label)).toContain('SEND payments/received');
    expect(await slugs('warnungen', { specVersion: ['2.0'] })).toEqual(['wetterdienst/warn-api']);
    expect(await slugs('Steuer', { layer: ['payment'] })).toEqual([]);
    expect(await slugs('eingegangen', { ownerOrganisation: ['Land Musterland'], tags: ['zahlung'] })).toEqual(['zahlungsverkehr/zahlung-events']);
  });

  it('applies the EUDI conformance filter (no records here) and refuses maturityLevel clearly until it exists', async () => {
    expect(await search('Antrag', { eudiConformance: { role: ['RELYING_PARTY'] } })).toEqual([]);
    const res = await gql(sut, SEARCH, { q: 'Antrag', f: { maturityLevel: ['HIGH'] } });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(res.errors?.[0].message).toContain('maturityLevel');
  });

  it('finds a component by fields changed after publishing', async () => {
    expect(await search('Pollenflug')).toEqual([]);
    const res = await gql(sut, 'mutation { updateComponent(slug: "wetterdienst", input: { description: "Pollenflug und Warnungen" }) { slug } }', {}, bearer());
    expect(res.errors).toBeUndefined();
    expect(await top('Pollenflug')).toBe('wetterdienst/warn-api');
  });

  it('pages through hits with a cursor', async () => {
    const first = await gql<SearchData>(sut, SEARCH, { q: 'Antrag', first: 1 });
    const page = first.data!.searchContracts;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await gql<SearchData>(sut, SEARCH, { q: 'Antrag', first: 1, after: page.pageInfo.endCursor });
    expect(second.data!.searchContracts.edges[0].node.contract.name).not.toBe(page.edges[0].node.contract.name);
  });

  it('supports the same filters on components', async () => {
    const res = await gql<{ components: { edges: { node: { slug: string } }[] } }>(sut,
      '{ components(filter: { operation: "POST /antraege*" }) { edges { node { slug } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.components.edges.map((e) => e.node.slug)).toEqual(['antragsservice']);
    const spec = await gql<{ components: { edges: { node: { slug: string } }[] } }>(sut,
      '{ components(filter: { specVersion: ["2.6"], kind: ["ASYNCAPI"] }) { edges { node { slug } } } }');
    expect(spec.data!.components.edges.map((e) => e.node.slug)).toEqual(['zahlungsverkehr']);
  });

  it('rejects oversized pages and malformed operation patterns with BAD_REQUEST', async () => {
    expect((await gql(sut, SEARCH, { q: 'Antrag', first: 101 })).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect((await gql(sut, SEARCH, { q: 'Antrag', f: { operation: 'POST /a /b' } })).errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  describe('query limits', () => {
    it('rejects a too deep query with QUERY_TOO_COMPLEX', async () => {
      const deep = '{ components { edges { node { contracts { component { contracts { component { contracts { component { contracts { name } } } } } } } } } } }';
      const res = await gql(sut, deep);
      expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('rejects too many aliases with QUERY_TOO_COMPLEX', async () => {
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: component(slug: "x") { slug }`).join(' ');
      expect((await gql(sut, `{ ${aliases} }`)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('rejects a token flood with QUERY_TOO_COMPLEX', async () => {
      const fields = Array.from({ length: 1100 }, () => 'slug').join(' ');
      expect((await gql(sut, `{ component(slug: "x") { ${fields} } }`)).errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('rejects deeply nested introspection (MaxIntrospectionDepthRule) with QUERY_TOO_COMPLEX', async () => {
      const q = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
      const res = await gql(sut, q);
      expect(res.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('still answers the standard introspection depth', async () => {
      const res = await gql(sut, '{ __schema { queryType { name } types { name fields { name type { name ofType { name ofType { name } } } } } } }');
      expect(res.errors).toBeUndefined();
    });
  });

  it('lists 50 components with contracts and latest versions in a bounded number of SQL statements', async () => {
    for (let i = 0; i < 45; i++) {
      const slug = `komponente-${String(i).padStart(2, '0')}`;
      await gql(sut, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: { slug, name: `Komponente ${i}`, layer: 'infrastructure' } }, bearer());
      await publish(sut, slug, 'api', '1.0.0', makeOpenApi({ title: `Dienst ${i}` }));
    }
    const ds = sut.app.get(DataSource);
    const logger = ds.logger as { logQuery: (...args: unknown[]) => unknown };
    const original = logger.logQuery.bind(logger);
    let statements = 0;
    logger.logQuery = (...args: unknown[]) => { statements++; return original(...args); };
    const count = async (first: number) => {
      statements = 0;
      const res = await gql<{ components: { edges: unknown[] } }>(sut,
        `{ components(first: ${first}) { edges { node { slug contracts { name component { slug } latestVersion { version } versions { version } } } } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data!.components.edges).toHaveLength(first);
      return statements;
    };
    try {
      const small = await count(5);
      const large = await count(50);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(5);
      statements = 0;
      await search('Dienst', undefined, 50);
      expect(statements).toBeLessThanOrEqual(6);
    } finally {
      logger.logQuery = original;
    }
  });
});
