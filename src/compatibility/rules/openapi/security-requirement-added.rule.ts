import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describe, securityVerdicts } from './security.js';

// Clients authenticated the old way are rejected.
export const securityRequirementAdded = defineRule<OpenApiDiff>({
  id: 'security-requirement-added', level: 'breaking', direction: 'request', area: 'security',
  reason: 'Clients authenticated the old way are rejected.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) =>
    securityVerdicts(base.security, revision.security)
      .filter(([, verdict]) => verdict === 'requirement-added')
      .map(([alt]) => ({
        pointer: `${revision.pointer}/security`, operation: revision.label,
        message: `${revision.label} requires more than ${describe(alt)}`,
      }))),
});
