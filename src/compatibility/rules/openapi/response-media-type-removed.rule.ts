import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients asking for that media type no longer get it.
export const responseMediaTypeRemoved = defineRule<OpenApiDiff>({
  id: 'response-media-type-removed', level: 'breaking', direction: 'response', area: 'responses',
  reason: 'Clients asking for that media type no longer get it.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...base.responses.values()].flatMap((r) => {
      const next = revision.responses.get(r.status);
      if (!next) return [];
      return [...r.content].filter(([type]) => !next.content.has(type)).map(([type, media]) => ({
        pointer: media.pointer, operation: revision.label, message: `media type '${type}' of response ${r.status} was removed`,
      }));
    });
  }),
});
