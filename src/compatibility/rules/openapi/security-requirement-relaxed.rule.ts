import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { sameSecurity, securityVerdicts } from './security.js';

// Every former way to authenticate still works and there are new ones (or none is needed).
export const securityRequirementRelaxed = defineRule<OpenApiDiff>({
  id: 'security-requirement-relaxed', level: 'info', direction: 'request', area: 'security',
  reason: 'All former credentials still work.',
  check: (diff) => diff.operations.modified
    .filter(({ base, revision }) => !sameSecurity(base.security, revision.security)
      && securityVerdicts(base.security, revision.security).every(([, v]) => v === 'kept'))
    .map(({ revision }) => ({
      pointer: `${revision.pointer}/security`, operation: revision.label,
      message: `security of ${revision.label} was relaxed`,
    })),
});
