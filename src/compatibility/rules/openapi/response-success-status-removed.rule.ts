import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients expect the success response they were promised.
export const responseSuccessStatusRemoved = defineRule<OpenApiDiff>({
  id: 'response-success-status-removed', level: 'breaking', direction: 'response', area: 'responses',
  reason: 'Clients expect the success response they were promised.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...base.responses.values()]
      .filter((r) => /^2/.test(r.status) && !revision.responses.has(r.status))
      .map((r) => ({ pointer: r.pointer, operation: revision.label, message: `success response ${r.status} was removed` }));
  }),
});
