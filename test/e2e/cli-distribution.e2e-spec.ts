// GET /cli/contract-registry.mjs and its sha256: anonymous (even with anonymous reads off), cacheable
// with a strong ETag; and the REST compatibility answer in German with fingerprints.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { STANDALONE_CLI } from '../support/standalone-cli.js';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent } from '../support/auth-helpers.js';
import { bearer, putDocument, startTestApp, type TestApp } from '../support/test-app.js';

describe('CLI distribution', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_ANONYMOUS_READ: 'false' });
  });
  afterAll(() => sut.close());

  it('serves the standalone bundle anonymously with a strong ETag and its sha256 in sha256sum format', async () => {
    const bytes = readFileSync(STANDALONE_CLI);
    const sha = createHash('sha256').update(bytes).digest('hex');
    const res = await fetch(`${sut.baseUrl}/cli/contract-registry.mjs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('etag')).toBe(`"${sha}"`);
    expect(res.headers.get('cache-control')).toContain('public');
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    const sum = await fetch(`${sut.baseUrl}/cli/contract-registry.mjs.sha256`);
    expect([sum.status, await sum.text()]).toEqual([200, `${sha}  contract-registry.mjs\n`]);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await fetch(`${sut.baseUrl}/cli/contract-registry.mjs`);
    const again = await fetch(`${sut.baseUrl}/cli/contract-registry.mjs`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await fetch(`${sut.baseUrl}/cli/contract-registry.mjs`, { headers: { 'if-none-match': '"other"' } })).status).toBe(200);
  });

  it('gives the dry-run report in German for Accept-Language: de, with the CLI fingerprints', async () => {
    await createComponent(sut, COMPONENT_INPUT);
    expect((await putDocument(sut, '/api/v1/components/antragsservice/contracts/antrag-api/versions/1.0.0', makeOpenApi({ paths: ['/antraege', '/alt'] }), 'application/yaml', bearer(sut.adminToken))).status).toBe(201);
    const check = (lang: string) => fetch(`${sut.baseUrl}/api/v1/components/antragsservice/contracts/antrag-api/compatibility?version=2.0.0`, {
      method: 'POST', headers: { ...bearer(sut.adminToken), 'content-type': 'application/yaml', 'accept-language': lang }, body: makeOpenApi({ paths: ['/antraege'] }),
    }).then((r) => r.json() as Promise<{ compatibility: { changes: Array<{ id: string; message: string; fingerprint: string }> } }>);
    const de = (await check('de-DE,de;q=0.9,en;q=0.5')).compatibility.changes.find((c) => c.id === 'operation-removed')!;
    const en = (await check('en')).compatibility.changes.find((c) => c.id === 'operation-removed')!;
    expect(de.message).toBe('GET /alt wurde ohne vorherige Deprecation entfernt');
    expect(en.message).toBe('GET /alt was removed without deprecation');
    expect(de.fingerprint).toMatch(/^fp1_[0-9a-f]{20}$/);
    expect(de.fingerprint).toBe(en.fingerprint);
  });
});
