import { readFileSync } from 'node:fs';
import { ExampleSeeder } from '../../src/examples/example-seeder.js';
import { ComponentSections } from '../../src/catalogue/sections/component-sections.js';
import { html } from '../../src/catalogue/render/html.js';
import { expectAccessible, describeBrowser, openBrowser, screenshot, type BrowserSession } from '../support/browser.js';
import { bearer, gql, putDocument, startTestApp, type TestApp } from '../support/test-app.js';


const HOSTILE = '<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';

async function seed(t: TestApp): Promise<void> {
  await t.app.get(ExampleSeeder).seed();
  // A component whose texts try to run script: they must stay text everywhere.
  const created = await gql(t, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', {
    i: { slug: 'xss-probe', name: `Probe ${HOSTILE}`, layer: 'submission', description: `Antrag ${HOSTILE}`, license: 'EUPL-1.2' },
  }, bearer());
  expect(created.errors).toBeUndefined();
  const doc = JSON.stringify({
    openapi: '3.0.3',
    info: { title: `Probe ${HOSTILE}`, version: '1.0.0', description: `Antrag ${HOSTILE}` },
    paths: { '/antraege': { post: { summary: `Antrag ${HOSTILE}`, description: `Antrag ${HOSTILE}`, responses: { 201: { description: `Antrag ${HOSTILE}` } } } } },
  });
  const res = await putDocument(t, '/api/v1/components/xss-probe/contracts/probe-api/versions/1.0.0', doc, 'application/json', bearer());
  expect(res.status).toBe(201);
}


describeBrowser('web catalogue in a real browser', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await startTestApp();
    await seed(t);
    // A later feature's section, registered the way such features will (pluggable component page).
    t.app.get(ComponentSections).register({
      id: 'test-maturity', order: 50, title: () => 'Reifegrad (Test)',
      render: ({ component }) => html`<p data-testid="maturity">Reifegrad von ${component.slug}: 3</p>`,
    });
    b = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('walks search → component → version → diff → download in German', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expect(page.locator('h2#layers-heading').textContent()).resolves.toContain('Schichten des Deutschland-Stacks');
    await expectAccessible(page, 'de-01-start');

    await page.getByLabel('Suchbegriff').fill('Antrag');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(/\?q=Antrag/);
    await expect(page.locator('#results-heading').textContent()).resolves.toMatch(/Treffer für „Antrag“/);
    expect(await page.locator('.snippet mark').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'de-02-search');

    await page.locator('.hit-meta a', { hasText: 'Antragsservice' }).first().click();
    await page.waitForURL(/\/components\/antragsservice$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Antragsservice');
    for (const id of ['facts', 'contracts', 'conformance', 'test-maturity']) await page.locator(`#section-${id}`).waitFor();
    await expect(page.locator('[data-testid=maturity]').textContent()).resolves.toBe('Reifegrad von antragsservice: 3');
    await expect(page.locator('#section-facts').textContent()).resolves.toContain('EUPL-1.2');
    await expectAccessible(page, 'de-03-component');

    await page.locator('#section-contracts a', { hasText: '2.0.0' }).first().click();
    await page.waitForURL(/antrag-api\/versions\/2\.0\.0$/);
    // Scalar renders the operations from the embedded document.
    await page.locator('#contract-docs').getByText('/antraege/{antragId}/rueckzug').first().waitFor({ timeout: 30_000 });
    expect(await page.locator('.versions li').allTextContents()).toEqual([expect.stringContaining('2.0.0'), expect.stringContaining('1.1.0'), expect.stringContaining('1.0.0')]);
    await expectAccessible(page, 'de-04-version');

    await page.getByLabel('Von').selectOption('1.0.0');
    await page.getByLabel('Nach').selectOption('2.0.0');
    await page.getByRole('button', { name: 'Vergleichen' }).click();
    await page.waitForURL(/diff\?from=1\.0\.0&to=2\.0\.0/);
    const breaking = page.locator('.diff-breaking .finding');
    expect(await breaking.count()).toBeGreaterThan(0);
    await expect(page.locator('#diff-breaking').textContent()).resolves.toContain('Brechende Änderungen');
    expect(await page.locator('.diff-breaking .finding a[href*="/source#L"]').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'de-05-diff');

    await page.locator('.diff-breaking .finding a[href*="/source#L"]').first().click();
    await page.waitForURL(/\/source#L\d+$/);
    await expectAccessible(page, 'de-06-source');

    await page.goto(`${t.baseUrl}/components/antragsservice/contracts/antrag-api/versions/2.0.0`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'wie hochgeladen' }).click()]);
    expect(download.suggestedFilename()).toBe('antrag-api-2.0.0.yaml');
    expect(readFileSync(await download.path(), 'utf8')).toBe(readFileSync('contracts/antragsservice/antrag-api/2.0.0.yaml', 'utf8'));
    expect(b.cspViolations.filter((v) => !/unsafe-eval/.test(v))).toEqual([]);
    expect(b.foreignRequests).toEqual([]);
  }, 180_000);

  it('walks the same in English', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Search term').fill('Antrag');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.locator('#results-heading').textContent()).resolves.toMatch(/results for “Antrag”/);
    await expectAccessible(page, 'en-02-search');
    await page.locator('.hit-meta a', { hasText: 'Antragsservice' }).first().click();
    await page.waitForURL(/\/components\/antragsservice\?lang=en$/);
    await expect(page.locator('#section-facts-heading').textContent()).resolves.toBe('Profile');
    await page.locator('#section-contracts a', { hasText: '2.0.0' }).first().click();
    await page.locator('#contract-docs').getByText('/antraege/{antragId}/rueckzug').first().waitFor({ timeout: 30_000 });
    await expect(page.locator('#downloads-heading').textContent()).resolves.toBe('Download');
    await page.getByLabel('From').selectOption('1.0.0');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/diff\?lang=en&from=1\.0\.0&to=2\.0\.0|diff\?from=1\.0\.0&to=2\.0\.0&lang=en/);
    await expect(page.locator('#diff-breaking').textContent()).resolves.toContain('Breaking changes');
    expect(await page.locator('.diff-breaking .finding').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'en-05-diff');
    const [download] = await Promise.all([page.waitForEvent('download'), page.goto(`${t.baseUrl}/components/antragsservice/contracts/antrag-api/versions/2.0.0?lang=en`).then(() => page.getByRole('link', { name: 'as JSON' }).click())]);
    expect(JSON.parse(readFileSync(await download.path(), 'utf8')).openapi).toMatch(/^3\./);
  }, 180_000);

  it('renders hostile texts as text: no script from a component or a contract runs', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/components/xss-probe`);
    await expect(page.locator('h1').textContent()).resolves.toBe(`Probe ${HOSTILE}`);
    await page.goto(`${t.baseUrl}/components/xss-probe/contracts/probe-api/versions/1.0.0`);
    await page.locator('#contract-docs h1, #contract-docs .section-header, #contract-docs [class*="introduction"]').first().waitFor({ timeout: 30_000 });
    await page.goto(`${t.baseUrl}/?q=Antrag`);
    await screenshot(page, 'de-07-hostile-search');
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.locator('main script').count()).toBe(0);
  }, 120_000);

  it('lists the conformance matrix and opens GraphiQL, which queries with the CSRF header', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/conformance`);
    expect(await page.locator('table.matrix tbody tr').count()).toBeGreaterThanOrEqual(5);
    await expect(page.locator('table.matrix').textContent()).resolves.toContain('Veraltet');
    await expectAccessible(page, 'de-08-conformance');

    await page.goto(`${t.baseUrl}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.result-window, .graphiql-response').getByText('antragsservice').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'de-09-graphiql');
    expect(b.foreignRequests).toEqual([]);
    expect(b.cspViolations.filter((v) => !/unsafe-eval/.test(v))).toEqual([]);
  }, 120_000);

  it('renders an AsyncAPI version with the AsyncAPI component', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/components/antragsservice/contracts/antrag-events/versions/1.1.0`);
    await page.locator('#contract-docs').getByText('StatusGeaendert').first().waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'de-12-asyncapi-version');
    expect(b.cspViolations).toEqual([]);
  }, 120_000);

  it('signs an owner in with a token (session storage, bearer header) to see the audit log', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/components/antragsservice/audit`);
    await expectAccessible(page, 'de-10-audit-signed-out');
    await page.getByLabel('API-Token').fill(t.adminToken);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.locator('#audit-log tbody tr').first().waitFor();
    await expect(page.locator('#audit-log').textContent()).resolves.toContain('contract.published');
    expect(await page.evaluate("sessionStorage.getItem('registry.token')")).toBe(t.adminToken);
    expect(await b.context.cookies()).toEqual([]);
    await expectAccessible(page, 'de-11-audit');
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.waitForLoadState('load');
    expect(await page.evaluate("sessionStorage.getItem('registry.token')")).toBeNull();
  }, 120_000);
});

describeBrowser('web catalogue with anonymous reads off', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await startTestApp({ REGISTRY_ANONYMOUS_READ: 'false' });
    await t.app.get(ExampleSeeder).seed();
    b = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('asks for a token before showing anything, then browses with it', async () => {
    const { page } = b;
    const res = await page.goto(`${t.baseUrl}/components/antragsservice`);
    expect(res?.status()).toBe(401);
    expect(await page.locator('main').textContent()).not.toContain('Antragsservice');
    await expectAccessible(page, 'anon-off-01-sign-in');
    await page.getByLabel('API-Token').fill(t.adminToken);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.locator('h1', { hasText: 'Antragsservice' }).waitFor();
    await page.locator('#section-contracts a', { hasText: '2.0.0' }).first().click();
    await page.locator('#contract-docs').getByText('/antraege/{antragId}/rueckzug').first().waitFor({ timeout: 30_000 });
    await screenshot(page, 'anon-off-02-version');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'als YAML' }).click()]);
    expect(readFileSync(await download.path(), 'utf8')).toMatch(/^openapi: /);
    await page.goto(`${t.baseUrl}/?q=Antrag`);
    await page.locator('#results-heading').waitFor();
    await screenshot(page, 'anon-off-03-search');
  }, 180_000);
});
