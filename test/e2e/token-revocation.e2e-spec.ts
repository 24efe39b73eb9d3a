// Issue #11, finding 2: who may revoke whom, decided by token ids and component roles, never by
// owner names. One fresh target token per row, so every row is independent of the others.
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken, grantRole } from '../support/auth-helpers.js';
import { bearer, gql, putDocument, sqlQuery, startTestApp, type TestApp } from '../support/test-app.js';

const REVOKE = 'mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }';
const VIEWER = '{ viewer { name tokenName role } }';

type Actor = 'admin' | 'erika' | 'otto' | 'ops' | 'adminCi' | 'erikaCi';
// What the target is: who minted it, for whom.
type Target =
  | 'admin-token' | 'bootstrap-admin' | 'admin-ci-a' | 'erika-ci-a' | 'otto-ci-b' | 'erika-other-user'
  | 'erika-child-user' | 'ops-user' | 'admin-ci-ab';

const MATRIX: [Actor, Target, 'revoked' | 'NOT_FOUND' | 'FORBIDDEN'][] = [
  ['admin', 'admin-token', 'revoked'], ['admin', 'admin-ci-a', 'revoked'], ['admin', 'erika-ci-a', 'revoked'],
  ['admin', 'otto-ci-b', 'revoked'], ['admin', 'erika-other-user', 'revoked'], ['admin', 'ops-user', 'revoked'],
  // A USER: its own children, and as PLATFORM_OWNER the PUBLISHER tokens of its components.
  ['erika', 'erika-ci-a', 'revoked'], ['erika', 'erika-child-user', 'revoked'], ['erika', 'admin-ci-a', 'revoked'],
  ['erika', 'admin-token', 'NOT_FOUND'], ['erika', 'bootstrap-admin', 'NOT_FOUND'], ['erika', 'otto-ci-b', 'NOT_FOUND'],
  // Same owner name, but not created by this token: names are not identity.
  ['erika', 'erika-other-user', 'NOT_FOUND'], ['erika', 'ops-user', 'NOT_FOUND'],
  // PLATFORM_OWNER of only one of the scope's components.
  ['erika', 'admin-ci-ab', 'NOT_FOUND'],
  ['otto', 'otto-ci-b', 'revoked'], ['otto', 'erika-ci-a', 'NOT_FOUND'], ['otto', 'admin-ci-a', 'NOT_FOUND'], ['otto', 'admin-token', 'NOT_FOUND'],
  // OPERATOR is not PLATFORM_OWNER.
  ['ops', 'admin-ci-a', 'NOT_FOUND'], ['ops', 'erika-ci-a', 'NOT_FOUND'],
  // PUBLISHER tokens revoke nothing, whoever minted them and whatever their owner is called.
  ['adminCi', 'admin-token', 'FORBIDDEN'], ['adminCi', 'bootstrap-admin', 'FORBIDDEN'], ['adminCi', 'admin-ci-a', 'FORBIDDEN'],
  ['erikaCi', 'erika-ci-a', 'FORBIDDEN'], ['erikaCi', 'erika-child-user', 'FORBIDDEN'],
];

describe('token revocation matrix', () => {
  let sut: TestApp;
  const actors = {} as Record<Actor, string>;
  let bootstrapId: string;

  beforeAll(async () => {
    sut = await startTestApp({ REGISTRY_RATE_LIMIT_WRITES: '10000', REGISTRY_RATE_LIMIT_WRITES_PER_IP: '10000' });
    await createComponent(sut, COMPONENT_INPUT);
    await createComponent(sut, { ...COMPONENT_INPUT, slug: 'zahlung', name: 'Zahlung' });
    await grantRole(sut, 'erika@example.org', 'PLATFORM_OWNER', 'antragsservice');
    await grantRole(sut, 'otto@example.org', 'PLATFORM_OWNER', 'zahlung');
    await grantRole(sut, 'ops-team', 'OPERATOR', 'antragsservice');
    actors.admin = sut.adminToken;
    actors.erika = (await createToken(sut, { name: 'erika-laptop', owner: 'erika@example.org', role: 'USER' })).secret;
    actors.otto = (await createToken(sut, { name: 'otto-laptop', owner: 'otto@example.org', role: 'USER' })).secret;
    actors.ops = (await createToken(sut, { name: 'ops', owner: 'ops-team', role: 'USER' })).secret;
    actors.adminCi = (await createToken(sut, { name: 'gitlab-ci', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
    actors.erikaCi = (await createToken(sut, { name: 'erika-ci', role: 'PUBLISHER', components: ['antragsservice'] }, actors.erika)).secret;
    bootstrapId = (await sqlQuery<{ id: string }>(sut, `SELECT id FROM api_token WHERE name LIKE 'bootstrap-admin%'`))[0].id;
  });
  afterAll(() => sut.close());

  async function mint(target: Target): Promise<{ id: string; secret: string | null }> {
    switch (target) {
      case 'bootstrap-admin': return { id: bootstrapId, secret: null };
      case 'admin-token': return createToken(sut, { name: 'second-admin', role: 'ADMIN' });
      case 'admin-ci-a': return createToken(sut, { name: 'ci-a', role: 'PUBLISHER', components: ['antragsservice'] });
      case 'admin-ci-ab': return createToken(sut, { name: 'ci-ab', role: 'PUBLISHER', components: ['antragsservice', 'zahlung'] });
      case 'erika-ci-a': return createToken(sut, { name: 'erika-ci-a', role: 'PUBLISHER', components: ['antragsservice'] }, actors.erika);
      case 'otto-ci-b': return createToken(sut, { name: 'otto-ci-b', role: 'PUBLISHER', components: ['zahlung'] }, actors.otto);
      case 'erika-other-user': return createToken(sut, { name: 'erika-desktop', owner: 'erika@example.org', role: 'USER' });
      case 'erika-child-user': return createToken(sut, { name: 'erika-script', role: 'USER' }, actors.erika);
      case 'ops-user': return createToken(sut, { name: 'ops-2', owner: 'ops-team', role: 'USER' });
    }
  }

  it.each(MATRIX)('%s revoking %s: %s', async (actor, target, expected) => {
    const t = await mint(target);
    const res = await gql<{ revokeApiToken: { id: string; revokedAt: string } }>(sut, REVOKE, { id: t.id }, bearer(actors[actor]));
    const [row] = await sqlQuery<{ revoked_at: Date | null }>(sut, 'SELECT revoked_at FROM api_token WHERE id = $1', [t.id]);
    if (expected === 'revoked') {
      expect(res.errors).toBeUndefined();
      expect(res.data?.revokeApiToken.revokedAt).toBeTruthy();
      expect(row.revoked_at).not.toBeNull();
      if (t.secret) expect((await gql(sut, VIEWER, {}, bearer(t.secret))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    } else {
      expect(res.errors?.[0].extensions?.code).toBe(expected);
      expect(row.revoked_at).toBeNull();
      if (t.secret) expect((await gql(sut, VIEWER, {}, bearer(t.secret))).errors).toBeUndefined();
    }
  });

  it('lets a USER token revoke itself, but not a PUBLISHER token', async () => {
    const user = await createToken(sut, { name: 'throwaway', owner: 'someone', role: 'USER' });
    expect((await gql(sut, REVOKE, { id: user.id }, bearer(user.secret))).errors).toBeUndefined();
    const ci = await createToken(sut, { name: 'ci-self', role: 'PUBLISHER', components: ['antragsservice'] });
    expect((await gql(sut, REVOKE, { id: ci.id }, bearer(ci.secret))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('revokes the tokens a token created with it, transitively, with one audit event each', async () => {
    const parent = await createToken(sut, { name: 'parent', owner: 'erika@example.org', role: 'USER' });
    const child = await createToken(sut, { name: 'child', role: 'USER' }, parent.secret);
    const grandchild = await createToken(sut, { name: 'grandchild', role: 'PUBLISHER', components: ['antragsservice'] }, child.secret);
    const path = '/api/v1/components/antragsservice/contracts/cascade-api/versions/1.0.0';
    expect((await gql(sut, REVOKE, { id: parent.id }, bearer())).errors).toBeUndefined();
    for (const t of [parent, child, grandchild]) {
      expect((await gql(sut, VIEWER, {}, bearer(t.secret))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect((await putDocument(sut, path, makeOpenApi(), 'application/yaml', bearer(grandchild.secret))).status).toBe(401);
    const events = await sqlQuery<{ subject: string; details: { revokedWith?: string } }>(sut,
      `SELECT subject, details FROM audit_event WHERE action = 'token.revoked' AND subject = ANY($1::text[]) ORDER BY seq`, [[parent.id, child.id, grandchild.id]]);
    expect(events.map((e) => e.subject)).toEqual([parent.id, child.id, grandchild.id]);
    expect(events.slice(1).every((e) => e.details.revokedWith === parent.id)).toBe(true);
    // A revoked token mints nothing.
    const again = await gql(sut, 'mutation { createApiToken(input: { name: "late", role: USER }) { secret } }', {}, bearer(child.secret));
    expect(again.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
