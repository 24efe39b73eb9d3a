// Public API of the compatibility policy (called by the registry core).
export { evaluatePublish, findPredecessor } from './evaluate-publish.js';
export type { PublishInput, PublishResult, VersionedDocument } from './evaluate-publish.js';
export { COMPATIBILITY_MODES, modeChecks } from './compatibility-mode.js';
export type { CompatibilityMode } from './compatibility-mode.js';
export { renderChangelog } from './render-changelog.js';
export { requiredBump, actualBump } from './semver-policy.js';
export type { Bump } from './semver-policy.js';
