import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Clients send the parameter in the old place.
export const requestParameterLocationChanged = defineRule<OpenApiDiff>({
  id: 'request-parameter-location-changed', level: 'breaking', direction: 'request', area: 'parameters',
  reason: 'Clients send the parameter in the old place.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).moved.map(([p, q]) => ({
      pointer: q.pointer, operation: pair.revision.label,
      message: `parameter '${q.name}' moved from ${p.in} to ${q.in}`,
    }));
  }),
});
