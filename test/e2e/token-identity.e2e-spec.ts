// Issue #11, finding 2: the owner of a token a non-admin mints is derived from the verified creator;
// tokens minted under a role stop working when the role goes; tokens have a maximum lifetime.
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken, grantRole } from '../support/auth-helpers.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const DAY = 86_400_000;
const CREATE = 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id owner expiresAt createdByTokenId } } }';
interface Created { createApiToken: { secret: string; token: { id: string; owner: string; expiresAt: string; createdByTokenId: string | null } } }
const path = (v: string) => `/api/v1/components/antragsservice/contracts/antrag-api/versions/${v}`;

describe('token identity', () => {
  let sut: TestApp;
  let erika: { secret: string; id: string };

  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_TOKEN_MAX_DAYS: '30' });
    await createComponent(sut, COMPONENT_INPUT);
    await grantRole(sut, 'erika@example.org', 'PLATFORM_OWNER', 'antragsservice');
    erika = await createToken(sut, { name: 'erika-laptop', owner: 'erika@example.org', role: 'USER' });
  });
  afterAll(() => sut.close());

  it('derives the owner of a CI token a PLATFORM_OWNER mints, and records it as publisher and audit actor', async () => {
    const res = await gql<Created>(sut, CREATE, { i: { name: 'gitlab', role: 'PUBLISHER', components: ['antragsservice'] } }, bearer(erika.secret));
    expect(res.errors).toBeUndefined();
    const ci = res.data!.createApiToken;
    expect(ci.token.owner).toBe('ci:erika@example.org/gitlab');
    expect(ci.token.createdByTokenId).toBe(erika.id);
    const put = await putDocument(sut, path('1.0.0'), makeOpenApi(), 'application/yaml', bearer(ci.secret));
    expect(put.status).toBe(201);
    expect(((await put.json()) as { publishedBy: string }).publishedBy).toBe('ci:erika@example.org/gitlab');
    const [event] = await sqlQuery<{ actor: string; actor_token_id: string }>(sut,
      `SELECT actor, actor_token_id FROM audit_event WHERE action = 'contract.published' ORDER BY seq DESC LIMIT 1`);
    expect(event).toEqual({ actor: 'ci:erika@example.org/gitlab', actor_token_id: ci.token.id });
  });

  it('refuses a non-admin that names another owner (e.g. system:bootstrap), storing nothing', async () => {
    const before = (await sqlQuery<{ n: number }>(sut, 'SELECT count(*)::int AS n FROM api_token'))[0].n;
    for (const input of [
      { name: 'evil', owner: 'system:bootstrap', role: 'PUBLISHER', components: ['antragsservice'] },
      { name: 'evil', owner: 'admin', role: 'USER' },
    ]) {
      const res = await gql(sut, CREATE, { i: input }, bearer(erika.secret));
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await sqlQuery<{ n: number }>(sut, 'SELECT count(*)::int AS n FROM api_token'))[0].n).toBe(before);
  });

  it('lets an ADMIN still choose the owner', async () => {
    const res = await gql<Created>(sut, CREATE, { i: { name: 'named', owner: 'team-antrag', role: 'PUBLISHER', components: ['antragsservice'] } }, bearer());
    expect(res.data?.createApiToken.token.owner).toBe('team-antrag');
  });

  it('stops a CI token working when the role it was minted under is revoked', async () => {
    const ci = (await gql<Created>(sut, CREATE, { i: { name: 'role-bound', role: 'PUBLISHER', components: ['antragsservice'] } }, bearer(erika.secret))).data!.createApiToken;
    expect((await putDocument(sut, path('1.1.0'), makeOpenApi({ paths: ['/antraege', '/a'] }), 'application/yaml', bearer(ci.secret))).status).toBe(201);
    const revoke = await gql(sut, 'mutation { revokeRole(input: { subject: "erika@example.org", role: PLATFORM_OWNER, component: "antragsservice" }) }', {}, bearer());
    expect(revoke.data).toEqual({ revokeRole: true });
    const refused = await putDocument(sut, path('1.2.0'), makeOpenApi({ paths: ['/antraege', '/a', '/b'] }), 'application/yaml', bearer(ci.secret));
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { detail: string }).detail).toContain('role it was created under');
    // Admin-minted CI tokens do not depend on anybody's role.
    const adminCi = await createToken(sut, { name: 'admin-ci', role: 'PUBLISHER', components: ['antragsservice'] });
    expect((await putDocument(sut, path('1.2.0'), makeOpenApi({ paths: ['/antraege', '/a', '/b'] }), 'application/yaml', bearer(adminCi.secret))).status).toBe(201);
    await grantRole(sut, 'erika@example.org', 'PLATFORM_OWNER', 'antragsservice');
  });

  it('gives every token at most REGISTRY_TOKEN_MAX_DAYS and clamps longer requests', async () => {
    const now = Date.now();
    const open = (await gql<Created>(sut, CREATE, { i: { name: 'no-expiry', role: 'ADMIN' } }, bearer())).data!.createApiToken.token;
    const long = (await gql<Created>(sut, CREATE, { i: { name: 'long', role: 'ADMIN', expiresIn: '400d' } }, bearer())).data!.createApiToken.token;
    const short = (await gql<Created>(sut, CREATE, { i: { name: 'short', role: 'ADMIN', expiresIn: '2d' } }, bearer())).data!.createApiToken.token;
    for (const t of [open, long]) {
      expect(Math.abs(new Date(t.expiresAt).getTime() - (now + 30 * DAY))).toBeLessThan(60_000);
    }
    expect(Math.abs(new Date(short.expiresAt).getTime() - (now + 2 * DAY))).toBeLessThan(60_000);
  });

  it('never lets a token outlive the token that created it', async () => {
    const parent = (await gql<Created>(sut, CREATE, { i: { name: 'parent', owner: 'erika@example.org', role: 'USER', expiresIn: '1h' } }, bearer())).data!.createApiToken;
    const child = (await gql<Created>(sut, CREATE, { i: { name: 'child', role: 'USER', expiresIn: '20d' } }, bearer(parent.secret))).data!.createApiToken;
    expect(new Date(child.token.expiresAt).getTime()).toBeLessThanOrEqual(new Date(parent.token.expiresAt).getTime());
  });
});
