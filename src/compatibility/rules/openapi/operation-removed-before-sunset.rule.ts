import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { parseSunset } from './helpers.js';

// A deprecated operation promised to live until its sunset date; removing it earlier breaks that.
export const operationRemovedBeforeSunset = defineRule<OpenApiDiff>({
  id: 'operation-removed-before-sunset', level: 'breaking', direction: 'none', area: 'operations',
  reason: 'Clients were promised the operation until its sunset date.',
  check: (diff) => diff.operations.removed
    .filter((op) => op.deprecated && (parseSunset(op.sunset)?.getTime() ?? -Infinity) > diff.now.getTime())
    .map((op) => ({ pointer: op.pointer, operation: op.label, message: `${op.label} was removed before its sunset date ${op.sunset}` })),
});
