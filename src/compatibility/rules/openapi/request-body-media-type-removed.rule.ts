import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients sending that media type are rejected.
export const requestBodyMediaTypeRemoved = defineRule<OpenApiDiff>({
  id: 'request-body-media-type-removed', level: 'breaking', direction: 'request', area: 'request-body',
  reason: 'Clients sending that media type are rejected.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    const { base, revision } = pair;
    if (!base.requestBody || !revision.requestBody) return [];
    const after = revision.requestBody.content;
    return [...base.requestBody.content].filter(([type]) => !after.has(type))
      .map(([type, media]) => ({ pointer: media.pointer, operation: revision.label, message: `request media type '${type}' was removed` }));
  }),
});
