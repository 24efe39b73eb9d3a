import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// A new representation is an addition.
export const responseMediaTypeAdded = defineRule<OpenApiDiff>({
  id: 'response-media-type-added', level: 'info', direction: 'response', area: 'responses',
  reason: 'A new representation is an addition.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...revision.responses.values()].flatMap((r) => {
      const before = base.responses.get(r.status);
      if (!before) return [];
      return [...r.content].filter(([type]) => !before.content.has(type)).map(([type, media]) => ({
        pointer: media.pointer, operation: revision.label, message: `media type '${type}' of response ${r.status} was added`,
      }));
    });
  }),
});
