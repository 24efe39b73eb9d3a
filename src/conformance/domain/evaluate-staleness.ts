// Whether a record still holds. Staleness is computed on read from facts that change after the
// record was written, never stored: a breaking contract release after the covered version, the end
// of the validity period, or a newer release of a requirement set changing an assessed requirement.

import { gt as semverGt } from 'semver';

import type { ConformanceRecord, EffectiveStatus } from './conformance-record.js';
import type { RequirementSetDiff } from './diff-requirement-sets.js';
import type { Requirement } from './requirement-set.js';

/** A contract version published after a covered one, with the verdict of its compatibility check. */
export interface LaterContractVersion {
  contract: string;
  version: string;
  /** True when its compatibility report against its predecessor had breaking changes. */
  breaking: boolean;
}

/** Diff from the version a record was assessed against to a newer release of the same set. */
export interface RequirementSetUpdate {
  requirementSet: string;
  fromVersion: string;
  toVersion: string;
  diff: RequirementSetDiff;
}

export type RequirementChangeKind = 'TEXT_CHANGED' | 'WITHDRAWN' | 'REMOVED';

export type StalenessReason =
  | { code: 'EXPIRED'; message: string; validUntil: Date }
  | { code: 'CONTRACT_BREAKING_CHANGE'; message: string; contract: string; coveredVersion: string; breakingVersion: string }
  | { code: 'REQUIREMENT_CHANGED'; message: string; requirementSet: string; requirementId: string; toVersion: string; change: RequirementChangeKind };

export interface Staleness {
  stale: boolean;
  reasons: StalenessReason[];
}

export interface StalenessInput {
  record: Pick<ConformanceRecord, 'coveredContracts' | 'verdicts' | 'validUntil'>;
  now: Date;
  laterContractVersions: readonly LaterContractVersion[];
  requirementSetUpdates: readonly RequirementSetUpdate[];
}

export function evaluateStaleness(input: StalenessInput): Staleness {
  const reasons = [
    ...expiryReasons(input.record.validUntil, input.now),
    ...contractReasons(input.record.coveredContracts, input.laterContractVersions),
    ...requirementReasons(input.record.verdicts, input.requirementSetUpdates),
  ];
  return { stale: reasons.length > 0, reasons };
}

/** The status to show: STALE replaces any submitted status except WITHDRAWN. */
export function effectiveStatus(status: ConformanceRecord['status'], staleness: Staleness): EffectiveStatus {
  return staleness.stale && status !== 'WITHDRAWN' ? 'STALE' : status;
}

function expiryReasons(validUntil: Date | null, now: Date): StalenessReason[] {
  if (!validUntil || now.getTime() < validUntil.getTime()) {
    return [];
  }
  return [{ code: 'EXPIRED', message: `the record was valid until ${validUntil.toISOString()}`, validUntil }];
}

function contractReasons(covered: ConformanceRecord['coveredContracts'], later: readonly LaterContractVersion[]): StalenessReason[] {
  return covered.flatMap(({ contract, version }) =>
    later
      .filter((l) => l.contract === contract && l.breaking && semverGt(l.version, version))
      .map((l): StalenessReason => ({
        code: 'CONTRACT_BREAKING_CHANGE',
        message: `${contract} ${l.version} breaks compatibility with the covered version ${version}`,
        contract,
        coveredVersion: version,
        breakingVersion: l.version,
      })),
  );
}

function requirementReasons(verdicts: ConformanceRecord['verdicts'], updates: readonly RequirementSetUpdate[]): StalenessReason[] {
  return verdicts.flatMap((v) =>
    updates
      .filter((u) => u.requirementSet === v.requirementSet && u.fromVersion === v.requirementSetVersion)
      .flatMap((u) => changesOf(u.diff, v.requirementId).map(([change, r]) => requirementReason(u, v.requirementId, change, r))),
  );
}

// A verdict may cite the legacy index or the harmonised id of the version it was assessed against:
// match on the older side of each change.
function changesOf(diff: RequirementSetDiff, id: string): [RequirementChangeKind, Requirement][] {
  const cites = (r: Requirement) => r.legacyIndex === id || r.harmonisedId === id;
  return [
    ...diff.textChanged.filter((c) => cites(c.before)).map((c): [RequirementChangeKind, Requirement] => ['TEXT_CHANGED', c.after]),
    ...diff.withdrawn.filter(cites).map((r): [RequirementChangeKind, Requirement] => ['WITHDRAWN', r]),
    ...diff.removed.filter(cites).map((r): [RequirementChangeKind, Requirement] => ['REMOVED', r]),
  ];
}

function requirementReason(u: RequirementSetUpdate, id: string, change: RequirementChangeKind, r: Requirement): StalenessReason {
  const what = { TEXT_CHANGED: 'changed its text', WITHDRAWN: 'was withdrawn', REMOVED: 'was removed' }[change];
  return {
    code: 'REQUIREMENT_CHANGED',
    message: `${u.requirementSet} requirement ${id} ${what} in ${u.toVersion}${change === 'TEXT_CHANGED' ? ` (now ${r.harmonisedId})` : ''}`,
    requirementSet: u.requirementSet,
    requirementId: id,
    toVersion: u.toVersion,
    change,
  };
}
