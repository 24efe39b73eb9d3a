import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import semver from 'semver';
import { decodeCursor, encodeCursor, MAX_PAGE_SIZE } from '../common/graphql/connection.js';
import { DomainError } from '../common/errors/domain-error.js';
import { Access } from '../auth/access.decorator.js';
import { requirePrincipal } from '../auth/auth.resolver.js';
import type { Component } from './component.entity.js';
import type { Contract } from './contract.entity.js';
import { ComponentsService } from './components.service.js';
import { pickLatest } from './domain/component-facts.js';
import { ComponentFieldsInput, ComponentFilterInput, CreateComponentInput } from './dto/component.input.js';
import { CompatibilityModeEnum, CompatibilityScopeEnum, ComponentConnection, SemverPolicyEnum, ComponentModel, ContractModel, ContractVersionModel } from './dto/component.model.js';
import type { GraphqlContext } from './registry-loaders.js';

/** Default page of `ContractModel.versions` (the cost analysis multiplies by it). */
export const VERSIONS_PAGE = 20;

export function assertPageSize(first: number): void {
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw new DomainError('BAD_REQUEST', `"first" must be between 0 and ${MAX_PAGE_SIZE}`, [{ pointer: '/first', message: `maximum page size is ${MAX_PAGE_SIZE}` }]);
  }
}

@Resolver(() => ComponentModel)
export class ComponentsResolver {
  constructor(private readonly service: ComponentsService) {}

  @Query(() => ComponentConnection, { description: 'Base components, ordered by slug (Relay connection)' })
  @Access('read', { rate: 'expensive' })
  async components(
    @Args('filter', { nullable: true }) filter?: ComponentFilterInput,
    @Args('first', { type: () => Int, defaultValue: 20 }) first = 20,
    @Args('after', { nullable: true }) after?: string,
  ): Promise<ComponentConnection> {
    assertPageSize(first);
    const page = await this.service.list(filter ?? {}, first, decodeCursor(after));
    const edges = page.items.map((c) => ({ cursor: encodeCursor(c.slug), node: c as unknown as ComponentModel }));
    return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  @Query(() => ComponentModel, { nullable: true })
  @Access('read')
  component(@Args('slug') slug: string): Promise<Component | null> {
    return this.service.findBySlug(slug);
  }

  @Mutation(() => ComponentModel, { description: 'ADMIN only' })
  @Access('create-component')
  createComponent(@Args('input') input: CreateComponentInput, @Context() ctx: GraphqlContext): Promise<Component> {
    return this.service.create(input, requirePrincipal(ctx));
  }

  @Mutation(() => ComponentModel, { description: 'ADMIN or the PLATFORM_OWNER of the component' })
  @Access('manage-component', { component: 'slug' })
  updateComponent(@Args('slug') slug: string, @Args('input') input: ComponentFieldsInput, @Context() ctx: GraphqlContext): Promise<Component> {
    return this.service.update(slug, input, requirePrincipal(ctx));
  }

  @Mutation(() => ContractModel, { description: 'ADMIN or the PLATFORM_OWNER of the component. Creates the contract when it has no version yet' })
  @Access('manage-component', { component: 'component' })
  setCompatibilityMode(
    @Args('component') component: string,
    @Args('contract') contract: string,
    @Args('mode', { type: () => CompatibilityModeEnum }) mode: CompatibilityModeEnum,
    @Context() ctx: GraphqlContext,
  ): Promise<Contract> {
    return this.service.setCompatibilityMode(component, contract, mode, requirePrincipal(ctx));
  }

  @Mutation(() => ContractModel, { description: 'ADMIN or the PLATFORM_OWNER of the component. Creates the contract when it has no version yet' })
  @Access('manage-component', { component: 'component' })
  setSemverPolicy(
    @Args('component') component: string,
    @Args('contract') contract: string,
    @Args('policy', { type: () => SemverPolicyEnum }) policy: SemverPolicyEnum,
    @Context() ctx: GraphqlContext,
  ): Promise<Contract> {
    return this.service.setSemverPolicy(component, contract, policy, requirePrincipal(ctx));
  }

  @Mutation(() => ContractModel, { description: 'ADMIN or the PLATFORM_OWNER of the component. Creates the contract when it has no version yet' })
  @Access('manage-component', { component: 'component' })
  setCompatibilityScope(
    @Args('component') component: string,
    @Args('contract') contract: string,
    @Args('scope', { type: () => CompatibilityScopeEnum }) scope: CompatibilityScopeEnum,
    @Context() ctx: GraphqlContext,
  ): Promise<Contract> {
    return this.service.setCompatibilityScope(component, contract, scope, requirePrincipal(ctx));
  }

  @ResolveField(() => [ContractModel])
  @Access('read')
  contracts(@Parent() component: Component, @Context() ctx: GraphqlContext): Promise<Contract[]> {
    return ctx.loaders.contractsByComponentId.load(component.id);
  }
}

@Resolver(() => ContractModel)
export class ContractsFieldResolver {
  @ResolveField(() => [ContractVersionModel], { description: `Versions, highest semver first: the first ${VERSIONS_PAGE} unless \`first\` says otherwise (at most ${MAX_PAGE_SIZE})` })
  @Access('read')
  async versions(
    @Parent() contract: Contract,
    @Context() ctx: GraphqlContext,
    @Args('first', { type: () => Int, defaultValue: VERSIONS_PAGE }) first = VERSIONS_PAGE,
  ) {
    assertPageSize(first);
    if (ctx.budget.exceeded) throw ctx.budget.error();
    const rows = await ctx.loaders.versionsByContractId.load(contract.id);
    return [...rows].sort((a, b) => semver.rcompare(a.version, b.version)).slice(0, first).map((v) => ({ ...v, kind: contract.kind }));
  }

  @ResolveField(() => ContractVersionModel, { nullable: true, description: 'Highest semver without pre-release' })
  @Access('read')
  async latestVersion(@Parent() contract: Contract, @Context() ctx: GraphqlContext) {
    const rows = await ctx.loaders.versionsByContractId.load(contract.id);
    const latest = pickLatest(rows.map((r) => r.version));
    const row = rows.find((r) => r.version === latest);
    return row ? { ...row, kind: contract.kind } : null;
  }

  @ResolveField(() => ComponentModel)
  @Access('read')
  async component(@Parent() contract: Contract, @Context() ctx: GraphqlContext) {
    return ctx.loaders.componentById.load(contract.componentId);
  }
}
