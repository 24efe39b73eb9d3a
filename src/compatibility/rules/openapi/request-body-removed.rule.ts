import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients keep sending a body the operation no longer defines.
export const requestBodyRemoved = defineRule<OpenApiDiff>({
  id: 'request-body-removed', level: 'breaking', direction: 'request', area: 'request-body',
  reason: 'Clients keep sending a body the operation no longer defines.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    const { base, revision } = pair;
    if (!base.requestBody || revision.requestBody) return [];
    return [{ pointer: base.requestBody.pointer, operation: revision.label, message: 'request body was removed' }];
  }),
});
