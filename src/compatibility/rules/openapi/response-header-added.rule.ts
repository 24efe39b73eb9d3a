import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// A new header is an addition.
export const responseHeaderAdded = defineRule<OpenApiDiff>({
  id: 'response-header-added', level: 'info', direction: 'response', area: 'headers',
  reason: 'A new header is an addition.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...revision.responses.values()].flatMap((r) => {
      const before = base.responses.get(r.status);
      if (!before) return [];
      return [...r.headers].filter(([name]) => !before.headers.has(name)).map(([, h]) => ({
        pointer: h.pointer, operation: revision.label, message: `header '${h.name}' of response ${r.status} was added`,
      }));
    });
  }),
});
