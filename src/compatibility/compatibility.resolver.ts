import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { PublishContractVersionInput } from '../contracts/dto/publish.input.js';
import { PublishService } from '../contracts/publish.service.js';
import type { PairComparison } from './compatibility.service.js';
import { VersionComparisonService } from './version-comparison.service.js';
import { CompatibilityCheckModel, CompatibilityReportModel } from './dto/compatibility.model.js';

@Resolver()
export class CompatibilityResolver {
  constructor(
    private readonly publisher: PublishService,
    private readonly comparison: VersionComparisonService,
  ) {}

  @Query(() => CompatibilityCheckModel, { description: 'Dry run of a publish: validation and the compatibility verdict, nothing stored. Same rights as publishing' })
  @Access('publish', { component: 'input.component', contract: 'input.contract', rate: 'expensive' })
  async checkCompatibility(@Args('input') input: PublishContractVersionInput): Promise<CompatibilityCheckModel> {
    const r = await this.publisher.check({ ...input, bytes: Buffer.from(input.document, 'utf8'), publishedBy: 'dry-run' });
    return { ...r.outcome, alreadyPublished: r.alreadyPublished } as unknown as CompatibilityCheckModel;
  }

  @Query(() => CompatibilityReportModel, {
    description: 'Any two stored versions of a contract (also downgrades and across majors): changes, the bump they demand from `from`, the outcome a publish of `to` after `from` would get, and a Markdown changelog. cumulative: one step per release in between',
  })
  @Access('read', { rate: 'expensive' })
  async compareVersions(
    @Args('component') component: string,
    @Args('contract') contract: string,
    @Args('from') from: string,
    @Args('to') to: string,
    @Args('cumulative', { type: () => Boolean, defaultValue: false }) cumulative: boolean,
  ): Promise<CompatibilityReportModel> {
    const r = await this.comparison.compare(component, contract, from, to, cumulative);
    const view = (p: PairComparison) => ({ ...p.report, from: p.from, to: p.to, predecessor: p.from, outcome: p.outcome, requiredBump: p.requiredBump, changelog: p.changelog });
    return { ...view(r), steps: r.cumulative ? r.steps.map(view) : undefined } as unknown as CompatibilityReportModel;
  }
}
