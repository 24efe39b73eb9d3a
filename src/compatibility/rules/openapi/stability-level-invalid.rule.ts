import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { STABILITY_ORDER } from './helpers.js';

// An unknown x-stability-level makes the stability promise unreadable for clients and for policy.
export const stabilityLevelInvalid = defineRule<OpenApiDiff>({
  id: 'stability-level-invalid', level: 'breaking', direction: 'none', area: 'stability',
  reason: 'The stability promise cannot be read.',
  check: (diff) => [...diff.revision.operations.values()]
    .filter((op) => op.stability !== undefined && !STABILITY_ORDER.includes(op.stability))
    .map((op) => ({
      pointer: `${op.pointer}/x-stability-level`, operation: op.label,
      message: `x-stability-level '${op.stability}' of ${op.label} is not one of ${STABILITY_ORDER.join(', ')}`,
    })),
});
