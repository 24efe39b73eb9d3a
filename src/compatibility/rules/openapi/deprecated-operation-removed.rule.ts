import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { parseSunset } from './helpers.js';

// Deprecation announced the removal and the sunset date (if any) has passed: a warning so the
// changelog still tells the remaining callers.
export const deprecatedOperationRemoved = defineRule<OpenApiDiff>({
  id: 'deprecated-operation-removed', level: 'warning', direction: 'none', area: 'operations',
  reason: 'Removal was announced by deprecation and its sunset has passed.',
  check: (diff) => diff.operations.removed
    .filter((op) => op.deprecated && (parseSunset(op.sunset)?.getTime() ?? -Infinity) <= diff.now.getTime())
    .map((op) => ({ pointer: op.pointer, operation: op.label, message: `deprecated ${op.label} was removed${op.sunset ? ` after its sunset ${op.sunset}` : ''}` })),
});
