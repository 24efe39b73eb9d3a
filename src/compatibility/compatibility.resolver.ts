import { Args, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { ComponentsService } from '../components/components.service.js';
import { PublishContractVersionInput } from '../contracts/dto/publish.input.js';
import { PublishService } from '../contracts/publish.service.js';
import { CompatibilityService } from './compatibility.service.js';
import { CompatibilityCheckModel, CompatibilityReportModel } from './dto/compatibility.model.js';

@Resolver()
export class CompatibilityResolver {
  constructor(
    private readonly publisher: PublishService,
    private readonly components: ComponentsService,
    private readonly compatibility: CompatibilityService,
  ) {}

  @Query(() => CompatibilityCheckModel, { description: 'Dry run of a publish: validation and the compatibility verdict, nothing stored. Same rights as publishing' })
  @Access('publish', { component: 'input.component', contract: 'input.contract', rate: 'expensive' })
  async checkCompatibility(@Args('input') input: PublishContractVersionInput): Promise<CompatibilityCheckModel> {
    const r = await this.publisher.check({ ...input, bytes: Buffer.from(input.document, 'utf8'), publishedBy: 'dry-run' });
    return { ...r.outcome, alreadyPublished: r.alreadyPublished } as unknown as CompatibilityCheckModel;
  }

  @Query(() => CompatibilityReportModel, { description: 'Differences between any two stored versions of a contract' })
  @Access('read', { rate: 'expensive' })
  async compareVersions(
    @Args('component') component: string,
    @Args('contract') contract: string,
    @Args('from') from: string,
    @Args('to') to: string,
  ): Promise<CompatibilityReportModel> {
    const [a, b] = await Promise.all([
      this.components.getVersion(component, contract, from),
      this.components.getVersion(component, contract, to),
    ]);
    return { ...this.compatibility.compare(a.document, b.document), predecessor: a.version } as unknown as CompatibilityReportModel;
  }
}
