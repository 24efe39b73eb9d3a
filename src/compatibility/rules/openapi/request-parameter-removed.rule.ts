import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Clients that still send the parameter are ignored at best.
export const requestParameterRemoved = defineRule<OpenApiDiff>({
  id: 'request-parameter-removed', level: 'warning', direction: 'request', area: 'parameters',
  reason: 'Clients that still send the parameter are ignored at best.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).removed.map((p) => ({
      pointer: p.pointer, operation: pair.revision.label, message: `${describeParameter(p)} was removed`,
    }));
  }),
});
