import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients reading an optional header must cope with its absence already.
export const responseHeaderRemoved = defineRule<OpenApiDiff>({
  id: 'response-header-removed', level: 'warning', direction: 'response', area: 'headers',
  reason: 'Clients reading an optional header must cope with its absence already.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...base.responses.values()].flatMap((r) => {
      const next = revision.responses.get(r.status);
      if (!next) return [];
      return [...r.headers].filter(([name, h]) => !h.required && !next.headers.has(name)).map(([, h]) => ({
        pointer: h.pointer, operation: revision.label, message: `header '${h.name}' of response ${r.status} was removed`,
      }));
    });
  }),
});
