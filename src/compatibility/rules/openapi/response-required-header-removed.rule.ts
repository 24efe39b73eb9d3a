import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients rely on a required header being sent.
export const responseRequiredHeaderRemoved = defineRule<OpenApiDiff>({
  id: 'response-required-header-removed', level: 'breaking', direction: 'response', area: 'headers',
  reason: 'Clients rely on a required header being sent.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...base.responses.values()].flatMap((r) => {
      const next = revision.responses.get(r.status);
      if (!next) return [];
      return [...r.headers].filter(([name, h]) => h.required && !next.headers.has(name)).map(([, h]) => ({
        pointer: h.pointer, operation: revision.label, message: `required header '${h.name}' of response ${r.status} was removed`,
      }));
    });
  }),
});
