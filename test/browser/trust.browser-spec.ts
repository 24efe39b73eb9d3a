import { readFileSync } from 'node:fs';
import { projectPath } from '../../src/common/project-path.js';
import { ExampleSeeder } from '../../src/examples/example-seeder.js';
import { expectAccessible, describeBrowser, openBrowser, type BrowserSession } from '../support/browser.js';
import { startTestApp, type TestApp } from '../support/test-app.js';



// The seeded example (contracts/registry.yaml): Antragsservice release 2.0.0 with a CycloneDX 1.6 SBOM
// and an operating model, recorded through the normal trust paths.
describeBrowser('trust facts in the web catalogue, in a real browser', () => {
  let t: TestApp;
  let b: BrowserSession;

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ExampleSeeder).seed();
    b = await openBrowser();
  }, 180_000);
  afterAll(async () => {
    await b?.close();
    await t?.close();
  });

  it('shows release, SBOM verdict, licences, crypto finding and operating model, and downloads the SBOM byte for byte', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/components/antragsservice`);
    const section = page.locator('#section-trust');
    await expect(section.locator('h2').textContent()).resolves.toBe('Vertrauensfakten');
    const release = section.locator('article#release-2\\.0\\.0');
    await expect(release.locator('h3').textContent()).resolves.toBe('Release 2.0.0');
    await expect(release.getByRole('link', { name: 'antrag-events 1.1.0' }).getAttribute('href')).resolves.toBe('/components/antragsservice/contracts/antrag-events/versions/1.1.0');
    // TR-03183-2: one component lacks its hash and source URI, listed in a collapsed block.
    const verdict = release.locator('dd.tr03183');
    await expect(verdict.locator('.badge').first().textContent()).resolves.toBe('nicht konform');
    const details = verdict.locator('details');
    expect(await details.getAttribute('open')).toBeNull();
    await details.locator('summary').click();
    await expect(details.locator('li').first().textContent()).resolves.toContain('formular-renderer');
    await expect(details.locator('li').first().textContent()).resolves.toContain('component.hash-sha512');
    // Licences with the SPDX flags.
    const lgpl = release.locator('table.licences tr', { hasText: 'LGPL-2.1-or-later OR Apache-2.0' });
    await expect(lgpl.locator('td').nth(1).textContent()).resolves.toBe('ja');
    await expect(release.locator('table.licences tr', { hasText: 'MIT' }).locator('td').nth(2).textContent()).resolves.toBe('nein');
    // The TLS 1.2 finding: WARN, acceptable until the end of 2031, in German date format.
    const tls = release.locator('table.crypto tr', { hasText: 'tls-1.2' });
    await expect(tls.locator('td').nth(2).textContent()).resolves.toBe('WARN');
    await expect(tls.locator('td').nth(3).textContent()).resolves.toBe('31.12.2031');
    await expect(release.locator('table.crypto tr', { hasText: 'ECDSA-P256' }).locator('td').nth(4).textContent()).resolves.toBe('ja');
    // Operating model.
    const om = section.locator('dl.operating-model');
    await expect(om.textContent()).resolves.toContain('Cloud der öffentlichen Hand');
    await expect(om.textContent()).resolves.toContain('zuletzt getestet am 15.09.2026');
    await expect(om.textContent()).resolves.toContain('SEAL-3');
    await expect(om.textContent()).resolves.toContain('99,5 % Verfügbarkeit');
    await expectAccessible(page, 'trust-01-component-de');

    const [download] = await Promise.all([page.waitForEvent('download'), release.getByRole('link', { name: 'SBOM wie hochgeladen herunterladen' }).click()]);
    expect(download.suggestedFilename()).toBe('antragsservice-2.0.0.sbom.json');
    expect(readFileSync(await download.path()).equals(readFileSync(projectPath('contracts', 'antragsservice', 'sbom', '2.0.0.cdx.json')))).toBe(true);
  });

  it('lists the licence catalogue from the header, filters with plain links, and links back to the components', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Lizenzen' }).click();
    await page.waitForURL(/\/licences$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Lizenzkatalog');
    const eupl = page.locator('table.licence-catalogue tr', { hasText: 'EUPL-1.2' });
    await expect(eupl.getByRole('link', { name: 'antragsservice' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'trust-02-licences-de');

    await page.getByRole('link', { name: 'Copyleft', exact: true }).click();
    await page.waitForURL(/\/licences\?copyleft=true$/);
    const rows = await page.locator('table.licence-catalogue tbody th').allTextContents();
    expect(rows).toEqual(['LGPL-2.1-or-later']);
    expect(rows).not.toContain('MIT');
    await expect(page.locator('[aria-current="page"]', { hasText: 'Copyleft' }).count()).resolves.toBe(1);

    await page.locator('table.licence-catalogue tr', { hasText: 'LGPL-2.1-or-later' }).getByRole('link', { name: 'antragsservice' }).click();
    await page.waitForURL(/\/components\/antragsservice$/);
    await page.locator('#section-trust').waitFor();
  });

  it('reads the trust facts in English', async () => {
    const { page } = b;
    await page.goto(`${t.baseUrl}/components/antragsservice?lang=en`);
    const section = page.locator('#section-trust');
    await expect(section.locator('h2').textContent()).resolves.toBe('Trust facts');
    await expect(section.locator('dd.tr03183 .badge').first().textContent()).resolves.toBe('not compliant');
    await expect(section.locator('table.crypto tr', { hasText: 'tls-1.2' }).locator('td').nth(3).textContent()).resolves.toBe('31/12/2031');
    await expect(section.locator('dl.operating-model').textContent()).resolves.toContain('Public-sector cloud');
    await expect(section.getByRole('link', { name: 'Download the SBOM as uploaded' }).count()).resolves.toBe(1);
    await expectAccessible(page, 'trust-03-component-en');
  });
});
