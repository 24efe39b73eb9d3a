import { Injectable, Logger } from '@nestjs/common';
import { AuditService, type AuditActor } from '../audit/audit.service.js';
import { NotFoundError, type ErrorCause } from '../common/errors/domain-error.js';
import type { Component } from '../components/component.entity.js';
import { ComponentsService } from '../components/components.service.js';
import {
  buildOverview, checkPlausibility, effectiveStatus, evaluateStaleness, findRequirement, requirementKey, validateRecord,
  type ConformanceRecord, type EffectiveStatus, type Evidence, type OverviewRow, type PlausibilityFinding,
  type RecordFinding, type RequirementSet, type RequirementSetDiff, type Staleness,
} from './domain/index.js';
import type { ConformanceRecordRow, StoredVerdict } from './conformance-record.entity.js';
import { recordInvalid } from './conformance.errors.js';
import { ConformanceRepository, type ContractVersionFact } from './conformance.repository.js';
import { toDomainEvidence } from './evidence.service.js';
import { RequirementSetsService } from './requirement-sets.service.js';

/** A stored record as shown: its effective status and staleness are computed at read time. */
export interface RecordView extends ConformanceRecordRow {
  submittedStatus: ConformanceRecordRow['status'];
  effectiveStatus: EffectiveStatus;
  staleness: Staleness;
}

export interface ComponentConformance {
  current: RecordView | null;
  /** Every record of the component, newest first (the current one included). */
  history: RecordView[];
}

/** What records give verdicts on requirements changed by a newer release. */
export interface SetChanges {
  diff: RequirementSetDiff;
  affectedRecords: RecordView[];
}

@Injectable()
export class ConformanceService {
  private readonly logger = new Logger('Conformance');
  /** Injected clock: staleness (EXPIRED) and default validFrom depend on it. */
  clock: () => Date = () => new Date();

  constructor(
    private readonly repo: ConformanceRepository,
    private readonly components: ComponentsService,
    private readonly sets: RequirementSetsService,
    private readonly audit: AuditService,
  ) {}

  /** Validates against stored requirement sets and evidence (every problem at once), then appends. */
  async record(input: Record<string, unknown> & { componentSlug: string }, actor: AuditActor): Promise<RecordView> {
    const component = await this.components.getBySlug(input.componentSlug);
    const ctx = await this.validationContext(input, component);
    const result = validateRecord({ validFrom: this.clock(), ...input }, ctx);
    const facts = await this.repo.contractVersionFacts([component.id]);
    const errors = [...result.errors, ...(result.record ? coveredContractFindings(result.record, facts) : [])];
    if (!result.record || errors.length > 0) {
      throw recordInvalid(errors.map((f): ErrorCause => ({ message: f.message, pointer: f.pointer, code: f.code })));
    }
    const record = result.record;
    // The record and its audit event commit together or not at all.
    const row = await this.repo.transaction(async (em) => {
      const inserted = await this.repo.insertRecord(em, toRow(record, component, result.warnings, ctx, actor.name));
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId ?? null, action: 'conformance.recorded', subjectType: 'conformance_record',
        subject: inserted.id, component: component.slug, before: null, after: inserted,
        details: { status: inserted.status, roles: inserted.roles, verdicts: inserted.verdicts.length, coveredContracts: inserted.coveredContracts },
      });
      return inserted;
    });
    this.logger.log(`conformance.recorded ${component.slug} ${row.id} ${row.status}`);
    return (await this.withStaleness([row]))[0];
  }

  async findRecord(id: string): Promise<RecordView> {
    const row = await this.repo.findRecord(id);
    if (!row) throw new NotFoundError(`conformance record "${id}"`);
    return (await this.withStaleness([row]))[0];
  }

  /** Batched: one query for the records of all given components, one for their contract versions. */
  async forComponents(componentIds: readonly string[]): Promise<ComponentConformance[]> {
    const views = await this.withStaleness(await this.repo.listRecords(componentIds));
    return componentIds.map((id) => {
      const history = views.filter((v) => v.componentId === id);
      return { current: history[0] ?? null, history };
    });
  }

  /** Records with a verdict on one requirement of a release (by legacy index or harmonised id). */
  async recordsCiting(set: RequirementSet, requirementId: string, currentOnly: boolean): Promise<RecordView[]> {
    const found = findRequirement(set, requirementId);
    if (found.kind !== 'found') return [];
    return this.withStaleness(await this.repo.findRecordsCiting(set.name, set.version, requirementKey(found.requirement), currentOnly));
  }

  /** What changed from one release to another, and which current records rely on a changed requirement. */
  async setChanges(name: string, from: string, to: string): Promise<SetChanges> {
    const diff = await this.sets.changes(name, from, to);
    const changed = new Set([...diff.textChanged.map((c) => c.before), ...diff.withdrawn, ...diff.removed].map(requirementKey));
    const citing = await this.repo.findRecordsCiting(name, from, null, true);
    const affected = citing.filter((r) => r.verdicts.some((v) => v.requirementSet === name && v.requirementSetVersion === from && changed.has(v.requirementKey)));
    return { diff, affectedRecords: await this.withStaleness(affected) };
  }

  async overview(): Promise<OverviewRow[]> {
    const [components, current] = await Promise.all([this.repo.listComponentSlugs(), this.repo.listCurrentRecords()]);
    const views = new Map((await this.withStaleness(current)).map((v) => [v.componentId, v]));
    return buildOverview(components.map((c) => {
      const v = views.get(c.id);
      return { componentSlug: c.slug, record: v ? { ...v, status: v.submittedStatus } : null, staleness: v?.staleness ?? null };
    }));
  }

  /**
   * Advice from the covered OpenAPI contract versions. An endpoint may live in any covered contract,
   * so a finding stands only when every covered OpenAPI document lacks it.
   */
  async plausibility(records: readonly RecordView[]): Promise<PlausibilityFinding[][]> {
    const docs = await this.repo.openApiDocumentsFor(records.map((r) => ({ componentId: r.componentId, covered: r.coveredContracts })));
    return records.map((r, i) => {
      const perDoc = (docs[i] ?? []).map((d) => checkPlausibility(r, d.document));
      if (perDoc.length === 0) return [];
      return perDoc[0].filter((f) => perDoc.every((fs) => fs.some((g) => g.code === f.code)));
    });
  }

  private async withStaleness(rows: readonly ConformanceRecordRow[]): Promise<RecordView[]> {
    if (rows.length === 0) return [];
    const facts = await this.repo.contractVersionFacts([...new Set(rows.map((r) => r.componentId))]);
    const updates = await this.sets.updatesFor(rows.flatMap((r) => r.verdicts));
    const now = this.clock();
    return rows.map((row) => {
      // Pre-releases are not releases consumers rely on; they do not make a record stale.
      const later = facts.filter((f) => f.componentId === row.componentId && !f.prerelease);
      const staleness = evaluateStaleness({ record: row, now, laterContractVersions: later, requirementSetUpdates: updates });
      return { ...row, submittedStatus: row.status, effectiveStatus: effectiveStatus(row.status, staleness), staleness };
    });
  }

  private async validationContext(input: Record<string, unknown>, component: Component) {
    const verdicts = Array.isArray(input['verdicts']) ? (input['verdicts'] as Record<string, unknown>[]) : [];
    const pins = Array.isArray(input['evidence']) ? (input['evidence'] as Record<string, unknown>[]) : [];
    const evidenceIds = [...verdicts.flatMap((v) => (Array.isArray(v['evidenceIds']) ? v['evidenceIds'] : [])), ...pins.map((p) => p['id'])]
      .filter((id): id is string => typeof id === 'string');
    // Evidence of another component is unknown here: a record cites only its own component's evidence.
    const evidence = new Map((await this.repo.findEvidence(evidenceIds)).filter((e) => e.componentId === component.id).map((e) => [e.id, toDomainEvidence(e)]));
    const sets = new Map<string, RequirementSet>();
    for (const v of verdicts) {
      const [name, version] = [v['requirementSet'], v['requirementSetVersion']];
      if (typeof name !== 'string' || typeof version !== 'string') continue;
      const set = await this.sets.find(name, version);
      if (set) sets.set(`${name}\u0000${version}`, set);
    }
    return {
      findRequirementSet: (name: string, version: string) => sets.get(`${name}\u0000${version}`),
      findEvidence: (id: string): Evidence | undefined => evidence.get(id),
    };
  }
}

function coveredContractFindings(record: ConformanceRecord, facts: readonly ContractVersionFact[]): RecordFinding[] {
  return record.coveredContracts.flatMap((c, i): RecordFinding[] =>
    facts.some((f) => f.contract === c.contract && f.version === c.version)
      ? []
      : [{ severity: 'error', code: 'INVALID_FIELD', pointer: `/coveredContracts/${i}`, message: `contract ${c.contract} ${c.version} is not published for this component` }],
  );
}

type ValidationContext = Awaited<ReturnType<ConformanceService['validationContext']>>;

function toRow(record: ConformanceRecord, component: Component, warnings: RecordFinding[], ctx: ValidationContext, recordedBy: string): Partial<ConformanceRecordRow> {
  const verdicts: StoredVerdict[] = record.verdicts.map((v) => {
    const set = ctx.findRequirementSet(v.requirementSet, v.requirementSetVersion);
    const found = set ? findRequirement(set, v.requirementId) : null;
    return { ...v, requirementKey: found?.kind === 'found' ? requirementKey(found.requirement) : v.requirementId };
  });
  return {
    componentId: component.id, status: record.status, arfVersion: record.arfVersion, roles: record.roles,
    protocolNames: [...new Set(record.protocols.map((p) => p.name))],
    credentialFormatNames: [...new Set(record.credentialFormats.map((f) => f.format))],
    protocols: record.protocols, credentialFormats: record.credentialFormats, trust: record.trust, verdicts,
    evidence: record.evidence, coveredContracts: record.coveredContracts, assessor: record.assessor,
    validFrom: record.validFrom, validUntil: record.validUntil, warnings, recordedBy,
  };
}
