import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describe, securityVerdicts } from './security.js';

// Tokens issued with the old scopes are rejected.
export const securityScopeAdded = defineRule<OpenApiDiff>({
  id: 'security-scope-added', level: 'breaking', direction: 'request', area: 'security',
  reason: 'Tokens issued with the old scopes are rejected.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) =>
    securityVerdicts(base.security, revision.security)
      .filter(([, verdict]) => verdict === 'scope-added')
      .map(([alt]) => ({
        pointer: `${revision.pointer}/security`, operation: revision.label,
        message: `${revision.label} now needs more OAuth scopes than ${describe(alt)}`,
      }))),
});
