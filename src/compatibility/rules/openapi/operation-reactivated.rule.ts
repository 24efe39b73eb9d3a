import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Withdrawing a deprecation is good news for clients.
export const operationReactivated = defineRule<OpenApiDiff>({
  id: 'operation-reactivated', level: 'info', direction: 'none', area: 'deprecation',
  reason: 'The operation stays.',
  check: (diff) => diff.operations.modified
    .filter(({ base, revision }) => base.deprecated && !revision.deprecated)
    .map(({ revision: op }) => ({ pointer: op.pointer, operation: op.label, message: `${op.label} is no longer deprecated` })),
});
