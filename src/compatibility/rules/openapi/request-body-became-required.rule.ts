import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients that send no body are rejected.
export const requestBodyBecameRequired = defineRule<OpenApiDiff>({
  id: 'request-body-became-required', level: 'breaking', direction: 'request', area: 'request-body',
  reason: 'Clients that send no body are rejected.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    const { base, revision } = pair;
    if (!revision.requestBody?.required || base.requestBody?.required) return [];
    const what = base.requestBody ? 'request body became required' : 'a required request body was added';
    return [{ pointer: revision.requestBody.pointer, operation: revision.label, message: what }];
  }),
});
