// The compatibility verdict of one publish as a pure function of JSON texts, so it can run in the validation
// worker: a diff of two Stripe-sized documents takes 2-3 s of CPU, which must not run on the event loop.
import type { DiffReport } from '../engine/change.js';
import type { ComparisonPlan } from './comparison-plan.js';
import type { CompatibilityMode, CompatibilityScope, SemverPolicy } from './compatibility-mode.js';
import { evaluatePublish, type AttributedChange } from './evaluate-publish.js';
import { renderChangelog } from './render-changelog.js';
import type { Bump } from './semver-policy.js';

export type CompatibilityOutcomeCode = 'OK' | 'INCOMPATIBLE' | 'SEMVER_VIOLATION';

/** What is stored with each version and returned by dry runs: the diff plus the policy verdict. */
export interface StoredReport extends Omit<DiffReport, 'changes'> {
  /** Each change names the earlier version it was found against (`against`). */
  changes: AttributedChange[];
  mode: CompatibilityMode;
  semverPolicy: SemverPolicy;
  compatibilityScope: CompatibilityScope;
  outcome: CompatibilityOutcomeCode;
  predecessor: string | null;
  /** Every version the compatibility mode compared the candidate with. */
  comparedWith: string[];
  requiredBump: Bump;
  /** INCOMPATIBLE: the breaking changes; SEMVER_VIOLATION: the changes demanding a bigger bump. */
  violations: AttributedChange[];
  /** ADVISORY semver policy: changes demanding a bigger bump than the one made (accepted anyway). */
  semverWarnings: AttributedChange[];
}

export interface CompareInput {
  mode: CompatibilityMode;
  scope: CompatibilityScope;
  semverPolicy: SemverPolicy;
  kind: 'openapi' | 'asyncapi';
  version: string;
  /** Which stored versions are compared, and how (planComparison, on the main thread: it needs no documents). */
  plan: ComparisonPlan & { predecessor: string };
  /** JSON.stringify of the candidate document. */
  candidateJson: string;
  /** The stored versions the plan names (jsonb as text). */
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
  const { plan, version } = input;
  const earlier = input.earlier.map((e) => ({ version: e.version, document: JSON.parse(e.documentJson) as unknown }));
  const result = evaluatePublish({
    mode: input.mode, scope: input.scope, semverPolicy: input.semverPolicy, kind: input.kind,
    candidate: { version, document: JSON.parse(input.candidateJson) as unknown }, earlier, plan, now: new Date(input.nowMs),
  });
  const report: StoredReport = {
    ...result.report, mode: input.mode, semverPolicy: input.semverPolicy, compatibilityScope: input.scope, outcome: result.outcome,
    predecessor: plan.predecessor, comparedWith: plan.targets, requiredBump: result.requiredBump, violations: result.violations,
    semverWarnings: result.semverWarnings,
  };
  return {
    outcome: result.outcome,
    breaking: result.report.breaking,
    reportJson: JSON.stringify(report),
    changelog: renderChangelog(result.report, { from: plan.predecessor, to: version }),
  };
}
