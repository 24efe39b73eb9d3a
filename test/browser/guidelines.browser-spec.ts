import { join } from 'node:path';
import { ExampleSeeder } from '../../src/examples/example-seeder.js';
import { expectAccessible, describeBrowser, SCREENSHOTS, openBrowser, screenshot, type BrowserSession } from '../support/browser.js';
import { bearer, gql, putDocument, startTestApp, type TestApp } from '../support/test-app.js';


// Everything the dstack profile asks for except info.license (an error) and an https server (an error).
const LINT_PROBE = `openapi: 3.0.3
info:
  title: Meldeauskunft
  version: 1.0.0
  description: Einfache Melderegisterauskunft.
  contact:
    name: Team Melderegister
    email: melderegister@example.org
servers:
  - url: http://melde.example.org/v1
tags:
  - name: auskunft
paths:
  /auskuenfte:
    post:
      operationId: createAuskunft
      summary: Auskunft anfordern
      description: Fordert eine einfache Melderegisterauskunft an.
      tags: [auskunft]
      responses:
        '201':
          description: Angefordert
`;
const PATH = '/components/meldewesen/contracts/melde-api/versions/1.0.0';


describeBrowser('guideline results in the web catalogue (issue 16)', () => {
  let t: TestApp;
  let b: BrowserSession;
  let score: number;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ExampleSeeder).seed();
    const created = await gql(t, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', {
      i: { slug: 'meldewesen', name: 'Meldewesen', layer: 'submission', description: 'Melderegisterauskunft', license: 'EUPL-1.2' },
    }, bearer());
    expect(created.errors).toBeUndefined();
    expect((await putDocument(t, `/api/v1${PATH}`, LINT_PROBE, 'application/yaml', bearer())).status).toBe(201);
    const q = await gql<{ contractVersion: { guidelines: { score: number } } }>(t,
      '{ contractVersion(component: "meldewesen", contract: "melde-api", version: "1.0.0") { guidelines { score } } }');
    score = q.data!.contractVersion.guidelines.score;
    expect(score).toBeLessThan(100);
    b = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('shows score and findings on the version page and links a finding to its source line', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/components/meldewesen`);
    await expect(page.locator('#section-contracts').textContent()).resolves.toContain(`Richtlinien ${score} / 100`);
    await page.locator('#section-contracts').screenshot({ path: join(SCREENSHOTS, 'guidelines-de-00-component-contracts.png') });

    await page.goto(`${t.baseUrl}${PATH}`);
    const section = page.locator('#guidelines');
    await expect(section.locator('h2').textContent()).resolves.toBe('Richtlinien');
    await expect(section.getByTestId('guideline-score').textContent()).resolves.toBe(`${score} / 100`);
    await expect(section.locator('dl').textContent()).resolves.toContain('dstack 1.0.0');
    const license = section.locator('.guideline-error .finding', { hasText: 'dstack-info-license' });
    await expect(license.locator('.finding-message').textContent()).resolves.toBe('info.license is missing');
    await page.locator('#contract-docs').getByText('/auskuenfte').first().waitFor({ timeout: 30_000 });
    await section.scrollIntoViewIfNeeded();
    await expectAccessible(page, 'guidelines-de-01-version');
    await section.screenshot({ path: join(SCREENSHOTS, 'guidelines-de-01-section.png') });

    const https = section.locator('.guideline-error .finding', { hasText: 'dstack-servers-https' });
    await https.locator('a[href*="/source#L"]').click();
    await page.waitForURL(/\/versions\/1\.0\.0\/source#L10$/);
    await expect(page.locator('#L10').textContent()).resolves.toContain('http://melde.example.org/v1');
    await expectAccessible(page, 'guidelines-de-02-source');
  }, 180_000);

  it('filters the start page search by a minimum guideline score', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/?q=Auskunft`);
    await expect(page.locator('#results-heading').textContent()).resolves.toMatch(/Treffer/);
    expect(await page.locator('.hit-meta', { hasText: 'melde-api' }).count()).toBeGreaterThan(0);

    await page.locator('details summary').click();
    await page.getByLabel('Richtlinien-Bewertung ab').fill(String(score + 1));
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(new RegExp(`guidelineScoreAtLeast=${score + 1}`));
    expect(await page.locator('.hit-meta', { hasText: 'melde-api' }).count()).toBe(0);
    await expect(page.getByLabel('Richtlinien-Bewertung ab').inputValue()).resolves.toBe(String(score + 1));
    await expectAccessible(page, 'guidelines-de-03-filtered');
    await page.locator('form.search').screenshot({ path: join(SCREENSHOTS, 'guidelines-de-03-form.png') });

    await page.getByLabel('Richtlinien-Bewertung ab').fill(String(score));
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.waitForURL(new RegExp(`guidelineScoreAtLeast=${score}(&|$)`));
    expect(await page.locator('.hit-meta', { hasText: 'melde-api' }).count()).toBeGreaterThan(0);
  }, 120_000);

  it('shows the section in English', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}${PATH}?lang=en`);
    const section = page.locator('#guidelines');
    await expect(section.locator('h2').textContent()).resolves.toBe('Guidelines');
    await expect(section.locator('#guidelines-error').textContent()).resolves.toMatch(/^Error \(\d+\)$/);
    await expect(section.locator('dl').textContent()).resolves.toContain('Findings by severity');
    await page.locator('#contract-docs').getByText('/auskuenfte').first().waitFor({ timeout: 30_000 });
    await expectAccessible(page, 'guidelines-en-01-version');
    await page.goto(`${t.baseUrl}/?lang=en`);
    await page.locator('details summary').click();
    await page.getByLabel('Guideline score at least').waitFor();
    expect(b.cspViolations.filter((v) => !/unsafe-eval/.test(v))).toEqual([]);
    expect(b.foreignRequests).toEqual([]);
  }, 120_000);
});
