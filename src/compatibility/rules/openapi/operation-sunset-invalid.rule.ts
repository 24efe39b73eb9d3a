import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { parseSunset } from './helpers.js';

// A sunset that is not a date cannot be planned for, and the removal policy cannot check it.
export const operationSunsetInvalid = defineRule<OpenApiDiff>({
  id: 'operation-sunset-invalid', level: 'breaking', direction: 'none', area: 'deprecation',
  reason: 'Clients cannot plan for a sunset that is not a date.',
  check: (diff) => [...diff.revision.operations.values()]
    .filter((op) => op.deprecated && op.sunset !== undefined && !parseSunset(op.sunset))
    .filter((op) => diff.base.operations.get(op.key)?.sunset !== op.sunset)
    .map((op) => ({ pointer: `${op.pointer}/x-sunset`, operation: op.label, message: `sunset '${op.sunset}' of ${op.label} is not a date` })),
});
