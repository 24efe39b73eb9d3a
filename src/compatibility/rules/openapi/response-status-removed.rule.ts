import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Clients handling that status no longer get it; usually harmless.
export const responseStatusRemoved = defineRule<OpenApiDiff>({
  id: 'response-status-removed', level: 'warning', direction: 'response', area: 'responses',
  reason: 'Clients handling that status no longer get it; usually harmless.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...base.responses.values()]
      .filter((r) => !/^2/.test(r.status) && !revision.responses.has(r.status))
      .map((r) => ({ pointer: r.pointer, operation: revision.label, message: `response ${r.status} was removed` }));
  }),
});
