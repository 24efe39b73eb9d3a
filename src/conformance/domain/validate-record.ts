// Validation of a submitted conformance record. It returns every problem at once: errors block the
// record, warnings are shown to the submitter and stored with it.

import { DomainError } from '../../common/errors/domain-error.js';
import { conformanceRecordSchema, type ConformanceRecord, type VerdictEntry } from './conformance-record.js';
import { hasFailures, type Evidence } from './evidence.js';
import { requirementKey } from './diff-requirement-sets.js';
import { ARF_HLR_SET_NAME, findRequirement, type RequirementSet } from './requirement-set.js';

export type RecordFindingCode =
  | 'INVALID_FIELD'
  | 'STATUS_NOT_SUBMITTABLE'
  | 'ASSESSOR_MISSING'
  | 'INVALID_VALIDITY_PERIOD'
  | 'TESTED_WITHOUT_SUITE_EVIDENCE'
  | 'DUPLICATE_VERDICT'
  | 'ARF_VERSION_MISMATCH'
  | 'UNKNOWN_REQUIREMENT_SET'
  | 'UNKNOWN_REQUIREMENT'
  | 'AMBIGUOUS_REQUIREMENT'
  | 'WITHDRAWN_REQUIREMENT'
  | 'REQUIREMENT_NOT_FOR_CLAIMED_ROLES'
  | 'SATISFIED_WITHOUT_EVIDENCE'
  | 'UNKNOWN_EVIDENCE'
  | 'EVIDENCE_HAS_FAILURES'
  | 'EVIDENCE_HASH_MISMATCH'
  | 'EVIDENCE_HASH_UNVERIFIABLE';

export interface RecordFinding {
  severity: 'error' | 'warning';
  code: RecordFindingCode;
  message: string;
  /** JSON pointer into the submitted record. */
  pointer: string;
}

export interface RecordValidationContext {
  findRequirementSet(name: string, version: string): RequirementSet | undefined;
  findEvidence(id: string): Evidence | undefined;
}

export interface RecordValidation {
  /** The parsed record; null when its shape is wrong (then only shape errors are reported). */
  record: ConformanceRecord | null;
  errors: RecordFinding[];
  warnings: RecordFinding[];
}

const error = (code: RecordFindingCode, pointer: string, message: string): RecordFinding => ({ severity: 'error', code, message, pointer });
const warning = (code: RecordFindingCode, pointer: string, message: string): RecordFinding => ({ severity: 'warning', code, message, pointer });

export function validateRecord(input: unknown, ctx: RecordValidationContext): RecordValidation {
  const staleSubmitted = isObject(input) && input['status'] === 'STALE';
  const parsed = conformanceRecordSchema.safeParse(input);
  if (!parsed.success) {
    const shape = parsed.error.issues
      .filter((i) => !(staleSubmitted && i.path.join('/') === 'status'))
      .map((i) => error('INVALID_FIELD', toPointer(i.path), i.message));
    return { record: null, errors: [...staleFinding(staleSubmitted), ...shape], warnings: [] };
  }
  const record = parsed.data;
  const findings = [
    ...statusFindings(record, ctx),
    ...record.verdicts.flatMap((v, i) => verdictFindings(record, v, i, ctx)),
    ...duplicateFindings(record.verdicts, ctx),
    ...evidenceRefFindings(record, ctx),
  ];
  return {
    record,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
}

/** Like validateRecord, but throws VALIDATION_FAILED with every error as a cause. */
export function assertValidRecord(input: unknown, ctx: RecordValidationContext): { record: ConformanceRecord; warnings: RecordFinding[] } {
  const result = validateRecord(input, ctx);
  if (!result.record || result.errors.length > 0) {
    const causes = result.errors.map((f) => ({ message: f.message, pointer: f.pointer, code: f.code }));
    throw new DomainError('VALIDATION_FAILED', 'The conformance record is invalid', causes);
  }
  return { record: result.record, warnings: result.warnings };
}

function staleFinding(stale: boolean): RecordFinding[] {
  return stale ? [error('STATUS_NOT_SUBMITTABLE', '/status', 'STALE is computed by the registry and cannot be submitted')] : [];
}

function statusFindings(record: ConformanceRecord, ctx: RecordValidationContext): RecordFinding[] {
  const out: RecordFinding[] = [];
  if (record.status === 'THIRD_PARTY_ASSESSED' && record.assessor === null) {
    out.push(error('ASSESSOR_MISSING', '/assessor', 'a third-party assessment names its assessor'));
  }
  if (record.validUntil && record.validUntil.getTime() <= record.validFrom.getTime()) {
    out.push(error('INVALID_VALIDITY_PERIOD', '/validUntil', 'validUntil must be later than validFrom'));
  }
  const cited = record.verdicts.flatMap((v) => v.evidenceIds).map((id) => ctx.findEvidence(id));
  if (record.status === 'TESTED' && !cited.some((e) => e?.kind === 'OIDF_CONFORMANCE_EXPORT')) {
    out.push(warning('TESTED_WITHOUT_SUITE_EVIDENCE', '/status', 'TESTED, but no verdict cites a conformance-suite export'));
  }
  return out;
}

function verdictFindings(record: ConformanceRecord, v: VerdictEntry, i: number, ctx: RecordValidationContext): RecordFinding[] {
  const at = `/verdicts/${i}`;
  return [...requirementFindings(record, v, at, ctx), ...verdictEvidenceFindings(record, v, at, ctx)];
}

function requirementFindings(record: ConformanceRecord, v: VerdictEntry, at: string, ctx: RecordValidationContext): RecordFinding[] {
  const label = `${v.requirementSet} ${v.requirementSetVersion}`;
  if (v.requirementSet === ARF_HLR_SET_NAME && v.requirementSetVersion !== record.arfVersion) {
    return [error('ARF_VERSION_MISMATCH', `${at}/requirementSetVersion`, `the record is stated against ARF ${record.arfVersion}, not ${v.requirementSetVersion}`)];
  }
  const set = ctx.findRequirementSet(v.requirementSet, v.requirementSetVersion);
  if (!set) {
    return [error('UNKNOWN_REQUIREMENT_SET', `${at}/requirementSet`, `requirement set ${label} is not known`)];
  }
  const found = findRequirement(set, v.requirementId);
  const idAt = `${at}/requirementId`;
  switch (found.kind) {
    case 'unknown':
      return [error('UNKNOWN_REQUIREMENT', idAt, `${v.requirementId} is not a requirement of ${label}`)];
    case 'ambiguous':
      return [error('AMBIGUOUS_REQUIREMENT', idAt, `${v.requirementId} names ${found.candidates.length} requirements of ${label}; use the legacy index (${found.candidates.map((c) => c.legacyIndex).join(', ')})`)];
    case 'found': {
      const r = found.requirement;
      if (r.withdrawn) {
        return [error('WITHDRAWN_REQUIREMENT', idAt, `${v.requirementId} is withdrawn in ${label}`)];
      }
      const applies = r.appliesTo.some((role) => record.roles.includes(role));
      return applies || v.verdict === 'NOT_APPLICABLE'
        ? []
        : [warning('REQUIREMENT_NOT_FOR_CLAIMED_ROLES', idAt, `${v.requirementId} addresses ${r.appliesTo.join(', ') || 'no component role'}, none of the claimed roles`)];
    }
  }
}

function verdictEvidenceFindings(record: ConformanceRecord, v: VerdictEntry, at: string, ctx: RecordValidationContext): RecordFinding[] {
  const out: RecordFinding[] = [];
  if (v.verdict === 'SATISFIED' && v.evidenceIds.length === 0 && record.status !== 'SELF_DECLARED') {
    out.push(error('SATISFIED_WITHOUT_EVIDENCE', `${at}/evidenceIds`, `SATISFIED for ${v.requirementId} needs evidence unless the record is SELF_DECLARED`));
  }
  v.evidenceIds.forEach((id, j) => {
    const evidence = ctx.findEvidence(id);
    if (!evidence) {
      out.push(error('UNKNOWN_EVIDENCE', `${at}/evidenceIds/${j}`, `evidence ${id} does not exist`));
    } else if (v.verdict === 'SATISFIED' && hasFailures(evidence)) {
      out.push(warning('EVIDENCE_HAS_FAILURES', `${at}/evidenceIds/${j}`, `evidence ${id} contains failed or interrupted test modules`));
    }
  });
  return out;
}

// Two verdicts on one requirement conflict even when one cites the legacy index and the other the
// harmonised id, so duplicates are found on the resolved requirement.
function duplicateFindings(verdicts: readonly VerdictEntry[], ctx: RecordValidationContext): RecordFinding[] {
  const seen = new Set<string>();
  return verdicts.flatMap((v, i) => {
    const key = `${v.requirementSet}\u0000${v.requirementSetVersion}\u0000${resolvedId(v, ctx)}`;
    const dup = seen.has(key);
    seen.add(key);
    return dup ? [error('DUPLICATE_VERDICT', `/verdicts/${i}`, `${v.requirementId} has more than one verdict`)] : [];
  });
}

function resolvedId(v: VerdictEntry, ctx: RecordValidationContext): string {
  const set = ctx.findRequirementSet(v.requirementSet, v.requirementSetVersion);
  const found = set ? findRequirement(set, v.requirementId) : null;
  return found?.kind === 'found' ? requirementKey(found.requirement) : v.requirementId;
}

function evidenceRefFindings(record: ConformanceRecord, ctx: RecordValidationContext): RecordFinding[] {
  return record.evidence.flatMap((ref, i): RecordFinding[] => {
    const evidence = ctx.findEvidence(ref.id);
    const at = `/evidence/${i}`;
    if (!evidence) {
      return [error('UNKNOWN_EVIDENCE', `${at}/id`, `evidence ${ref.id} does not exist`)];
    }
    if (evidence.sha256 === null) {
      return [warning('EVIDENCE_HASH_UNVERIFIABLE', `${at}/sha256`, `evidence ${ref.id} has no computed hash to compare with`)];
    }
    return evidence.sha256 === ref.sha256
      ? []
      : [error('EVIDENCE_HASH_MISMATCH', `${at}/sha256`, `evidence ${ref.id} has sha256 ${evidence.sha256}, not ${ref.sha256}`)];
  });
}

function toPointer(path: readonly PropertyKey[]): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('') || '/';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
