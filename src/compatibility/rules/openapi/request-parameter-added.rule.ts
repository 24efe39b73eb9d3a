import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// A new optional parameter is a compatible addition.
export const requestParameterAdded = defineRule<OpenApiDiff>({
  id: 'request-parameter-added', level: 'info', direction: 'request', area: 'parameters',
  reason: 'A new optional parameter is a compatible addition.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).added.filter((p) => !p.required).map((p) => ({
      pointer: p.pointer, operation: pair.revision.label, message: `optional ${describeParameter(p)} was added`,
    }));
  }),
});
