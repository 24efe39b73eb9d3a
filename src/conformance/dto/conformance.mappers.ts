// Domain/persistence values → GraphQL models. Pure mapping, no I/O.
import type { OverviewRow, Requirement } from '../domain/index.js';
import type { ConformanceEvidenceRow } from '../conformance-evidence.entity.js';
import type { RecordView } from '../conformance.service.js';
import type { LoadedSet, StoredRequirement } from '../requirement-sets.service.js';
import type { RequirementSetRow } from '../requirement-set.entity.js';
import type { RecordConformanceInput } from './conformance.input.js';
import type {
  ConformanceOverviewRowModel, ConformanceRecordModel, EvidenceModel, RequirementModel, RequirementSetModel, StaleReasonModel,
} from './conformance.model.js';

export function requirementModel(setName: string, setVersion: string, r: Requirement | StoredRequirement): RequirementModel {
  const extra = 'extra' in r ? r.extra : null;
  return {
    ...r,
    setName,
    setVersion,
    id: r.legacyIndex ?? r.harmonisedId,
    appliesTo: [...r.appliesTo] as RequirementModel['appliesTo'],
    title: typeof extra?.['title'] === 'string' ? extra['title'] : null,
    arfRefs: extra?.['arfRefs'] ?? null,
  };
}

export function requirementSetModel(row: RequirementSetRow, set?: LoadedSet): RequirementSetModel & { requirementCount: number } {
  return { ...row, requirementCount: set?.requirements.length ?? 0 };
}

export function recordModel(v: RecordView): ConformanceRecordModel {
  return {
    ...(v as unknown as ConformanceRecordModel),
    status: v.effectiveStatus as ConformanceRecordModel['status'],
    submittedStatus: v.submittedStatus as ConformanceRecordModel['submittedStatus'],
    stale: v.staleness.stale,
    staleReasons: v.staleness.reasons.map((r) => ({ ...r }) as StaleReasonModel),
  };
}

export function evidenceModel(row: ConformanceEvidenceRow): EvidenceModel {
  return { ...(row as unknown as EvidenceModel), modules: row.modules.map((m) => ({ module: m.module, testId: m.testId, result: m.result, planName: m.planName })) };
}

export function overviewRowModel(r: OverviewRow): ConformanceOverviewRowModel {
  return { ...r, staleReasons: [...r.staleReasons] } as ConformanceOverviewRowModel;
}

/**
 * GraphQL input → the plain object validateRecord parses. Absent and null optional fields are
 * dropped, so the domain's defaults apply and every problem is reported by one validation.
 */
export function recordInput(input: RecordConformanceInput): Record<string, unknown> & { componentSlug: string } {
  const { component, trust, ...rest } = input;
  return { ...(dropNulls(rest) as Record<string, unknown>), trust: dropNulls(trust ?? {}), componentSlug: component };
}

function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value instanceof Date || typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => [k, dropNulls(v)]));
}
