import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Access } from '../auth/access.decorator.js';
import { requirePrincipal } from '../auth/auth.resolver.js';
import type { GraphqlContext } from '../components/registry-loaders.js';
import { findRequirement } from './domain/index.js';
import { ConformanceService } from './conformance.service.js';
import { EvidenceService } from './evidence.service.js';
import { RequirementSetsService } from './requirement-sets.service.js';
import { ImportRequirementSetInput, RecordConformanceInput, RegisterReportEvidenceInput } from './dto/conformance.input.js';
import {
  ConformanceOverviewRowModel, ConformanceRecordModel, EvidenceModel, RequirementModel, RequirementSetChangesModel,
  RequirementSetImportModel, RequirementSetModel,
} from './dto/conformance.model.js';
import { evidenceModel, overviewRowModel, recordInput, recordModel, requirementModel, requirementSetModel } from './dto/conformance.mappers.js';

/** Queries and mutations of the EUDI conformance feature. Parse, call the service, map. */
@Resolver()
export class ConformanceResolver {
  constructor(
    private readonly service: ConformanceService,
    private readonly sets: RequirementSetsService,
    private readonly evidence: EvidenceService,
  ) {}

  @Query(() => [RequirementSetModel], { description: 'Stored requirement-set releases, by name then version' })
  @Access('read')
  async requirementSets(@Args('name', { nullable: true, type: () => String }) name?: string): Promise<RequirementSetModel[]> {
    const rows = await this.sets.list(name);
    return Promise.all(rows.map(async (r) => requirementSetModel(r, await this.sets.require(r.name, r.version))));
  }

  @Query(() => RequirementSetModel, { nullable: true })
  @Access('read')
  async requirementSet(@Args('name') name: string, @Args('version') version: string): Promise<RequirementSetModel | null> {
    const set = await this.sets.find(name, version);
    return set ? requirementSetModel(set.row, set) : null;
  }

  @Query(() => RequirementModel, { nullable: true, description: 'One requirement by legacy index or harmonised id' })
  @Access('read')
  async requirement(@Args('set') set: string, @Args('version') version: string, @Args('id') id: string): Promise<RequirementModel | null> {
    const loaded = await this.sets.require(set, version);
    const found = findRequirement(loaded, id);
    return found.kind === 'found' ? requirementModel(set, version, found.requirement) : null;
  }

  @Query(() => RequirementSetChangesModel, { description: 'What changed between two releases of a set, and which current records are affected' })
  @Access('read', { rate: 'expensive' })
  async requirementSetChanges(@Args('name') name: string, @Args('from') from: string, @Args('to') to: string): Promise<RequirementSetChangesModel> {
    const { diff, affectedRecords } = await this.service.setChanges(name, from, to);
    const older = (r: Parameters<typeof requirementModel>[2]) => requirementModel(name, from, r);
    const newer = (r: Parameters<typeof requirementModel>[2]) => requirementModel(name, to, r);
    return {
      name, from, to,
      added: diff.added.map(newer),
      removed: diff.removed.map(older),
      textChanged: diff.textChanged.map((c) => ({ before: older(c.before), after: newer(c.after) })),
      withdrawn: diff.withdrawn.map(older),
      renumbered: diff.renumbered,
      affectedRecords: affectedRecords.map(recordModel),
    };
  }

  @Query(() => ConformanceRecordModel)
  @Access('read')
  async conformanceRecord(@Args('id') id: string): Promise<ConformanceRecordModel> {
    return recordModel(await this.service.findRecord(id));
  }

  @Query(() => EvidenceModel, { nullable: true })
  @Access('read')
  async conformanceEvidence(@Args('id') id: string): Promise<EvidenceModel | null> {
    const [row] = await this.evidence.findByIds([id]);
    return row ? evidenceModel(row) : null;
  }

  @Query(() => [ConformanceOverviewRowModel], { description: 'Every component × claimed role with its effective status (CSV: GET /api/v1/conformance/overview.csv)' })
  @Access('read', { rate: 'expensive' })
  async conformanceOverview(): Promise<ConformanceOverviewRowModel[]> {
    return (await this.service.overview()).map(overviewRowModel);
  }

  @Mutation(() => ConformanceRecordModel, { description: 'Append an assessment; it supersedes the previous record of the component' })
  @Access('record-conformance', { component: 'input.component', rate: 'write' })
  async recordConformance(@Args('input') input: RecordConformanceInput, @Context() ctx: GraphqlContext): Promise<ConformanceRecordModel> {
    return recordModel(await this.service.record(recordInput(input), requirePrincipal(ctx)));
  }

  @Mutation(() => EvidenceModel, { description: 'Register a report or attestation link as evidence (immutable)' })
  @Access('publish', { component: 'input.component' })
  async registerReportEvidence(@Args('input') input: RegisterReportEvidenceInput, @Context() ctx: GraphqlContext): Promise<EvidenceModel> {
    const { component, ...report } = input;
    return evidenceModel(await this.evidence.registerReport(component, report, requirePrincipal(ctx)));
  }

  @Mutation(() => RequirementSetImportModel, { description: 'Import a release of a requirement set from an ARF CSV; identical re-import is a no-op' })
  @Access('admin', { rate: 'write' })
  async importRequirementSet(@Args('input') input: ImportRequirementSetInput, @Context() ctx: GraphqlContext): Promise<RequirementSetImportModel> {
    const r = await this.sets.importCsv(input.name, input.version, Buffer.from(input.csv, 'utf8'), requirePrincipal(ctx));
    return { created: r.created, set: requirementSetModel(r.set.row, r.set), previousVersion: r.previousVersion };
  }
}
