import { readFileSync } from 'node:fs';
import { ExampleSeeder } from '../../src/examples/example-seeder.js';
import { projectPath } from '../../src/common/project-path.js';
import { bearer, gql, putDocument, startTestApp, type TestApp } from '../support/test-app.js';

const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const KIB = 1024;
// JavaScript budget per page (README "Web catalogue"): the catalogue script on every page; the
// documentation renderer only on the version page; GraphiQL only on /graphql.
const BUDGET = {
  catalogue: { js: 16 * KIB, gzip: 6 * KIB },
  'openapi-docs': { js: 6 * KIB * KIB, gzip: 1.75 * KIB * KIB },
  'asyncapi-docs': { js: 3.5 * KIB * KIB, gzip: 0.8 * KIB * KIB },
  graphiql: { js: 1.5 * KIB * KIB, gzip: 0.5 * KIB * KIB },
} as const;

const scriptsOf = (body: string) => [...body.matchAll(/<script[^>]*src="\/assets\/([a-z-]+)-[A-Z0-9]+\.js"/g)].map((m) => m[1]);

describe('web catalogue over HTTP', () => {
  let t: TestApp;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${t.baseUrl}${path}`, { headers });

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ExampleSeeder).seed();
    const r = await gql(t, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', {
      i: { slug: 'hostile', name: `H ${HOSTILE}`, layer: 'submission', description: HOSTILE },
    }, bearer());
    expect(r.errors).toBeUndefined();
  }, 120_000);
  afterAll(() => t.close());

  it('serves the start page at / in German with a same-origin-only CSP and no external asset', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    const body = await res.text();
    expect(body).toContain('<html lang="de">');
    expect(body).toContain('Schichten des Deutschland-Stacks');
    expect(body).not.toMatch(/<(script|link)[^>]+(src|href)="(https?:)?\/\//);
    expect(scriptsOf(body)).toEqual(['catalogue']);
  });

  it('switches to English with ?lang=en and keeps it in links', async () => {
    const body = await (await get('/components/antragsservice?lang=en')).text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('Owner organisation');
    expect(body).toContain('href="/components/antragsservice/contracts/antrag-api/versions/2.0.0?lang=en"');
  });

  it('shows hostile component texts as text', async () => {
    const body = await (await get('/components/hostile')).text();
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
  });

  it('searches with highlighted matches and the searchContracts filters', async () => {
    const body = await (await get('/?q=Antrag&kind=ASYNCAPI')).text();
    expect(body).toContain('<mark>');
    expect(body).toContain('antrag-events');
    expect(body).not.toContain('antrag-api 2.0.0');
    const bad = await get('/?q=%21%21%21'); // no words: the search's BAD_REQUEST, shown on the page
    expect(bad.status).toBe(200);
    expect(await bad.text()).toContain('notice-error');
  });

  it('renders a version with its data island, downloads, CLI command and only there the renderer', async () => {
    const res = await get('/components/antragsservice/contracts/antrag-api/versions/2.0.0');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
    const body = await res.text();
    expect(scriptsOf(body)).toEqual(['catalogue', 'openapi-docs']);
    const island = /<script type="application\/json" id="contract-document">([^<]*)<\/script>/.exec(body);
    expect(JSON.parse(island![1]).info.version).toBe('2.0.0');
    expect(body).toContain('href="/api/v1/components/antragsservice/contracts/antrag-api/versions/2.0.0?format=json"');
    expect(body).toContain('contract-registry check --url');
    expect([...body.matchAll(/<li>(?:<span aria-current="page"><strong>)?<?a?[^>]*>?(\d+\.\d+\.\d+)/g)].length).toBeGreaterThan(0);
    expect(body.indexOf('2.0.0</strong>')).toBeLessThan(body.indexOf('>1.1.0</a>'));
    const async = await get('/components/antragsservice/contracts/antrag-events/versions/1.1.0');
    expect(scriptsOf(await async.text())).toEqual(['catalogue', 'asyncapi-docs']);
  });

  it('groups the diff of 1.0.0 and 2.0.0 with links to operations and document lines', async () => {
    const body = await (await get('/components/antragsservice/contracts/antrag-api/diff?from=1.0.0&to=2.0.0')).text();
    expect(body).toMatch(/Brechende Änderungen <span class="count">\(2\)<\/span>/);
    expect(body).toContain('/versions/1.0.0/source#L');
    expect(body).toContain('/versions/2.0.0#el-post-antraege');
    expect(scriptsOf(body)).toEqual(['catalogue']);
    expect((await get('/components/antragsservice/contracts/antrag-api/diff?from=1.0.0')).status).toBe(400);
  });

  it('shows guideline score and findings on the version page, hostile finding messages as text', async () => {
    // The server URL lands in the dstack-servers-https message ("server URL {{value}} does not use https").
    const doc = JSON.stringify({
      openapi: '3.0.3', info: { title: 'Lint probe', version: '1.0.0' }, servers: [{ url: `http://probe.example/${HOSTILE}` }],
      paths: { '/antraege': { get: { responses: { 200: { description: 'ok' } } } } },
    }, null, 2);
    expect((await putDocument(t, '/api/v1/components/hostile/contracts/lint-probe/versions/1.0.0', doc, 'application/json', bearer())).status).toBe(201);
    const body = await (await get('/components/hostile/contracts/lint-probe/versions/1.0.0')).text();
    expect(body).toContain('<h2 id="guidelines-heading">Richtlinien</h2>');
    expect(body).toMatch(/data-testid="guideline-score">\d+ \/ 100</);
    expect(body).toContain('<code>dstack</code> 1.0.0');
    expect(body).toContain('<code>dstack-info-license</code>');
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain(`server URL http://probe.example/&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; does not use https`);
    const line = doc.split('\n').findIndex((l) => l.includes('"url"')) + 1;
    expect(body).toContain(`href="/components/hostile/contracts/lint-probe/versions/1.0.0/source#L${line}"`);
    const component = await (await get('/components/hostile')).text();
    expect(component).toMatch(/Richtlinien \d+ \/ 100/);
  });

  it('says "not linted" when the policy is OFF, and filters the search by guidelineScoreAtLeast', async () => {
    const off = await gql(t, 'mutation { setGuidelinePolicy(input: { component: "hostile", contract: "unlinted", mode: OFF }) { mode } }', {}, bearer());
    expect(off.errors).toBeUndefined();
    const doc = JSON.stringify({ openapi: '3.0.3', info: { title: 'Unlinted', version: '1.0.0' }, paths: {} });
    expect((await putDocument(t, '/api/v1/components/hostile/contracts/unlinted/versions/1.0.0', doc, 'application/json', bearer())).status).toBe(201);
    const en = await (await get('/components/hostile/contracts/unlinted/versions/1.0.0?lang=en')).text();
    expect(en).toContain('data-testid="guidelines-none">Not linted');
    const all = await (await get('/?q=Antrag')).text();
    expect(all).toContain('antrag-api 2.0.0');
    const none = await (await get('/?q=Antrag&guidelineScoreAtLeast=100')).text();
    expect(none).toContain('id="guidelineScoreAtLeast" name="guidelineScoreAtLeast" type="number" min="0" max="100" step="1" inputmode="numeric" placeholder="0–100" value="100"');
    expect(none).not.toContain('antrag-api 2.0.0');
    const bad = await get('/?q=Antrag&guidelineScoreAtLeast=abc');
    expect(bad.status).toBe(200);
    expect(await bad.text()).toContain('guidelineScoreAtLeast must be a whole number from 0 to 100');
  });

  it('answers unknown pages with an HTML 404', async () => {
    const res = await get('/components/nope');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('shows the conformance matrix', async () => {
    const body = await (await get('/conformance')).text();
    expect(body).toContain('eudi-pid-issuer');
    expect(body).toContain('badge-stale');
  });

  it('serves GraphiQL to browsers at /graphql and leaves the API as it was', async () => {
    const page = await get('/graphql', { accept: 'text/html,application/xhtml+xml' });
    expect(page.status).toBe(200);
    const body = await page.text();
    expect(scriptsOf(body)).toEqual(['graphiql']);
    expect(body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const api = await gql(t, '{ components(first: 1) { edges { node { slug } } } }');
    expect(api.errors).toBeUndefined();
    // Apollo's CSRF prevention still refuses a simple GET query without the preflight header.
    expect((await get('/graphql?query=%7B__typename%7D')).status).toBe(400);
  });

  it('serves only built assets, compressed, within the JavaScript budget', async () => {
    const manifest = JSON.parse(readFileSync(projectPath('dist', 'catalogue-assets', 'manifest.json'), 'utf8')).entries;
    for (const [name, budget] of Object.entries(BUDGET)) {
      expect({ name, js: manifest[name].jsBytes <= budget.js, gzip: manifest[name].jsGzipBytes <= budget.gzip }).toEqual({ name, js: true, gzip: true });
    }
    const res = await get(`/assets/${manifest.catalogue.js}`, { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect((await get('/assets/..%2Fmanifest.json')).status).toBe(404);
    expect((await get('/assets/manifest.json')).status).toBe(404);
  });
});

describe('web catalogue with anonymous reads off', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REGISTRY_ANONYMOUS_READ: 'false' });
    await t.app.get(ExampleSeeder).seed();
  }, 120_000);
  afterAll(() => t.close());

  it('asks for a token before showing anything', async () => {
    for (const path of ['/', '/components/antragsservice', '/conformance', '/components/antragsservice/contracts/antrag-api/versions/2.0.0']) {
      const res = await fetch(`${t.baseUrl}${path}`);
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
      const body = await res.text();
      expect(body).toContain('id="sign-in-form"');
      expect(body).not.toContain('Antragsservice');
    }
    const bad = await fetch(`${t.baseUrl}/`, { headers: bearer('dsr_not-a-real-token-0123456789abcdefghij') });
    expect(bad.status).toBe(401);
  });

  it('shows the pages with a bearer token', async () => {
    const res = await fetch(`${t.baseUrl}/components/antragsservice`, { headers: bearer(t.adminToken) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<h1 tabindex="-1">Antragsservice</h1>');
  });
});
