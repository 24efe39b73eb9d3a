import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { principalOf } from '../auth/request-context.js';
import { NotFoundError } from '../common/errors/domain-error.js';
import type { ContractVersion } from '../components/contract-version.entity.js';
import { ContractVersionModel } from '../components/dto/component.model.js';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { extendsEntries } from './domain/profile-definition.js';
import type { GuidelineLintJobRow, GuidelineResultRow } from './guideline-rows.entity.js';
import { GuidelineRelintService } from './guideline-relint.service.js';
import { GuidelinesService, type EffectivePolicy, type ProfileView } from './guidelines.service.js';
import {
  GovernanceProfile, GuidelineLintJob, GuidelineModeEnum, GuidelinePolicy, GuidelineResult, SetGuidelinePolicyInput, UploadGovernanceProfileInput,
} from './dto/guidelines.model.js';

@Resolver()
export class GuidelinesResolver {
  constructor(
    private readonly guidelines: GuidelinesService,
    private readonly relint: GuidelineRelintService,
  ) {}

  @Query(() => [GovernanceProfile], { description: 'Guideline profiles: the built-in dstack and every uploaded version' })
  @Access('read')
  async governanceProfiles(): Promise<GovernanceProfile[]> {
    return (await this.guidelines.listProfiles()).map(profileModel);
  }

  @Query(() => GuidelinePolicy, { description: 'The guideline policy in effect (contract → component → registry → default)' })
  @Access('read')
  async guidelinePolicy(
    @Args('component', { type: () => String, nullable: true }) component?: string | null,
    @Args('contract', { type: () => String, nullable: true }) contract?: string | null,
  ): Promise<GuidelinePolicy> {
    return policyModel(await this.guidelines.effectivePolicyFor(component ?? null, contract ?? null));
  }

  @Mutation(() => GovernanceProfile, { description: 'Store a profile version (immutable; identical re-upload returns it). ADMIN' })
  @Access('admin', { rate: 'write' })
  async uploadGovernanceProfile(@Args('input') input: UploadGovernanceProfileInput, @Context() ctx: GraphqlContext): Promise<GovernanceProfile> {
    const p = principalOf(ctx.req);
    const { profile } = await this.guidelines.uploadProfile(input.name, input.version, input.document, p?.name ?? 'anonymous', p?.tokenId || null);
    return profileModel(profile);
  }

  @Mutation(() => GuidelinePolicy, { description: 'Set the guideline policy of a component or contract (ADMIN or its PLATFORM_OWNER) or the registry default (ADMIN)' })
  @Access('manage-component', { component: 'input.component' })
  async setGuidelinePolicy(@Args('input') input: SetGuidelinePolicyInput, @Context() ctx: GraphqlContext): Promise<GuidelinePolicy> {
    const p = principalOf(ctx.req);
    const { policy } = await this.guidelines.setPolicy({ ...input, mode: input.mode, actor: p?.name ?? 'anonymous', actorTokenId: p?.tokenId || null });
    return policyModel({ mode: policy.mode, profile: policy.profileName, profileVersion: policy.profileVersion, source: policy.scope });
  }

  @Mutation(() => GuidelineLintJob, { description: 'Re-lint every stored version against a profile version in the background. ADMIN' })
  @Access('admin', { rate: 'write' })
  async relintContractVersions(
    @Args('profile') profile: string,
    @Args('version', { type: () => String, nullable: true, description: 'default: the newest' }) version: string | null,
    @Context() ctx: GraphqlContext,
  ): Promise<GuidelineLintJob> {
    const p = principalOf(ctx.req);
    return jobModel(await this.relint.start(profile, version ?? null, p?.name ?? 'anonymous', p?.tokenId || null));
  }

  @Query(() => GuidelineLintJob, { description: 'Progress of a re-lint job' })
  @Access('read')
  async guidelineLintJob(@Args('id', { type: () => ID }) id: string): Promise<GuidelineLintJob> {
    const job = await this.relint.job(id);
    if (!job) throw new NotFoundError(`re-lint job ${id}`);
    return jobModel(job);
  }
}

@Resolver(() => ContractVersionModel)
export class ContractVersionGuidelinesResolver {
  constructor(private readonly service: GuidelinesService) {}

  @ResolveField(() => GuidelineResult, { nullable: true, description: 'The newest guideline lint result (null: never linted, e.g. policy OFF)' })
  @Access('read')
  async guidelines(@Parent() v: ContractVersion, @Context() ctx: GraphqlContext): Promise<GuidelineResult | null> {
    const rows = await this.load(v, ctx);
    return rows[0] ? resultModel(rows[0]) : null;
  }

  @ResolveField(() => [GuidelineResult], { description: 'Every lint result of this version, one per profile version, newest first' })
  @Access('read')
  async guidelineHistory(@Parent() v: ContractVersion, @Context() ctx: GraphqlContext): Promise<GuidelineResult[]> {
    return (await this.load(v, ctx)).map(resultModel);
  }

  // One query per request for every version asked about (a tiny per-context loader).
  private load(v: ContractVersion, ctx: GraphqlContext): Promise<GuidelineResultRow[]> {
    const holder = ctx as GraphqlContext & { guidelineResults?: Map<string, Promise<GuidelineResultRow[]>> };
    holder.guidelineResults ??= new Map();
    let p = holder.guidelineResults.get(v.id);
    if (!p) {
      p = this.service.resultsOf([v.id]);
      holder.guidelineResults.set(v.id, p);
    }
    return p;
  }
}

function profileModel(p: ProfileView): GovernanceProfile {
  return {
    name: p.name, version: p.version, description: p.description, builtIn: p.builtIn, sha256: p.sha256, createdBy: p.createdBy, createdAt: p.createdAt,
    extends: extendsEntries(p.definition).map((e) => e.ref),
    rules: Object.entries(p.definition.rules ?? {}).map(([id, r]) => typeof r === 'object'
      ? { id, severity: r.severity ?? 'warn', description: r.description ?? null, reason: r.reason ?? null, requirement: r.requirement ?? null }
      : { id, severity: typeof r === 'string' ? r : r ? 'warn' : 'off', description: null, reason: null, requirement: null }),
  };
}

function policyModel(p: EffectivePolicy): GuidelinePolicy {
  return { mode: p.mode as GuidelineModeEnum, profile: p.profile, profileVersion: p.profileVersion, source: p.source };
}

function resultModel(r: GuidelineResultRow): GuidelineResult {
  return {
    profile: r.profileName, version: r.profileVersion, score: r.score, counts: { error: r.errors, warn: r.warnings, info: r.infos, hint: r.hints },
    findings: r.findings, truncated: r.truncated, mode: r.mode as GuidelineModeEnum, lintedAt: r.lintedAt,
  };
}

function jobModel(j: GuidelineLintJobRow): GuidelineLintJob {
  return { id: j.id, profile: j.profileName, version: j.profileVersion, state: j.state, total: j.total, done: j.done, failed: j.failed, error: j.error, createdAt: j.createdAt, finishedAt: j.finishedAt };
}
