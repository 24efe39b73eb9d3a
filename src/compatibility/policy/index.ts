// Public API of the compatibility policy (called by the registry core).
export { evaluatePublish, findPredecessor } from './evaluate-publish.js';
export type { AttributedChange, PublishInput, PublishResult, VersionedDocument } from './evaluate-publish.js';
export { comparableVersions, pickPredecessor, planComparison, rangeSteps } from './comparison-plan.js';
export type { ComparisonPlan } from './comparison-plan.js';
export { COMPATIBILITY_MODES, COMPATIBILITY_SCOPES, SEMVER_POLICIES, modeChecks } from './compatibility-mode.js';
export type { CompatibilityMode, CompatibilityScope, SemverPolicy } from './compatibility-mode.js';
export { renderChangelog, renderCumulativeChangelog } from './render-changelog.js';
export { requiredBump, actualBump } from './semver-policy.js';
export type { Bump } from './semver-policy.js';
