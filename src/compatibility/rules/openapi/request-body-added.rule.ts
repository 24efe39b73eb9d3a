import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// An optional request body is a compatible addition.
export const requestBodyAdded = defineRule<OpenApiDiff>({
  id: 'request-body-added', level: 'info', direction: 'request', area: 'request-body',
  reason: 'An optional request body is a compatible addition.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    const { base, revision } = pair;
    if (base.requestBody || !revision.requestBody || revision.requestBody.required) return [];
    return [{ pointer: revision.requestBody.pointer, operation: revision.label, message: 'optional request body was added' }];
  }),
});
