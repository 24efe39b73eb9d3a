import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { DomainError } from '../common/errors/domain-error.js';
import { MAX_PAGE_SIZE } from '../common/graphql/connection.js';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { Access } from './access.decorator.js';
import type { ApiToken } from './api-token.entity.js';
import { ApiTokensService } from './api-tokens.service.js';
import { UnauthenticatedError } from './auth.errors.js';
import type { Principal } from './domain/access-policy.js';
import { parseDuration } from './domain/token-secret.js';
import { ApiTokenModel, CreateApiTokenInput, CreatedApiToken, RoleGrantInput, RoleGrantModel, Viewer } from './dto/auth.types.js';
import { principalOf } from './request-context.js';
import { RolesService } from './roles.service.js';

export function requirePrincipal(ctx: GraphqlContext): Principal {
  const p = principalOf(ctx.req);
  if (!p) throw new UnauthenticatedError();
  return p;
}

function tokenView(t: ApiToken): ApiTokenModel {
  return { ...t, components: t.scopeComponents, contracts: t.scopeContracts } as unknown as ApiTokenModel;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly tokens: ApiTokensService,
    private readonly roles: RolesService,
  ) {}

  @Query(() => Viewer, { description: 'Who the request token belongs to' })
  @Access('authenticated')
  viewer(@Context() ctx: GraphqlContext): Viewer {
    const p = requirePrincipal(ctx);
    return { name: p.name, tokenName: p.tokenName, role: p.role, components: p.components, contracts: p.contracts } as Viewer;
  }

  @Query(() => [ApiTokenModel], { description: 'ADMIN: all tokens, newest first (never their secrets)' })
  @Access('admin')
  async apiTokens(@Args('first', { type: () => Int, defaultValue: 50 }) first: number): Promise<ApiTokenModel[]> {
    if (first < 0 || first > MAX_PAGE_SIZE) throw new DomainError('BAD_REQUEST', `"first" must be between 0 and ${MAX_PAGE_SIZE}`);
    return (await this.tokens.list(first)).map(tokenView);
  }

  @Mutation(() => CreatedApiToken, { description: 'ADMIN: any token; PLATFORM_OWNER: PUBLISHER tokens for its components; USER: own USER tokens' })
  @Access('authenticated', { rate: 'write' })
  async createApiToken(@Args('input') input: CreateApiTokenInput, @Context() ctx: GraphqlContext): Promise<CreatedApiToken> {
    let expiresAt = input.expiresAt ?? null;
    if (input.expiresIn) {
      const ms = parseDuration(input.expiresIn);
      if (ms === null) throw new DomainError('VALIDATION_FAILED', 'expiresIn must look like "90d", "12h" or "30m"', [{ pointer: '/expiresIn', message: 'invalid duration' }]);
      expiresAt = new Date(Date.now() + ms);
    }
    const { token, secret } = await this.tokens.create(requirePrincipal(ctx), { ...input, expiresAt });
    return { token: tokenView(token), secret };
  }

  @Mutation(() => ApiTokenModel, { description: 'ADMIN: any token; USER: itself, the tokens it created, PUBLISHER tokens of components it is PLATFORM_OWNER of. Tokens it created are revoked with it. Revoking twice is a no-op' })
  @Access('authenticated', { rate: 'write' })
  async revokeApiToken(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphqlContext): Promise<ApiTokenModel> {
    return tokenView(await this.tokens.revoke(requirePrincipal(ctx), id));
  }

  @Query(() => [RoleGrantModel], { description: 'Role grants of a component (ADMIN or its PLATFORM_OWNER)' })
  @Access('manage-roles', { component: 'component', rate: 'none' })
  async roleGrants(@Args('component') component: string): Promise<RoleGrantModel[]> {
    return (await this.roles.list(component)).map((g) => ({ ...g, component }) as RoleGrantModel);
  }

  @Mutation(() => RoleGrantModel, { description: 'ADMIN, or the PLATFORM_OWNER of the component' })
  @Access('manage-roles', { component: 'input.component' })
  async grantRole(@Args('input') input: RoleGrantInput, @Context() ctx: GraphqlContext): Promise<RoleGrantModel> {
    const g = await this.roles.grant(requirePrincipal(ctx), input);
    return { ...g, component: input.component } as RoleGrantModel;
  }

  @Mutation(() => Boolean, { description: 'true when a grant was removed' })
  @Access('manage-roles', { component: 'input.component' })
  revokeRole(@Args('input') input: RoleGrantInput, @Context() ctx: GraphqlContext): Promise<boolean> {
    return this.roles.revoke(requirePrincipal(ctx), input);
  }
}
