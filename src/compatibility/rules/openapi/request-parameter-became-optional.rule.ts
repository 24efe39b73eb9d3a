import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Clients may now omit the parameter.
export const requestParameterBecameOptional = defineRule<OpenApiDiff>({
  id: 'request-parameter-became-optional', level: 'info', direction: 'request', area: 'parameters',
  reason: 'Clients may now omit the parameter.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).kept.filter(([p, q]) => p.required && !q.required).map(([, q]) => ({
      pointer: q.pointer, operation: pair.revision.label, message: `${describeParameter(q)} became optional`,
    }));
  }),
});
