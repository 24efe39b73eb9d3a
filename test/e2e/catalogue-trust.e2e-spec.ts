import { ExampleSeeder } from '../../src/examples/example-seeder.js';
import { bearer, gql, putDocument, startTestApp, type TestApp } from '../support/test-app.js';

// The trust facts section of the component page and the licence catalogue page over HTTP: hostile
// texts from SBOMs and self-declared facts stay text, long TR-03183-2 reports are capped.
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;';

function hostileSbom(components: number): string {
  return JSON.stringify({
    bomFormat: 'CycloneDX', specVersion: '1.6', serialNumber: 'urn:uuid:0b6f3c4e-1d2a-4b5c-8d9e-0f1a2b3c4d5e', version: 1,
    metadata: { timestamp: '2026-12-01T08:00:00Z', manufacturer: { name: `M ${HOSTILE}`, url: ['https://m.example'] } },
    components: [
      { type: 'library', 'bom-ref': `lib/${HOSTILE}`, name: `lib ${HOSTILE}`, version: '1.0.0', licenses: [{ license: { name: `Lizenz ${HOSTILE}` } }] },
      ...Array.from({ length: components - 1 }, (_x, i) => ({ type: 'library', 'bom-ref': `filler-${i}`, name: `filler-${i}`, version: '1.0.0' })),
      { type: 'cryptographic-asset', 'bom-ref': `crypto/${HOSTILE}`, name: `TLS ${HOSTILE}`, cryptoProperties: { assetType: 'protocol', protocolProperties: { type: 'tls', version: '1.2' } } },
    ],
  });
}

describe('catalogue trust facts over HTTP', () => {
  let t: TestApp;
  const page = async (path: string) => {
    const res = await fetch(`${t.baseUrl}${path}`);
    expect(res.status).toBe(200);
    return res.text();
  };
  const ok = async <T>(p: Promise<{ data?: T; errors?: unknown }>): Promise<T> => {
    const r = await p;
    expect(r.errors).toBeUndefined();
    return r.data as T;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.get(ExampleSeeder).seed();
    await ok(gql(t, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', {
      i: { slug: 'hostile-trust', name: 'Hostile trust', layer: 'submission' },
    }, bearer()));
    await ok(gql(t, 'mutation($i: CreateReleaseInput!) { createRelease(input: $i) { version } }', { i: { component: 'hostile-trust', version: '1.0.0' } }, bearer()));
    const up = await putDocument(t, '/api/v1/components/hostile-trust/releases/1.0.0/sbom', hostileSbom(60), 'application/vnd.cyclonedx+json', bearer());
    expect(up.status).toBe(201);
    await ok(gql(t, 'mutation($c: String!, $i: OperatingModelInput!) { recordOperatingModel(component: $c, input: $i) { version } }', {
      c: 'hostile-trust',
      i: { operators: [{ name: `Betreiber ${HOSTILE}`, role: HOSTILE }], hostingModel: 'COMMERCIAL_CLOUD', dataLocation: { country: 'DE', region: HOSTILE },
        auditRights: `Prüfrecht ${HOSTILE}`, sla: { availabilityPercent: 99.9, supportHours: HOSTILE } },
    }, bearer()));
    await ok(gql(t, 'mutation($c: String!, $i: AiTransparencyInput!) { recordAiTransparency(component: $c, input: $i) { version } }', {
      c: 'hostile-trust',
      i: { aiSystem: true, modelCardUrl: 'https://models.example/card', trainingDataProvenance: `Daten ${HOSTILE}`, governanceContact: { name: `KI ${HOSTILE}`, email: 'ki@example.de' },
        riskClass: 'LIMITED', humanOversight: `Aufsicht ${HOSTILE}` },
    }, bearer()));
  }, 120_000);
  afterAll(() => t.close());

  it('escapes hostile licence, SBOM, crypto and operator texts in the trust facts section', async () => {
    const body = await page('/components/hostile-trust');
    const section = body.slice(body.indexOf('id="section-trust"'), body.indexOf('id="section-audit"'));
    expect(section).toContain('Vertrauensfakten');
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    for (const text of [`Lizenz ${ESCAPED}`, `lib ${ESCAPED}`, `TLS ${ESCAPED}`, `Betreiber ${ESCAPED}`, `Prüfrecht ${ESCAPED}`, `Daten ${ESCAPED}`, `KI ${ESCAPED}`, `Aufsicht ${ESCAPED}`]) {
      expect(section).toContain(text);
    }
    expect(section).toContain('Support &lt;script&gt;');
  });

  it('caps the non-compliant components of a long TR-03183-2 report with a "+N more" note', async () => {
    const section = await page('/components/hostile-trust');
    expect(section).toContain('nicht konform');
    expect(section).toContain('60 von 60 Komponenten fehlen Felder');
    expect(section.match(/<li><strong>filler-\d+<\/strong>/g)).toHaveLength(49);
    expect(section).toContain('+10 weitere Komponenten');
    expect(section).toContain('<code>component.hash-sha512</code>');
  });

  it('shows the seeded release, SBOM verdict, licences, crypto finding and operating model in German and English', async () => {
    const de = await page('/components/antragsservice');
    expect(de).toContain('Release 2.0.0');
    expect(de).toContain('href="/components/antragsservice/contracts/antrag-events/versions/1.1.0"');
    expect(de).toContain('CycloneDX 1.6');
    expect(de).toContain('href="/api/v1/components/antragsservice/releases/2.0.0/sbom"');
    expect(de).toContain('<code>LGPL-2.1-or-later OR Apache-2.0</code>');
    expect(de).toMatch(/<code>tls-1\.2<\/code>[\s\S]*?badge-warn">WARN<[\s\S]*?<td>31\.12\.2031<\/td>/);
    expect(de).toContain('Cloud der öffentlichen Hand');
    expect(de).toContain('zuletzt getestet am 15.09.2026');
    expect(de).toContain('SEAL-3');
    const en = await page('/components/antragsservice?lang=en');
    expect(en).toContain('Trust facts');
    expect(en).toContain('Public-sector cloud');
    expect(en).toContain('last tested on 15/09/2026');
  });

  it('lists the licence catalogue with plain-link filters and escapes unknown licence texts', async () => {
    const all = await page('/licences');
    expect(all).toContain('Lizenzkatalog');
    expect(all).not.toContain('<script>alert');
    expect(all).toContain(`lizenz ${ESCAPED}`);
    expect(all).toMatch(/<code>EUPL-1\.2<\/code>[\s\S]*?href="\/components\/antragsservice"/);
    for (const link of ['href="/licences?osiApproved=true"', 'href="/licences?osiApproved=false"', 'href="/licences?unknown=true"', 'href="/licences?copyleft=true"']) expect(all).toContain(link);
    const copyleft = await page('/licences?copyleft=true');
    expect(copyleft).toContain('<code>LGPL-2.1-or-later</code>');
    expect(copyleft).not.toContain('<code>MIT</code>');
    const unknown = await page('/licences?unknown=true&lang=en');
    expect(unknown).toContain('Licence catalogue');
    expect(unknown).toContain(`lizenz ${ESCAPED}`);
    expect(unknown).not.toContain('<code>EUPL-1.2</code>');
  });
});
