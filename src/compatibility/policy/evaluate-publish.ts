// Decides whether a candidate version may be published: compatibility mode, scope and semver policy.
// Pure: the registry core passes the documents and the clock. Which versions are compared is decided
// by planComparison (comparison-plan.ts).
import semver from 'semver';
import type { Change, DiffReport } from '../engine/change.js';
import { diffDocuments } from '../engine/index.js';
import { makeReport } from '../engine/report.js';
import { planComparison, type ComparisonPlan } from './comparison-plan.js';
import { modeChecks, type CompatibilityMode, type CompatibilityScope, type SemverPolicy } from './compatibility-mode.js';
import { actualBump, atLeast, requiredBump, violationsFor } from './semver-policy.js';
import type { Bump } from './semver-policy.js';

export interface VersionedDocument {
  version: string;
  document: unknown;
}

/** A change with the earlier version it was found against (and, for compatibility checks, the direction). */
export interface AttributedChange extends Change {
  against: string;
  /** backward: earlier → candidate; forward: candidate → earlier (FORWARD/FULL modes). */
  direction?: 'backward' | 'forward';
}

export interface PublishInput {
  mode?: CompatibilityMode;
  scope?: CompatibilityScope;
  semverPolicy?: SemverPolicy;
  kind: 'openapi' | 'asyncapi';
  candidate: VersionedDocument;
  /** The published versions with documents: at least those the plan names (any order). */
  earlier: VersionedDocument[];
  /** Default: planComparison over the versions of `earlier`. */
  plan?: ComparisonPlan;
  now: Date;
}

export interface PublishResult {
  outcome: 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';
  /** predecessor → candidate; for INCOMPATIBLE, every change of every failed comparison. */
  report: Omit<DiffReport, 'changes'> & { changes: AttributedChange[] };
  predecessor?: string;
  requiredBump: Bump;
  /** INCOMPATIBLE: the breaking changes; SEMVER_VIOLATION: the changes demanding a bigger bump. */
  violations: AttributedChange[];
  /** ADVISORY semver policy: the changes that demand a bigger bump than the one made (not refused). */
  semverWarnings: AttributedChange[];
}

/** The release-predecessor of a candidate (kept for callers that only need the version). */
export function findPredecessor(candidate: string, earlier: VersionedDocument[]): VersionedDocument | undefined {
  const plan = planComparison(earlier.map((e) => e.version), candidate, 'BACKWARD');
  return earlier.find((e) => e.version === plan.predecessor);
}

function attribute(changes: Change[], against: string, direction?: 'backward' | 'forward'): AttributedChange[] {
  return changes.map((c) => (direction ? { ...c, against, direction } : { ...c, against }));
}

function compatibilityChanges(input: PublishInput, targets: VersionedDocument[]): AttributedChange[] {
  const { backward, forward } = modeChecks(input.mode ?? 'BACKWARD');
  const opts = { now: input.now };
  return targets.flatMap((t) => [
    ...(backward ? attribute(diffDocuments(t.document, input.candidate.document, opts).changes, t.version, 'backward') : []),
    ...(forward ? attribute(diffDocuments(input.candidate.document, t.document, opts).changes, t.version, 'forward') : []),
  ]);
}

function semverVerdict(input: PublishInput, base: VersionedDocument | undefined, report: DiffReport, predecessor: VersionedDocument) {
  const from = base ?? predecessor;
  const changes = base && base !== predecessor
    ? attribute(diffDocuments(base.document, input.candidate.document, { now: input.now }).changes, base.version)
    : attribute(report.changes, predecessor.version);
  const required = requiredBump(changes, from.version);
  const made = actualBump(from.version, input.candidate.version);
  const violations = base && (input.semverPolicy ?? 'ENFORCED') !== 'OFF' && !atLeast(made, required)
    ? violationsFor(changes, made, from.version) as AttributedChange[] : [];
  return { required, violations };
}

export function evaluatePublish(input: PublishInput): PublishResult {
  if (!semver.valid(input.candidate.version)) throw new RangeError(`not a semver version: ${input.candidate.version}`);
  const plan = input.plan ?? planComparison(input.earlier.map((e) => e.version), input.candidate.version, input.mode ?? 'BACKWARD', input.scope);
  const byVersion = new Map(input.earlier.map((e) => [e.version, e]));
  const predecessor = plan.predecessor === null ? undefined : byVersion.get(plan.predecessor);
  if (!predecessor) return { outcome: 'OK', report: makeReport(input.kind, []) as PublishResult['report'], requiredBump: 'none', violations: [], semverWarnings: [] };
  const diff = diffDocuments(predecessor.document, input.candidate.document, { now: input.now });
  const report = { ...diff, changes: attribute(diff.changes, predecessor.version) };
  const base = plan.semverBase === null ? undefined : byVersion.get(plan.semverBase);
  const semverResult = semverVerdict(input, base, diff, predecessor);
  const common = { predecessor: predecessor.version, requiredBump: semverResult.required };
  const compat = compatibilityChanges(input, plan.targets.map((v) => byVersion.get(v)).filter((d): d is VersionedDocument => d !== undefined));
  const breaking = compat.filter((c) => c.level === 'breaking');
  if (breaking.length > 0) {
    return { ...common, outcome: 'INCOMPATIBLE', report: makeReport(input.kind, compat) as PublishResult['report'], violations: breaking, semverWarnings: [] };
  }
  if (semverResult.violations.length > 0 && (input.semverPolicy ?? 'ENFORCED') === 'ENFORCED') {
    return { ...common, outcome: 'SEMVER_VIOLATION', report, violations: semverResult.violations, semverWarnings: [] };
  }
  return { ...common, outcome: 'OK', report, violations: [], semverWarnings: semverResult.violations };
}
