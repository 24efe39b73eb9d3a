import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients gain a way to send the body.
export const requestBodyMediaTypeAdded = defineRule<OpenApiDiff>({
  id: 'request-body-media-type-added', level: 'info', direction: 'request', area: 'request-body',
  reason: 'Clients gain a way to send the body.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    const { base, revision } = pair;
    if (!base.requestBody || !revision.requestBody) return [];
    const before = base.requestBody.content;
    return [...revision.requestBody.content].filter(([type]) => !before.has(type))
      .map(([type, media]) => ({ pointer: media.pointer, operation: revision.label, message: `request media type '${type}' was added` }));
  }),
});
