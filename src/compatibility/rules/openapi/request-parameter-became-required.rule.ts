import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Clients that omit the parameter are now rejected.
export const requestParameterBecameRequired = defineRule<OpenApiDiff>({
  id: 'request-parameter-became-required', level: 'breaking', direction: 'request', area: 'parameters',
  reason: 'Clients that omit the parameter are now rejected.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).kept.filter(([p, q]) => !p.required && q.required).map(([, q]) => ({
      pointer: q.pointer, operation: pair.revision.label, message: `${describeParameter(q)} became required`,
    }));
  }),
});
