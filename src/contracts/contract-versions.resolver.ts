import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { ContractVersion } from '../components/contract-version.entity.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { ComponentsService } from '../components/components.service.js';
import { ContractModel, ContractVersionModel } from '../components/dto/component.model.js';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { JsonScalar } from '../common/graphql/json.scalar.js';
import { CompatibilityReportModel } from '../compatibility/dto/compatibility.model.js';
import { Access } from '../auth/access.decorator.js';
import { principalOf } from '../auth/request-context.js';
import { PublishContractVersionInput } from './dto/publish.input.js';
import { PublishService } from './publish.service.js';

type VersionRow = ContractVersion & { kind?: string };

@Resolver(() => ContractVersionModel)
export class ContractVersionsResolver {
  constructor(
    private readonly components: ComponentsService,
    private readonly publisher: PublishService,
    private readonly repo: ComponentsRepository,
  ) {}

  @Query(() => ContractVersionModel, { description: 'One version; `version: "latest"` gives the highest semver without pre-release' })
  @Access('read', { rate: 'document' })
  async contractVersion(
    @Args('component') component: string,
    @Args('contract') contract: string,
    @Args('version') version: string,
  ): Promise<VersionRow> {
    const { contract: c } = await this.components.getContract(component, contract);
    return { ...(await this.components.getVersion(component, contract, version)), kind: c.kind } as VersionRow;
  }

  @Mutation(() => ContractVersionModel, { description: 'Validate and publish a version atomically; identical re-publish returns the stored version. ADMIN, PLATFORM_OWNER, OPERATOR or a PUBLISHER token in scope' })
  @Access('publish', { component: 'input.component', contract: 'input.contract' })
  async publishContractVersion(@Args('input') input: PublishContractVersionInput, @Context() ctx: GraphqlContext): Promise<VersionRow> {
    const result = await this.publisher.publish({
      component: input.component,
      contract: input.contract,
      version: input.version,
      bytes: Buffer.from(input.document, 'utf8'),
      publishedBy: publisherName(ctx),
      actorTokenId: principalOf(ctx.req)?.tokenId || null,
    });
    return { ...result.version, kind: result.contract.kind } as VersionRow;
  }

  @ResolveField(() => String, { description: 'The document exactly as uploaded' })
  @Access('read')
  async document(@Parent() v: VersionRow, @Context() ctx: GraphqlContext): Promise<string> {
    ctx.budget.charge(v.sizeBytes, 'document');
    return (await this.full(v, ctx)).documentText;
  }

  @ResolveField(() => JsonScalar, { description: 'The document in parsed form (JSON)' })
  @Access('read')
  async documentJson(@Parent() v: VersionRow, @Context() ctx: GraphqlContext): Promise<unknown> {
    // Parsed JSON is usually larger than the uploaded text (indentation is gone, quotes are added).
    ctx.budget.charge(2 * v.sizeBytes, 'documentJson');
    return (await this.full(v, ctx)).document;
  }

  @ResolveField(() => CompatibilityReportModel, { nullable: true, description: 'Compatibility report against the predecessor version (null for a first version)' })
  @Access('read')
  async compatibilityReport(@Parent() v: VersionRow, @Context() ctx: GraphqlContext): Promise<unknown> {
    return (await this.full(v, ctx, 'compatibilityReport')).compatibilityReport;
  }

  @ResolveField(() => String, { nullable: true, description: 'Generated changelog (Markdown) against the predecessor' })
  @Access('read')
  async changelog(@Parent() v: VersionRow, @Context() ctx: GraphqlContext): Promise<string | null> {
    return (await this.full(v, ctx, 'changelog')).changelog;
  }

  @ResolveField(() => Boolean)
  @Access('read')
  prerelease(@Parent() v: VersionRow): boolean {
    return v.prerelease !== null && v.prerelease !== undefined && (v.prerelease as unknown) !== false;
  }

  @ResolveField(() => ContractModel)
  @Access('read')
  async contract(@Parent() v: VersionRow, @Context() ctx: GraphqlContext) {
    return ctx.loaders.contractById.load(v.contractId);
  }

  /**
   * Listings load versions without their documents; fetch the full row only when asked for. The full
   * row holds the document, so loading it for a report or changelog is charged to the budget too (once
   * per version and request).
   */
  private async full(v: VersionRow, ctx: GraphqlContext, chargeAs?: string): Promise<ContractVersion> {
    if (v.documentText !== undefined) return v;
    if (ctx.budget.exceeded) throw ctx.budget.error();
    if (chargeAs) ctx.budget.chargeOnce(`row:${v.id}`, v.sizeBytes, chargeAs);
    const row = await ctx.loaders.fullVersionById.load(v.id);
    if (!row) throw new Error(`version ${v.id} vanished`);
    return row;
  }
}

export function publisherName(ctx: GraphqlContext): string {
  return principalOf(ctx.req)?.name ?? 'anonymous';
}
