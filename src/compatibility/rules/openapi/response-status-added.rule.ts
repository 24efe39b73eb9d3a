import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// A documented new status; clients should already handle unknown ones generically.
export const responseStatusAdded = defineRule<OpenApiDiff>({
  id: 'response-status-added', level: 'info', direction: 'response', area: 'responses',
  reason: 'A documented new status; clients should already handle unknown ones generically.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    return [...revision.responses.values()]
      .filter((r) => !base.responses.has(r.status))
      .map((r) => ({ pointer: r.pointer, operation: revision.label, message: `response ${r.status} was added` }));
  }),
});
