import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describe, securityVerdicts } from './security.js';

// Clients using the removed way to authenticate are rejected.
export const securityRequirementRemoved = defineRule<OpenApiDiff>({
  id: 'security-requirement-removed', level: 'breaking', direction: 'request', area: 'security',
  reason: 'Clients using the removed way to authenticate are rejected.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) =>
    securityVerdicts(base.security, revision.security)
      .filter(([, verdict]) => verdict === 'requirement-removed')
      .map(([alt]) => ({
        pointer: `${revision.pointer}/security`, operation: revision.label,
        message: `${revision.label} no longer accepts ${describe(alt)}`,
      }))),
});
