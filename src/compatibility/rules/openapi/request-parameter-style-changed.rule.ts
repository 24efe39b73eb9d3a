import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges } from './helpers.js';
// Clients serialize the value the old way (style/explode).
export const requestParameterStyleChanged = defineRule<OpenApiDiff>({
  id: 'request-parameter-style-changed', level: 'breaking', direction: 'request', area: 'parameters',
  reason: 'Clients serialize the value the old way (style/explode).',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    return parameterChanges(pair).kept
      .filter(([p, q]) => p.style !== q.style || p.explode !== q.explode)
      .map(([p, q]) => ({
        pointer: q.pointer, operation: pair.revision.label,
        message: `serialization of ${describeParameter(q)} changed from ${p.style}/explode=${p.explode} to ${q.style}/explode=${q.explode}`,
      }));
  }),
});
