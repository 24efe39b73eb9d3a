// The compatibility verdict of one publish as a pure function of JSON texts, so it can run in the validation
// worker: a diff of two Stripe-sized documents takes 2-3 s of CPU, which must not run on the event loop.
import type { Change, DiffReport } from '../engine/change.js';
import { evaluatePublish } from './evaluate-publish.js';
import type { CompatibilityMode } from './compatibility-mode.js';
import { renderChangelog } from './render-changelog.js';
import type { Bump } from './semver-policy.js';

export type CompatibilityOutcomeCode = 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';

/** What is stored with each version and returned by dry runs: the diff plus the policy verdict. */
export interface StoredReport extends DiffReport {
  mode: CompatibilityMode;
  outcome: CompatibilityOutcomeCode;
  predecessor: string | null;
  requiredBump: Bump;
  /** INCOMPATIBLE: the breaking changes; SEMVER_VIOLATION: the changes demanding a bigger bump. */
  violations: Change[];
}

export interface CompareInput {
  mode: CompatibilityMode;
  kind: 'openapi' | 'asyncapi';
  version: string;
  predecessor: string;
  /** JSON.stringify of the candidate document. */
  candidateJson: string;
  /** The stored versions to compare with (jsonb as text), the predecessor among them. */
  earlier: { version: string; documentJson: string }[];
  nowMs: number;
}

export interface CompareOutput {
  outcome: CompatibilityOutcomeCode;
  breaking: boolean;
  /** JSON.stringify(StoredReport): stored as jsonb from this text, parsed on the main thread only when read. */
  reportJson: string;
  changelog: string;
}

export function compareForPublish(input: CompareInput): CompareOutput {
  const earlier = input.earlier.map((e) => ({ version: e.version, document: JSON.parse(e.documentJson) as unknown }));
  const result = evaluatePublish({
    mode: input.mode, kind: input.kind, candidate: { version: input.version, document: JSON.parse(input.candidateJson) as unknown },
    predecessor: earlier.find((e) => e.version === input.predecessor), earlier, now: new Date(input.nowMs),
  });
  const report: StoredReport = {
    ...result.report, mode: input.mode, outcome: result.outcome, predecessor: input.predecessor, requiredBump: result.requiredBump, violations: result.violations,
  };
  return {
    outcome: result.outcome,
    breaking: result.report.breaking,
    reportJson: JSON.stringify(report),
    changelog: renderChangelog(result.report, { from: input.predecessor, to: input.version }),
  };
}
