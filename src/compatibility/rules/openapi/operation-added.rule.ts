import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// A new operation is a feature: compatible, and it calls for a minor version bump.
export const operationAdded = defineRule<OpenApiDiff>({
  id: 'operation-added', level: 'info', direction: 'none', area: 'operations',
  reason: 'Additions are compatible.',
  check: (diff) => diff.operations.added
    .map((op) => ({ pointer: op.pointer, operation: op.label, message: `${op.label} was added` })),
});
