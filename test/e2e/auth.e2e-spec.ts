import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken, grantRole, PUBLISH_MUTATION } from '../support/auth-helpers.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const path = (component: string, contract = 'antrag-api', version = '1.0.0') => `/api/v1/components/${component}/contracts/${contract}/versions/${version}`;
const versionCount = async (t: TestApp) => (await sqlQuery<{ n: number }>(t, 'SELECT count(*)::int AS n FROM contract_version'))[0].n;

describe('who may publish: tokens, roles and scopes', () => {
  let sut: TestApp;
  let ciA: string;

  beforeAll(async () => {
    sut = await startTestApp();
    expect((await createComponent(sut, COMPONENT_INPUT)).errors).toBeUndefined();
    expect((await createComponent(sut, { ...COMPONENT_INPUT, slug: 'zahlung', name: 'Zahlung' })).errors).toBeUndefined();
    ciA = (await createToken(sut, { name: 'gitlab-ci', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
  });
  afterAll(() => sut.close());

  it('issues dsr_ tokens with 256 random bits and stores only their sha256', async () => {
    expect(ciA).toMatch(/^dsr_[A-Za-z0-9_-]{43}$/);
    const rows = await sqlQuery<{ token_hash: string }>(sut, `SELECT token_hash FROM api_token WHERE name = 'gitlab-ci'`);
    expect(rows).toHaveLength(1);
    const { createHash } = await import('node:crypto');
    expect(rows[0].token_hash).toBe(createHash('sha256').update(ciA).digest('hex'));
    const all = JSON.stringify(await sqlQuery(sut, 'SELECT * FROM api_token'));
    expect(all).not.toContain(ciA);
  });

  it('refuses an anonymous write with 401 UNAUTHENTICATED on REST and GraphQL, storing nothing', async () => {
    const res = await putDocument(sut, path('antragsservice'), makeOpenApi());
    expect(res.status).toBe(401);
    expect(((await res.json()) as { code: string }).code).toBe('UNAUTHENTICATED');
    const g = await gql(sut, PUBLISH_MUTATION, { i: { component: 'antragsservice', contract: 'antrag-api', version: '1.0.0', document: makeOpenApi() } });
    expect(g.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await versionCount(sut)).toBe(0);
  });

  it('refuses an unknown or malformed token with 401', async () => {
    const wrong = await putDocument(sut, path('antragsservice'), makeOpenApi(), 'application/yaml', bearer('dsr_not-a-real-token-at-all-0000000000000000'));
    expect(wrong.status).toBe(401);
    const malformed = await putDocument(sut, path('antragsservice'), makeOpenApi(), 'application/yaml', { authorization: 'Basic abc' });
    expect(malformed.status).toBe(401);
    // A bad token is refused even where anonymous reading is allowed.
    expect((await fetch(`${sut.baseUrl}${path('antragsservice')}`, { headers: bearer('dsr_nope-nope-nope-nope-nope-nope-nope-nope-n') })).status).toBe(401);
  });

  it('lets a PUBLISHER token publish in its scope and records it as the publisher', async () => {
    const res = await putDocument(sut, path('antragsservice'), makeOpenApi(), 'application/yaml', bearer(ciA));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { publishedBy: string }).publishedBy).toBe('admin');
  });

  it('answers 403 for a component outside the scope and stores nothing, even if it does not exist', async () => {
    const before = await versionCount(sut);
    const other = await putDocument(sut, path('zahlung'), makeOpenApi(), 'application/yaml', bearer(ciA));
    expect(other.status).toBe(403);
    expect(((await other.json()) as { code: string }).code).toBe('FORBIDDEN');
    const missing = await putDocument(sut, path('gibt-es-nicht'), makeOpenApi(), 'application/yaml', bearer(ciA));
    expect(missing.status).toBe(403);
    const g = await gql(sut, PUBLISH_MUTATION, { i: { component: 'zahlung', contract: 'antrag-api', version: '1.0.0', document: makeOpenApi() } }, bearer(ciA));
    expect(g.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dry = await fetch(`${sut.baseUrl}/api/v1/components/zahlung/contracts/antrag-api/compatibility?version=1.0.0`, {
      method: 'POST', headers: { 'content-type': 'application/yaml', ...bearer(ciA) }, body: makeOpenApi() });
    expect(dry.status).toBe(403);
    expect(await versionCount(sut)).toBe(before);
    expect(await sqlQuery(sut, `SELECT 1 FROM contract c JOIN component k ON k.id = c.component_id WHERE k.slug = 'zahlung'`)).toHaveLength(0);
  });

  it('narrows a PUBLISHER token to contracts when asked', async () => {
    const narrow = (await createToken(sut, { name: 'events-ci', role: 'PUBLISHER', components: ['antragsservice'], contracts: ['antrag-events'] })).secret;
    expect((await putDocument(sut, path('antragsservice', 'antrag-api', '1.1.0'), makeOpenApi({ paths: ['/antraege', '/x'] }), 'application/yaml', bearer(narrow))).status).toBe(403);
  });

  it('refuses an expired token with 401', async () => {
    const { secret, id } = await createToken(sut, { name: 'short-lived', role: 'PUBLISHER', components: ['antragsservice'], expiresIn: '1h' });
    await sqlQuery(sut, `UPDATE api_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
    const res = await putDocument(sut, path('antragsservice', 'antrag-api', '1.2.0'), makeOpenApi({ paths: ['/antraege', '/y'] }), 'application/yaml', bearer(secret));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toContain('expired');
  });

  it('refuses a revoked token with 401', async () => {
    const { secret, id } = await createToken(sut, { name: 'to-revoke', role: 'PUBLISHER', components: ['antragsservice'] });
    const revoked = await gql<{ revokeApiToken: { revokedAt: string } }>(sut, 'mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }', { id }, bearer());
    expect(revoked.data?.revokeApiToken.revokedAt).toBeTruthy();
    const res = await putDocument(sut, path('antragsservice', 'antrag-api', '1.3.0'), makeOpenApi({ paths: ['/antraege', '/z'] }), 'application/yaml', bearer(secret));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { detail: string }).detail).toContain('revoked');
  });

  it('records the last use of a token', async () => {
    const rows = await sqlQuery<{ last_used_at: Date | null }>(sut, `SELECT last_used_at FROM api_token WHERE name = 'gitlab-ci'`);
    expect(rows[0].last_used_at).not.toBeNull();
  });

  it('lets only ADMIN create components', async () => {
    const res = await createComponent(sut, { ...COMPONENT_INPUT, slug: 'neu' }, ciA);
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await sqlQuery(sut, `SELECT 1 FROM component WHERE slug = 'neu'`)).toHaveLength(0);
  });

  it('gives PLATFORM_OWNER, OPERATOR and PROCEDURE_OWNER their rights on their component only', async () => {
    expect((await grantRole(sut, 'erika@example.org', 'PLATFORM_OWNER', 'antragsservice')).errors).toBeUndefined();
    const owner = (await createToken(sut, { name: 'erika-laptop', owner: 'erika@example.org', role: 'USER' })).secret;
    const update = 'mutation($s: String!) { updateComponent(slug: $s, input: { description: "neu" }) { description } }';
    expect((await gql(sut, update, { s: 'antragsservice' }, bearer(owner))).errors).toBeUndefined();
    expect((await gql(sut, update, { s: 'zahlung' }, bearer(owner))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const mode = await gql<{ setCompatibilityMode: { compatibilityMode: string } }>(sut,
      'mutation { setCompatibilityMode(component: "antragsservice", contract: "antrag-api", mode: BACKWARD_TRANSITIVE) { compatibilityMode } }', {}, bearer(owner));
    expect(mode.data?.setCompatibilityMode.compatibilityMode).toBe('BACKWARD_TRANSITIVE');
    expect((await gql(sut, 'mutation { setCompatibilityMode(component: "antragsservice", contract: "antrag-api", mode: NONE) { name } }', {}, bearer(ciA))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // The platform owner grants OPERATOR and PROCEDURE_OWNER on its own component, not on others.
    expect((await grantRole(sut, 'ops-team', 'OPERATOR', 'antragsservice', owner)).errors).toBeUndefined();
    expect((await grantRole(sut, 'fachamt', 'PROCEDURE_OWNER', 'antragsservice', owner)).errors).toBeUndefined();
    expect((await grantRole(sut, 'ops-team', 'OPERATOR', 'zahlung', owner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const ops = (await createToken(sut, { name: 'ops', owner: 'ops-team', role: 'USER' })).secret;
    const procedure = (await createToken(sut, { name: 'fach', owner: 'fachamt', role: 'USER' })).secret;
    expect((await putDocument(sut, path('antragsservice', 'antrag-api', '1.4.0'), makeOpenApi({ paths: ['/antraege', '/ops'] }), 'application/yaml', bearer(ops))).status).toBe(201);
    expect((await putDocument(sut, path('antragsservice', 'antrag-api', '1.5.0'), makeOpenApi({ paths: ['/antraege', '/fach'] }), 'application/yaml', bearer(procedure))).status).toBe(403);
    expect((await gql(sut, update, { s: 'antragsservice' }, bearer(ops))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Platform owners mint CI tokens for their component only.
    expect((await gql(sut, 'mutation { createApiToken(input: { name: "ci", role: PUBLISHER, components: ["antragsservice"] }) { secret } }', {}, bearer(owner))).errors).toBeUndefined();
    expect((await gql(sut, 'mutation { createApiToken(input: { name: "ci", role: PUBLISHER, components: ["zahlung"] }) { secret } }', {}, bearer(owner))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(sut, 'mutation { createApiToken(input: { name: "root", role: ADMIN }) { secret } }', {}, bearer(owner))).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // Revoking the grant takes the right away at once.
    const revoke = await gql(sut, 'mutation { revokeRole(input: { subject: "ops-team", role: OPERATOR, component: "antragsservice" }) }', {}, bearer(owner));
    expect(revoke.data).toEqual({ revokeRole: true });
    expect((await putDocument(sut, path('antragsservice', 'antrag-api', '1.6.0'), makeOpenApi({ paths: ['/antraege', '/late'] }), 'application/yaml', bearer(ops))).status).toBe(403);
  });

  it('reveals no stack traces or SQL in error responses', async () => {
    // A NUL byte reaches PostgreSQL as an invalid text value (SQLSTATE 22021): a client error, named
    // without the SQL behind it (it was an INTERNAL 500 before issue 11).
    const res = await gql(sut, 'query($s: String!) { component(slug: $s) { slug } }', { s: 'a\u0000b' });
    const text = JSON.stringify(res.errors);
    expect(res.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
    expect(text).toMatch(/NUL/);
    expect(text).not.toMatch(/SELECT|FROM "?component|at \w+ \(|\.ts:\d+|stacktrace/i);
  });
});

describe('reads when REGISTRY_ANONYMOUS_READ=false', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_ANONYMOUS_READ: 'false' });
  });
  afterAll(() => sut.close());

  it('answers 401 to anonymous reads on GraphQL and REST, but keeps health open', async () => {
    const q = await gql(sut, '{ components(first: 5) { edges { node { slug } } } }');
    expect(q.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${sut.baseUrl}${path('antragsservice')}`)).status).toBe(401);
    expect((await fetch(`${sut.baseUrl}/health/live`)).status).toBe(200);
    expect((await fetch(`${sut.baseUrl}/health/ready`)).status).toBe(200);
  });

  it('serves reads to any valid token', async () => {
    const reader = (await createToken(sut, { name: 'reader', owner: 'someone', role: 'USER' })).secret;
    const q = await gql(sut, '{ components(first: 5) { edges { node { slug } } } }', {}, bearer(reader));
    expect(q.errors).toBeUndefined();
  });
});

describe('rate limits', () => {
  let sut: TestApp;
  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_RATE_LIMIT_WRITES: '3', REGISTRY_RATE_LIMIT_EXPENSIVE_READS: '4' });
    await createComponent(sut, COMPONENT_INPUT);
  });
  afterAll(() => sut.close());

  it('answers 429 RATE_LIMITED with Retry-After once a token exceeds its write budget', async () => {
    const ci = (await createToken(sut, { name: 'busy-ci', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const paths = ['/antraege', ...Array.from({ length: i }, (_, k) => `/p${k}`)];
      const res = await putDocument(sut, path('antragsservice', 'antrag-api', `1.${i}.0`), makeOpenApi({ paths }), 'application/yaml', bearer(ci));
      statuses.push(res.status);
      if (res.status === 429) {
        expect(((await res.json()) as { code: string }).code).toBe('RATE_LIMITED');
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect((await sqlQuery<{ n: number }>(sut, 'SELECT count(*)::int AS n FROM contract_version'))[0].n).toBe(3);
  });

  it('limits expensive GraphQL reads per client too', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i++) codes.push((await gql(sut, '{ components(first: 1) { edges { cursor } } }')).errors?.[0].extensions?.code);
    expect(codes).toEqual([undefined, undefined, undefined, undefined, 'RATE_LIMITED']);
  });
});
