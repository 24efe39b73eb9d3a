import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { requirePrincipal } from '../auth/auth.resolver.js';
import type { Component } from '../components/component.entity.js';
import { ComponentModel } from '../components/dto/component.model.js';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { aiTransparencyModel, assessmentModel, cryptoModel, operatingModelModel, publiccodeModel, releaseModel, sbomModel } from './dto/trust.mappers.js';
import {
  AiTransparencyInput, AiTransparencyModel, ComponentReleaseModel, CreateReleaseInput, CryptoAssessmentModel, LicenceCatalogueEntry, LicenceCatalogueFilterInput,
  OperatingModelInput, OperatingModelModel, PubliccodeModel, RejudgeResultModel, SbomModel, SbomUploadResultModel, UploadSbomInput,
} from './dto/trust.model.js';
import type { AiTransparency, OperatingModel } from './domain/declared-facts.js';
import { TrustFactsService } from './trust-facts.service.js';
import { TrustLoadersFactory } from './trust-loaders.js';
import { TrustService } from './trust.service.js';

@Resolver(() => ComponentModel)
export class ComponentTrustResolver {
  constructor(private readonly loaders: TrustLoadersFactory, private readonly facts: TrustFactsService) {}

  @ResolveField(() => [OperatingModelModel], { description: 'Every version of the operating model, newest first (append-only)' })
  @Access('read')
  async operatingModelHistory(@Parent() c: Component): Promise<OperatingModelModel[]> {
    return (await this.facts.history<OperatingModel>('component_operating_model', c.id)).map(operatingModelModel);
  }

  @ResolveField(() => [AiTransparencyModel], { description: 'Every version of the AI transparency record, newest first (append-only)' })
  @Access('read')
  async aiTransparencyHistory(@Parent() c: Component): Promise<AiTransparencyModel[]> {
    return (await this.facts.history<AiTransparency>('component_ai_transparency', c.id)).map(aiTransparencyModel);
  }

  @ResolveField(() => [ComponentReleaseModel], { description: 'Releases, highest semver first' })
  @Access('read')
  async releases(@Parent() c: Component, @Context() ctx: GraphqlContext): Promise<ComponentReleaseModel[]> {
    return (await this.loaders.of(ctx).releases.load(c.id)).map((r) => releaseModel(r, c.slug));
  }

  @ResolveField(() => OperatingModelModel, { nullable: true, description: 'The current (newest) self-declared operating model' })
  @Access('read')
  async operatingModel(@Parent() c: Component, @Context() ctx: GraphqlContext): Promise<OperatingModelModel | null> {
    const row = await this.loaders.of(ctx).operatingModel.load(c.id);
    return row && operatingModelModel(row);
  }

  @ResolveField(() => AiTransparencyModel, { nullable: true, description: 'The current AI transparency record (components marked as AI systems)' })
  @Access('read')
  async aiTransparency(@Parent() c: Component, @Context() ctx: GraphqlContext): Promise<AiTransparencyModel | null> {
    const row = await this.loaders.of(ctx).aiTransparency.load(c.id);
    return row && aiTransparencyModel(row);
  }

  @ResolveField(() => PubliccodeModel, { nullable: true, description: 'Metadata from the newest imported publiccode.yml' })
  @Access('read')
  async publiccode(@Parent() c: Component, @Context() ctx: GraphqlContext): Promise<PubliccodeModel | null> {
    const row = await this.loaders.of(ctx).publiccode.load(c.id);
    return row && publiccodeModel(row);
  }
}

@Resolver(() => ComponentReleaseModel)
export class ReleaseFieldsResolver {
  constructor(private readonly loaders: TrustLoadersFactory) {}

  @ResolveField(() => SbomModel, { nullable: true })
  @Access('read')
  async sbom(
    @Parent() r: ComponentReleaseModel,
    @Context() ctx: GraphqlContext,
    @Args('firstNonCompliant', { type: () => Int, defaultValue: 100, description: 'How many non-compliant components the TR-03183-2 report lists (at most 1000)' }) first = 100,
  ): Promise<SbomModel | null> {
    const s = await this.loaders.of(ctx).sbom.load(r.id);
    return s && sbomModel(s, r.componentSlug, r.version, Math.min(Math.max(first, 0), 1000));
  }

  @ResolveField(() => CryptoAssessmentModel, { nullable: true, description: 'CBOM judgement under the current rule set (or the newest one)' })
  @Access('read')
  async crypto(@Parent() r: ComponentReleaseModel, @Context() ctx: GraphqlContext): Promise<CryptoAssessmentModel | null> {
    const a = await this.loaders.of(ctx).crypto.load(r.id);
    return a && assessmentModel(a);
  }
}

@Resolver()
export class TrustResolver {
  constructor(private readonly service: TrustService, private readonly facts: TrustFactsService) {}

  @Mutation(() => ComponentReleaseModel, { description: 'Declares a release of a component and the contract versions it implements (immutable). Publish rights on the component.' })
  @Access('publish', { component: 'input.component' })
  async createRelease(@Args('input') input: CreateReleaseInput, @Context() ctx: GraphqlContext): Promise<ComponentReleaseModel> {
    const { release } = await this.service.createRelease(input.component, input.version, input.contractVersions, requirePrincipal(ctx));
    return releaseModel(release, input.component);
  }

  @Mutation(() => SbomUploadResultModel, { description: 'Uploads the SBOM of a release (immutable; the same document again is a no-op). Publish rights on the component.' })
  @Access('publish', { component: 'input.component', rate: 'expensive' })
  async uploadSbom(@Args('input') input: UploadSbomInput, @Context() ctx: GraphqlContext): Promise<SbomUploadResultModel> {
    const r = await this.service.uploadSbom(input.component, input.version, Buffer.from(input.document, 'utf8'), requirePrincipal(ctx));
    return { component: input.component, version: input.version, created: r.created, sbom: sbomModel(r.sbom, input.component, input.version), crypto: r.analysis ? cryptoModel(r.analysis.crypto) : null };
  }

  @Mutation(() => OperatingModelModel, { description: 'Appends a new version of the operating model. ADMIN or the PLATFORM_OWNER.' })
  @Access('manage-component', { component: 'component' })
  async recordOperatingModel(@Args('component') component: string, @Args('input') input: OperatingModelInput, @Context() ctx: GraphqlContext): Promise<OperatingModelModel> {
    return operatingModelModel(await this.facts.recordOperatingModel(component, strip(input), requirePrincipal(ctx)));
  }

  @Mutation(() => AiTransparencyModel, { description: 'Appends a new version of the AI transparency record. ADMIN or the PLATFORM_OWNER.' })
  @Access('manage-component', { component: 'component' })
  async recordAiTransparency(@Args('component') component: string, @Args('input') input: AiTransparencyInput, @Context() ctx: GraphqlContext): Promise<AiTransparencyModel> {
    return aiTransparencyModel(await this.facts.recordAiTransparency(component, strip(input), requirePrincipal(ctx)));
  }

  @Mutation(() => PubliccodeModel, { description: 'Imports a publiccode.yml (0.4–0.7) and fills the component metadata. ADMIN or the PLATFORM_OWNER.' })
  @Access('manage-component', { component: 'component' })
  async importPubliccode(@Args('component') component: string, @Args('document') document: string, @Context() ctx: GraphqlContext): Promise<PubliccodeModel> {
    const r = await this.facts.importPubliccode(component, document, requirePrincipal(ctx));
    return publiccodeModel({ id: '', componentId: r.component.id, version: r.version, facts: r.facts, recordedBy: '', recordedAt: new Date() });
  }

  @Mutation(() => RejudgeResultModel, { description: 'Judges every stored CBOM under the current TR-02102-1 rule set where not yet done. ADMIN only.' })
  @Access('admin')
  rejudgeCryptography(@Context() ctx: GraphqlContext): Promise<RejudgeResultModel> {
    return this.service.rejudgeCryptography(requirePrincipal(ctx));
  }

  @Query(() => [LicenceCatalogueEntry], { description: 'Every licence of declarations and SBOMs, with the components containing it' })
  @Access('read', { rate: 'expensive' })
  licenceCatalogue(@Args('filter', { nullable: true }) filter?: LicenceCatalogueFilterInput): Promise<LicenceCatalogueEntry[]> {
    return this.service.licenceCatalogue(filter ?? {});
  }
}

/** GraphQL inputs arrive as class instances with absent fields undefined; zod wants plain objects. */
function strip<T>(input: T): unknown {
  return JSON.parse(JSON.stringify(input));
}
