import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Clients that send an empty value are rejected.
export const requestParameterAllowEmptyValueRemoved = defineRule<OpenApiDiff>({
  id: 'request-parameter-allow-empty-value-removed', level: 'breaking', direction: 'request', area: 'parameters',
  reason: 'Clients that send an empty value are rejected.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).kept.filter(([p, q]) => p.allowEmptyValue && !q.allowEmptyValue).map(([, q]) => ({
      pointer: q.pointer, operation: pair.revision.label, message: `${describeParameter(q)} no longer allows an empty value`,
    }));
  }),
});
