// Decides whether a candidate version may be published: compatibility mode plus semver policy.
// Pure: the registry core passes the documents and the clock. Compatibility is enforced within a
// line (same major; 0.x same minor) because a major bump is how an owner declares a break.
import semver from 'semver';
import type { Change, DiffReport } from '../engine/change.js';
import { diffDocuments } from '../engine/index.js';
import { makeReport } from '../engine/report.js';
import { modeChecks } from './compatibility-mode.js';
import type { CompatibilityMode } from './compatibility-mode.js';
import { actualBump, atLeast, requiredBump, sameLine, violationsFor } from './semver-policy.js';
import type { Bump } from './semver-policy.js';

export interface VersionedDocument {
  version: string;
  document: unknown;
}

export interface PublishInput {
  mode?: CompatibilityMode;
  kind: 'openapi' | 'asyncapi';
  candidate: VersionedDocument;
  /** Default: the highest earlier version below the candidate (hotfix lines allowed). */
  predecessor?: VersionedDocument;
  /** Every published version (any order). */
  earlier: VersionedDocument[];
  now: Date;
}

export interface PublishResult {
  outcome: 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';
  /** predecessor → candidate; for INCOMPATIBLE, every change of every failed comparison. */
  report: DiffReport;
  predecessor?: string;
  requiredBump: Bump;
  /** INCOMPATIBLE: the breaking changes; SEMVER_VIOLATION: the changes demanding a bigger bump. */
  violations: Change[];
}

export function findPredecessor(candidate: string, earlier: VersionedDocument[]): VersionedDocument | undefined {
  return earlier.filter((e) => semver.lt(e.version, candidate)).sort((a, b) => semver.rcompare(a.version, b.version))[0];
}

function compatibilityChanges(input: PublishInput, predecessor: VersionedDocument): Change[] {
  const { backward, forward, transitive } = modeChecks(input.mode ?? 'BACKWARD');
  const targets = (transitive ? input.earlier.filter((e) => semver.lt(e.version, input.candidate.version)) : [predecessor])
    .filter((e) => sameLine(e.version, input.candidate.version));
  const opts = { now: input.now };
  return targets.flatMap((t) => [
    ...(backward ? diffDocuments(t.document, input.candidate.document, opts).changes : []),
    ...(forward ? diffDocuments(input.candidate.document, t.document, opts).changes : []),
  ]);
}

export function evaluatePublish(input: PublishInput): PublishResult {
  if (!semver.valid(input.candidate.version)) throw new RangeError(`not a semver version: ${input.candidate.version}`);
  const predecessor = input.predecessor ?? findPredecessor(input.candidate.version, input.earlier);
  if (!predecessor) return { outcome: 'OK', report: makeReport(input.kind, []), requiredBump: 'none', violations: [] };
  const report = diffDocuments(predecessor.document, input.candidate.document, { now: input.now });
  const required = requiredBump(report.changes, predecessor.version);
  const made = actualBump(predecessor.version, input.candidate.version);
  const base = { predecessor: predecessor.version, requiredBump: required };
  const compat = compatibilityChanges(input, predecessor);
  const breaking = compat.filter((c) => c.level === 'breaking');
  if (breaking.length > 0) {
    return { ...base, outcome: 'INCOMPATIBLE', report: makeReport(input.kind, compat), violations: breaking };
  }
  if (!atLeast(made, required)) {
    return { ...base, outcome: 'SEMVER_VIOLATION', report, violations: violationsFor(report.changes, made, predecessor.version) };
  }
  return { ...base, outcome: 'OK', report, violations: [] };
}
