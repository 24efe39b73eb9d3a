import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Announces a later removal.
export const requestParameterDeprecated = defineRule<OpenApiDiff>({
  id: 'request-parameter-deprecated', level: 'info', direction: 'request', area: 'parameters',
  reason: 'Announces a later removal.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).kept.filter(([p, q]) => !p.deprecated && q.deprecated).map(([, q]) => ({
      pointer: q.pointer, operation: pair.revision.label, message: `${describeParameter(q)} was deprecated`,
    }));
  }),
});
