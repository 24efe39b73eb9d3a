import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// The wire format is unchanged, but generated clients rename their methods.
export const operationIdChanged = defineRule<OpenApiDiff>({
  id: 'operation-id-changed', level: 'warning', direction: 'none', area: 'operations',
  reason: 'Generated client code changes its method names.',
  check: (diff) => diff.operations.modified
    .filter(({ base, revision }) => base.operationId !== undefined && base.operationId !== revision.operationId)
    .map(({ base, revision }) => ({
      pointer: `${revision.pointer}/operationId`, operation: revision.label,
      message: `operationId of ${revision.label} changed from '${base.operationId}' to '${revision.operationId ?? 'none'}'`,
    })),
});
