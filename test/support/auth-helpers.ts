import { bearer, gql, type TestApp } from './test-app.js';

/** Creates a token through the API (as the admin unless `as` is given) and returns its secret and id. */
export async function createToken(t: TestApp, input: Record<string, unknown>, as: string = t.adminToken): Promise<{ secret: string; id: string }> {
  const res = await gql<{ createApiToken: { secret: string; token: { id: string } } }>(
    t, 'mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id } } }', { i: input }, bearer(as));
  if (res.errors) throw new Error(`createApiToken failed: ${JSON.stringify(res.errors)}`);
  return { secret: res.data!.createApiToken.secret, id: res.data!.createApiToken.token.id };
}

export async function grantRole(t: TestApp, subject: string, role: string, component: string, as: string = t.adminToken) {
  return gql(t, 'mutation($i: RoleGrantInput!) { grantRole(input: $i) { id role } }', { i: { subject, role, component } }, bearer(as));
}

export async function createComponent(t: TestApp, input: Record<string, unknown>, as: string = t.adminToken) {
  return gql(t, 'mutation($i: CreateComponentInput!) { createComponent(input: $i) { slug } }', { i: input }, bearer(as));
}

export const PUBLISH_MUTATION = 'mutation($i: PublishContractVersionInput!) { publishContractVersion(input: $i) { version } }';
