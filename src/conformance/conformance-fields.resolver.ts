import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import type { Component } from '../components/component.entity.js';
import { ComponentModel } from '../components/dto/component.model.js';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { ConformanceLoadersFactory } from './conformance-loaders.js';
import { ConformanceService, type RecordView } from './conformance.service.js';
import { RequirementSetsService } from './requirement-sets.service.js';
import {
  ConformanceRecordModel, EudiConformanceModel, EvidenceModel, PlausibilityAdviceModel, RequirementModel, RequirementSetModel, VerdictModel,
} from './dto/conformance.model.js';
import { evidenceModel, recordModel, requirementModel } from './dto/conformance.mappers.js';

@Resolver(() => ComponentModel)
export class ComponentConformanceResolver {
  constructor(private readonly loaders: ConformanceLoadersFactory) {}

  @ResolveField(() => EudiConformanceModel, { description: 'EUDI Wallet conformance: the current record and the history' })
  @Access('read')
  async eudiConformance(@Parent() component: Component, @Context() ctx: GraphqlContext): Promise<EudiConformanceModel> {
    const { current, history } = await this.loaders.of(ctx).byComponentId.load(component.id);
    return { current: current && recordModel(current), history: history.map(recordModel) };
  }
}

@Resolver(() => ConformanceRecordModel)
export class ConformanceRecordFieldsResolver {
  constructor(private readonly loaders: ConformanceLoadersFactory) {}

  @ResolveField(() => ComponentModel)
  @Access('read')
  component(@Parent() record: ConformanceRecordModel, @Context() ctx: GraphqlContext) {
    return ctx.loaders.componentById.load(record.componentId);
  }

  @ResolveField(() => [PlausibilityAdviceModel], { description: 'Advice from the covered OpenAPI contract versions' })
  @Access('read')
  plausibility(@Parent() record: ConformanceRecordModel, @Context() ctx: GraphqlContext) {
    return this.loaders.of(ctx).plausibility.load(record as unknown as RecordView);
  }
}

@Resolver(() => VerdictModel)
export class VerdictFieldsResolver {
  constructor(private readonly loaders: ConformanceLoadersFactory) {}

  @ResolveField(() => [EvidenceModel], { description: 'The evidence cited for this verdict' })
  @Access('read')
  async evidence(@Parent() verdict: VerdictModel, @Context() ctx: GraphqlContext): Promise<EvidenceModel[]> {
    const rows = await this.loaders.of(ctx).evidenceById.loadMany(verdict.evidenceIds ?? []);
    return rows.filter((r) => r !== null && !(r instanceof Error)).map((r) => evidenceModel(r as Exclude<typeof r, Error | null>));
  }
}

@Resolver(() => RequirementSetModel)
export class RequirementSetFieldsResolver {
  constructor(private readonly sets: RequirementSetsService) {}

  @ResolveField(() => [RequirementModel])
  @Access('read')
  async requirements(
    @Parent() set: RequirementSetModel,
    @Args('category', { nullable: true, type: () => String }) category?: string,
    @Args('includeWithdrawn', { type: () => Boolean, defaultValue: true }) includeWithdrawn = true,
  ): Promise<RequirementModel[]> {
    const loaded = await this.sets.require(set.name, set.version);
    return loaded.requirements
      .filter((r) => (category === undefined || r.category === category) && (includeWithdrawn || !r.withdrawn))
      .map((r) => requirementModel(set.name, set.version, r));
  }
}

@Resolver(() => RequirementModel)
export class RequirementFieldsResolver {
  constructor(
    private readonly sets: RequirementSetsService,
    private readonly service: ConformanceService,
  ) {}

  @ResolveField(() => [ConformanceRecordModel], { description: 'Records with a verdict on this requirement (current records only unless currentOnly: false)' })
  @Access('read')
  async records(@Parent() r: RequirementModel, @Args('currentOnly', { type: () => Boolean, defaultValue: true }) currentOnly = true): Promise<ConformanceRecordModel[]> {
    const set = await this.sets.require(r.setName, r.setVersion);
    return (await this.service.recordsCiting(set, r.id, currentOnly)).map(recordModel);
  }
}
