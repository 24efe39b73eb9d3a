import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Existing clients do not send the new required parameter.
export const requestRequiredParameterAdded = defineRule<OpenApiDiff>({
  id: 'request-required-parameter-added', level: 'breaking', direction: 'request', area: 'parameters',
  reason: 'Existing clients do not send the new required parameter.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).added.filter((p) => p.required).map((p) => ({
      pointer: p.pointer, operation: pair.revision.label, message: `new required ${describeParameter(p)}`,
    }));
  }),
});
