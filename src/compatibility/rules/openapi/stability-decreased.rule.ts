import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { STABILITY_ORDER } from './helpers.js';

// x-stability-level is a promise; going from stable back to beta (or lower) withdraws it.
export const stabilityDecreased = defineRule<OpenApiDiff>({
  id: 'stability-decreased', level: 'breaking', direction: 'none', area: 'stability',
  reason: 'Clients built on the promised stability lose it.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    const before = STABILITY_ORDER.indexOf(base.stability ?? 'stable');
    const after = STABILITY_ORDER.indexOf(revision.stability ?? 'stable');
    if (base.stability === undefined || before < 0 || after < 0 || after >= before) return [];
    return [{
      pointer: `${revision.pointer}/x-stability-level`, operation: revision.label,
      message: `stability of ${revision.label} decreased from ${base.stability} to ${revision.stability ?? 'none'}`,
    }];
  }),
});
