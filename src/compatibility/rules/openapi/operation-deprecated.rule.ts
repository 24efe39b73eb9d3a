import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';

// Deprecation announces a later removal; nothing changes on the wire yet.
export const operationDeprecated = defineRule<OpenApiDiff>({
  id: 'operation-deprecated', level: 'info', direction: 'none', area: 'deprecation',
  reason: 'Announces a later removal.',
  check: (diff) => diff.operations.modified
    .filter(({ base, revision }) => !base.deprecated && revision.deprecated)
    .map(({ revision: op }) => ({
      pointer: `${op.pointer}/deprecated`, operation: op.label,
      message: `${op.label} was deprecated${op.sunset ? ` (sunset ${op.sunset})` : ''}`,
    })),
});
