import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients rely on the header always being sent.
export const responseHeaderBecameOptional = defineRule<OpenApiDiff>({
  id: 'response-header-became-optional', level: 'breaking', direction: 'response', area: 'headers',
  reason: 'Clients rely on the header always being sent.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...base.responses.values()].flatMap((r) => {
      const next = revision.responses.get(r.status);
      if (!next) return [];
      return [...r.headers].flatMap(([name, h]) => {
        const after = next.headers.get(name);
        if (!h.required || !after || after.required) return [];
        return [{ pointer: after.pointer, operation: revision.label, message: `header '${h.name}' of response ${r.status} became optional` }];
      });
    });
  }),
});
