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
  @Access('read')
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
  async document(@Parent() v: VersionRow): Promise<string> {
    return (await this.full(v)).documentText;
  }

  @ResolveField(() => JsonScalar, { description: 'The document in parsed form (JSON)' })
  @Access('read')
  async documentJson(@Parent() v: VersionRow): Promise<unknown> {
    return (await this.full(v)).document;
  }

  @ResolveField(() => CompatibilityReportModel, { nullable: true, description: 'Compatibility report against the predecessor version (null for a first version)' })
  @Access('read')
  async compatibilityReport(@Parent() v: VersionRow): Promise<unknown> {
    return (await this.full(v)).compatibilityReport;
  }

  @ResolveField(() => String, { nullable: true, description: 'Generated changelog (Markdown) against the predecessor' })
  @Access('read')
  async changelog(@Parent() v: VersionRow): Promise<string | null> {
    return (await this.full(v)).changelog;
  }

  @ResolveField(() => Boolean)
  @Access('read')
  prerelease(@Parent() v: VersionRow): boolean {
    return v.prerelease !== null && v.prerelease !== undefined && (v.prerelease as unknown) !== false;
  }

  @ResolveField(() => ContractModel)
  @Access('read')
  async contract(@Parent() v: VersionRow, @Context() ctx: GraphqlContext) {
    const row = await this.repo.findContractById(v.contractId);
    void ctx;
    return row;
  }

  /** Listings load versions without their documents; fetch the full row only when asked for. */
  private async full(v: VersionRow): Promise<ContractVersion> {
    if (v.documentText !== undefined) return v;
    const row = await this.repo.findVersionById(v.id);
    if (!row) throw new Error(`version ${v.id} vanished`);
    return row;
  }
}

export function publisherName(ctx: GraphqlContext): string {
  return principalOf(ctx.req)?.name ?? 'anonymous';
}
