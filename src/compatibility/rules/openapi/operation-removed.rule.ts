import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Removing an operation that was never deprecated breaks every client that calls it.
export const operationRemoved = defineRule<OpenApiDiff>({
  id: 'operation-removed', level: 'breaking', direction: 'none', area: 'operations',
  reason: 'Clients calling the operation fail.',
  check: (diff) => diff.operations.removed
    .filter((op) => !op.deprecated)
    .map((op) => ({ pointer: op.pointer, operation: op.label, message: `${op.label} was removed without deprecation` })),
});
