// Regression tests of issue 11's GraphQL and HTTP findings (docs/RELIABILITY.md has a section per
// finding, named like the describe blocks here). Real app, real HTTP, real database.
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken } from '../support/auth-helpers.js';
import { runCli } from '../support/cli.js';
import { bearer, gql, putDocument, startTestApp, type TestApp } from '../support/test-app.js';

const BASE = '/api/v1/components/antragsservice/contracts/antrag-api';

/** A valid OpenAPI document of about `kb` kilobytes (a long description of ordinary words). */
function bigOpenApi(kb: number, paths: string[] = ['/antraege']): string {
  const words = 'Antrag Bescheid Verwaltung Nachweis Zahlung Postfach '.repeat(Math.ceil((kb * 1024) / 54)).trim();
  return makeOpenApi({ paths }).replace(/^( {2}title: .*)$/m, `$1\n  description: ${words}`);
}

async function post(t: TestApp, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const res = await fetch(`${t.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started, json: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } };
}

describe('finding 3: anonymous GraphQL amplification', () => {
  let sut: TestApp;
  const VERSIONS = 10;
  const DOC_KB = 200;

  beforeAll(async () => {
    sut = await startTestApp({
      REGISTRY_DB_POOL_SIZE: '3',
      REGISTRY_GRAPHQL_MAX_RESPONSE_BYTES: String(1024 * 1024),
      REGISTRY_RATE_LIMIT_DOCUMENT_READS: '40',
      REGISTRY_RATE_LIMIT_WRITES: '100000',
      REGISTRY_RATE_LIMIT_WRITES_PER_IP: '100000',
    });
    expect((await createComponent(sut, COMPONENT_INPUT)).errors).toBeUndefined();
    for (let i = 0; i < VERSIONS; i++) {
      const paths = ['/antraege', ...Array.from({ length: i }, (_, n) => `/neu${n}`)];
      const res = await putDocument(sut, `${BASE}/versions/1.${i}.0`, bigOpenApi(DOC_KB, paths), 'application/yaml', bearer());
      expect(res.status).toBe(201);
    }
  }, 120_000);

  afterAll(async () => {
    await sut?.close();
  });

  // The probe's shape: aliased component pages, `first` in a variable, every version with its
  // document, parsed document, report and changelog. About 1.8 KB; it once answered 281 MB.
  const ALIASED = (() => {
    const page = (a: string) => `${a}: components(first: $n) { edges { node { slug name description contracts { name kind versions { version sha256 title document documentJson changelog compatibilityReport { breaking changes { id level message pointer } } } } } } }`;
    return `query Amplify($n: Int!) { ${['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(page).join(' ')} }`;
  })();

  it('answers the 1.8 KB query with `first` in a variable QUERY_TOO_COMPLEX at once, before any resolver runs', async () => {
    expect(ALIASED.length).toBeGreaterThan(1700);
    expect(ALIASED.length).toBeLessThan(2048);
    const r = await post(sut, { query: ALIASED, variables: { n: 100 } });
    expect(r.status).toBe(400);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.json.errors?.[0]?.message).toMatch(/cost/);
    expect(r.text.length).toBeLessThan(4096);
    expect(r.ms).toBeLessThan(1000);
  });

  it('stops a cheap-looking query at the response budget (documents count by their stored size) with a small answer', async () => {
    const query = 'query($n: Int!) { components(first: $n) { edges { node { contracts { versions(first: 8) { version document documentJson } } } } } }';
    const r = await post(sut, { query, variables: { n: 1 } });
    expect(r.status).toBe(400);
    expect(r.json.errors).toHaveLength(1);
    expect(r.json.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.json.errors?.[0]?.message).toMatch(/response budget of 1048576 bytes/);
    expect(r.json.data).toBeUndefined();
    expect(r.text.length).toBeLessThan(4096);
    expect(r.ms).toBeLessThan(2000);
  });

  it('still answers a query within the budget, and nested versions have a default page', async () => {
    const r = await post(sut, { query: '{ components { edges { node { contracts { versions { version } latestVersion { version document } } } } } }' });
    expect(r.json.errors).toBeUndefined();
    const contract = (r.json.data as { components: { edges: { node: { contracts: { versions: { version: string }[]; latestVersion: { document: string } }[] } }[] } }).components.edges[0].node.contracts[0];
    expect(contract.versions).toHaveLength(VERSIONS);
    expect(contract.versions[0].version).toBe(`1.${VERSIONS - 1}.0`);
    expect(contract.latestVersion.document.length).toBeGreaterThan(DOC_KB * 1000);
    const paged = await post(sut, { query: '{ components { edges { node { contracts { versions(first: 3) { version } } } } } }' });
    expect((paged.json.data as { components: { edges: { node: { contracts: { versions: unknown[] }[] } }[] } }).components.edges[0].node.contracts[0].versions).toHaveLength(3);
    const tooMany = await post(sut, { query: '{ components { edges { node { contracts { versions(first: 101) { version } } } } } }' });
    expect(tooMany.json.errors?.[0]?.extensions?.code).toMatch(/BAD_REQUEST|QUERY_TOO_COMPLEX/);
  });

  it('keeps /health/ready at 200 while several such queries run at once', async () => {
    const heavy = 'query($n: Int!) { components(first: $n) { edges { node { contracts { versions(first: 8) { document documentJson compatibilityReport { breaking } changelog } } } } } }';
    const flood = Promise.all(Array.from({ length: 8 }, (_, i) => post(sut, i % 2 ? { query: ALIASED, variables: { n: 100 } } : { query: heavy, variables: { n: 1 } })));
    const ready: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await fetch(`${sut.baseUrl}/health/ready`);
      ready.push(res.status);
      await res.arrayBuffer();
    }
    const answers = await flood;
    expect(ready.every((s) => s === 200)).toBe(true);
    expect(answers.map((a) => a.json.errors?.[0]?.extensions?.code)).toEqual(Array(8).fill('QUERY_TOO_COMPLEX'));
  });

  it('answers /health/ready from its own connection while the shared pool is exhausted (PostgreSQL)', async () => {
    if (!sut.databaseUrl) {
      console.warn('skipped: needs DATABASE_URL (the embedded PGlite serves a single connection; the probe shares it)');
      return;
    }
    const ds = sut.app.get(DataSource);
    // Pool size 3: three sleeping queries hold every pooled connection.
    const holding = Promise.all([1, 2, 3].map(() => ds.query('SELECT pg_sleep(2)')));
    await new Promise((r) => setTimeout(r, 200));
    const started = performance.now();
    const res = await fetch(`${sut.baseUrl}/health/ready`);
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
    await holding;
  });

  it('gives contractVersion and document fields their own rate class, stricter than plain reads', async () => {
    const doc = '{ contractVersion(component: "antragsservice", contract: "antrag-api", version: "1.0.0") { version } }';
    let limited: { status: number; code?: string } | undefined;
    for (let i = 0; i < 45 && !limited; i++) {
      const r = await post(sut, { query: doc });
      if (r.json.errors) limited = { status: r.status, code: r.json.errors[0]?.extensions?.code };
    }
    expect(limited).toEqual({ status: 429, code: 'RATE_LIMITED' });
    const nested = await post(sut, { query: '{ components { edges { node { contracts { latestVersion { document } } } } } }' });
    expect(nested.json.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Plain reads are not in this class.
    const plain = await post(sut, { query: '{ components { edges { node { slug contracts { versions { version } } } } } }' });
    expect(plain.json.errors).toBeUndefined();
  });
});

describe('finding 7: HTTP caching of downloads', () => {
  let closed: TestApp;
  let open: TestApp;

  beforeAll(async () => {
    [closed, open] = await Promise.all([startTestApp({ REGISTRY_ANONYMOUS_READ: 'false' }), startTestApp({ REGISTRY_ANONYMOUS_READ: 'true' })]);
    for (const t of [closed, open]) {
      expect((await createComponent(t, COMPONENT_INPUT)).errors).toBeUndefined();
      expect((await putDocument(t, `${BASE}/versions/1.0.0`, makeOpenApi(), 'application/yaml', bearer())).status).toBe(201);
    }
  });

  afterAll(async () => {
    await Promise.all([closed?.close(), open?.close()]);
  });

  it('marks downloads private with Vary: Authorization when anonymous reads are off', async () => {
    for (const suffix of ['1.0.0', '1.0.0?format=json', 'latest']) {
      const res = await fetch(`${closed.baseUrl}${BASE}/versions/${suffix}`, { headers: bearer() });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toMatch(/^private,/);
      expect(res.headers.get('vary')).toMatch(/Authorization/i);
    }
    const anon = await fetch(`${open.baseUrl}${BASE}/versions/1.0.0`);
    expect(anon.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('gives the raw, ?format=json and ?format=yaml representations their own ETag, and 304 works per representation', async () => {
    const etags: string[] = [];
    for (const q of ['', '?format=json', '?format=yaml']) {
      const url = `${open.baseUrl}${BASE}/versions/1.0.0${q}`;
      const res = await fetch(url);
      const etag = res.headers.get('etag')!;
      etags.push(etag);
      expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    }
    expect(new Set(etags).size).toBe(3);
    // The raw representation's ETag does not validate the JSON one.
    expect((await fetch(`${open.baseUrl}${BASE}/versions/1.0.0?format=json`, { headers: { 'if-none-match': etags[0] } })).status).toBe(200);
  });
});

describe('finding 9: a dry run of an already published version', () => {
  let sut: TestApp;
  let ci: string;
  const dir = mkdtempSync(join(tmpdir(), 'registry-dry-run-'));
  const published = makeOpenApi();
  const changed = makeOpenApi({ paths: ['/antraege', '/neu'] });

  beforeAll(async () => {
    sut = await startTestApp();
    expect((await createComponent(sut, COMPONENT_INPUT)).errors).toBeUndefined();
    ci = (await createToken(sut, { name: 'ci', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
    expect((await putDocument(sut, `${BASE}/versions/1.0.0`, published, 'application/yaml', bearer())).status).toBe(201);
    writeFileSync(join(dir, 'same.yaml'), published);
    writeFileSync(join(dir, 'changed.yaml'), changed);
  });

  afterAll(async () => {
    await sut?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const dryRun = (body: string) => fetch(`${sut.baseUrl}${BASE}/compatibility?version=1.0.0`, { method: 'POST', headers: { 'content-type': 'application/yaml', ...bearer(ci) }, body });

  it('answers VERSION_EXISTS (409) over REST and GraphQL for different bytes, as the publish does', async () => {
    const rest = await dryRun(changed);
    expect(rest.status).toBe(409);
    expect(((await rest.json()) as { code: string }).code).toBe('VERSION_EXISTS');
    const publish = await putDocument(sut, `${BASE}/versions/1.0.0`, changed, 'application/yaml', bearer(ci));
    expect(publish.status).toBe(409);
    const g = await gql(sut, 'query($i: PublishContractVersionInput!) { checkCompatibility(input: $i) { outcome } }',
      { i: { component: 'antragsservice', contract: 'antrag-api', version: '1.0.0', document: changed } }, bearer(ci));
    expect(g.errors?.[0]?.extensions?.code).toBe('VERSION_EXISTS');
  });

  it('answers "already published, identical" for the same bytes', async () => {
    const rest = await dryRun(published);
    expect(rest.status).toBe(200);
    expect(await rest.json()).toMatchObject({ verdict: 'OK', alreadyPublished: true });
    const g = await gql<{ checkCompatibility: { outcome: string; alreadyPublished: boolean } }>(sut, 'query($i: PublishContractVersionInput!) { checkCompatibility(input: $i) { outcome alreadyPublished } }',
      { i: { component: 'antragsservice', contract: 'antrag-api', version: '1.0.0', document: published } }, bearer(ci));
    expect(g.data?.checkCompatibility).toEqual({ outcome: 'OK', alreadyPublished: true });
  });

  it('CLI check exits as the publish would: 1 for VERSION_EXISTS, 0 with "already published, identical"', async () => {
    const args = (file: string) => ['check', '--url', sut.baseUrl, '--component', 'antragsservice', '--contract', 'antrag-api', '--token', ci, '--version', '1.0.0', join(dir, file)];
    const conflict = await runCli(args('changed.yaml'));
    const publish = await runCli(['publish', ...args('changed.yaml').slice(1)]);
    expect(conflict.code).toBe(1);
    expect(conflict.code).toBe(publish.code);
    expect(conflict.stdout + conflict.stderr).toContain('VERSION_EXISTS');
    const same = await runCli(args('same.yaml'));
    expect(same.code).toBe(0);
    expect(same.stdout).toContain('already published, identical');
  });
});

describe('low: security headers, introspection, request bodies before authentication', () => {
  let closed: TestApp;
  let off: TestApp;

  beforeAll(async () => {
    [closed, off] = await Promise.all([
      startTestApp({ REGISTRY_ANONYMOUS_READ: 'false', REGISTRY_REQUEST_TIMEOUT_MS: '1500' }),
      startTestApp({ REGISTRY_INTROSPECTION: 'off' }),
    ]);
    expect((await createComponent(closed, COMPONENT_INPUT)).errors).toBeUndefined();
    expect((await putDocument(closed, `${BASE}/versions/1.0.0`, makeOpenApi(), 'application/yaml', bearer())).status).toBe(201);
  });

  afterAll(async () => {
    await Promise.all([closed?.close(), off?.close()]);
  });

  it('security headers: nosniff everywhere, a strict CSP with frame-ancestors on API answers and raw downloads, a Referrer-Policy', async () => {
    const answers = await Promise.all([
      fetch(`${closed.baseUrl}${BASE}/versions/1.0.0`, { headers: bearer() }),
      fetch(`${closed.baseUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...bearer() }, body: '{"query":"{ __typename }"}' }),
      fetch(`${closed.baseUrl}/health/live`),
      fetch(`${closed.baseUrl}/api/v1/nothing-here`),
    ]);
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      await res.arrayBuffer();
    }
  });

  it('introspection: authenticated by default when anonymous reads are off; REGISTRY_INTROSPECTION=off refuses everyone', async () => {
    const query = '{ __schema { queryType { name } } }';
    const anon = await post(closed, { query });
    expect([anon.status, anon.json.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    const typeProbe = await post(closed, { query: '{ __type(name: "ComponentModel") { name } }' });
    expect(typeProbe.json.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const withToken = await post(closed, { query }, bearer());
    expect(withToken.json).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    const refused = await post(off, { query }, bearer());
    expect(refused.status).toBe(400);
    expect(refused.json.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await post(off, { query: '{ __typename }' })).json).toEqual({ data: { __typename: 'Query' } });
  });

  it('client errors answered 500: semver parts above 2^31-1, invalid DateTime, APQ hash mismatch, 100,000-element filter, NUL are 4xx', async () => {
    const big = await putDocument(closed, `${BASE}/versions/2147483648.0.0`, makeOpenApi(), 'application/yaml', bearer());
    expect([big.status, ((await big.json()) as { code: string }).code]).toEqual([422, 'VALIDATION_FAILED']);
    const nul = await fetch(`${closed.baseUrl}/api/v1/components/a%00b/contracts/x/versions/1.0.0`, { headers: bearer() });
    expect([nul.status, ((await nul.json()) as { code: string }).code]).toEqual([400, 'BAD_REQUEST']);
    const cases: [unknown, number, string][] = [
      [{ query: 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }', variables: { i: { name: 'x', role: 'ADMIN', expiresAt: 'not-a-date' } } }, 400, 'BAD_REQUEST'],
      [{ query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } } }, 400, 'BAD_REQUEST'],
      [{ query: 'query($f: ComponentFilterInput) { components(filter: $f) { edges { node { slug } } } }', variables: { f: { tags: Array.from({ length: 100_000 }, (_, i) => `t${i}`) } } }, 400, 'BAD_REQUEST'],
      [{ query: 'query($n: Int!) { components(first: $n) { edges { node { slug } } } }', variables: { n: 2 ** 40 } }, 400, 'BAD_REQUEST'],
      [{ query: 'query($n: Int!) { components(first: $n) { edges { node { slug } } } }', variables: { n: 'many' } }, 400, 'BAD_REQUEST'],
    ];
    for (const [body, status, code] of cases) {
      const r = await post(closed, body, bearer());
      expect([r.status, r.json.errors?.[0]?.extensions?.code]).toEqual([status, code]);
      expect(r.json.errors?.[0]?.message).not.toMatch(/internal error/);
    }
  });

  /** Starts a PUT that announces `length` bytes, sends `sent` of them and then stalls. */
  function stalledPut(t: TestApp, headers: Record<string, string>, length: number, sent: number) {
    return new Promise<{ status: number | null; ms: number; closed: boolean }>((resolve) => {
      const started = performance.now();
      const u = new URL(`${t.baseUrl}${BASE}/versions/9.0.0`);
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'PUT', headers: { 'content-type': 'application/yaml', 'content-length': String(length), ...headers } });
      req.on('response', (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? null, ms: performance.now() - started, closed: false });
        req.destroy();
      });
      req.on('error', () => resolve({ status: null, ms: performance.now() - started, closed: true }));
      req.on('close', () => resolve({ status: null, ms: performance.now() - started, closed: true }));
      req.write('x'.repeat(sent));
    });
  }

  it('request bodies before authentication: an anonymous or out-of-scope write is refused before its body is read', async () => {
    const anon = await stalledPut(closed, {}, 5_000_000, 1024);
    expect(anon.status).toBe(401);
    expect(anon.ms).toBeLessThan(1000);
    const bad = await stalledPut(closed, bearer('dsr_not-a-real-token-0000000000000000000000'), 5_000_000, 1024);
    expect(bad.status).toBe(401);
    const other = (await createToken(closed, { name: 'other-ci', role: 'PUBLISHER', components: ['zahlung'] })).secret;
    const forbidden = await stalledPut(closed, bearer(other), 5_000_000, 1024);
    expect(forbidden.status).toBe(403);
    expect(forbidden.ms).toBeLessThan(1000);
  });

  it('request bodies before authentication: REGISTRY_REQUEST_TIMEOUT_MS cuts off a slow body of an authenticated write', async () => {
    const slow = await stalledPut(closed, bearer(), 5_000_000, 1024);
    // Node answers 408 (or closes the socket) once the request exceeds its timeout.
    expect(slow.status === 408 || slow.closed).toBe(true);
    expect(slow.ms).toBeGreaterThan(1000);
    expect(slow.ms).toBeLessThan(5000);
  });
});
