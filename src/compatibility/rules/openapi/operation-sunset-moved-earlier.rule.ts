import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { parseSunset } from './helpers.js';

// Clients planned their migration for the announced date; an earlier date (or dropping the date
// of a deprecated operation) shortens or voids that promise.
export const operationSunsetMovedEarlier = defineRule<OpenApiDiff>({
  id: 'operation-sunset-moved-earlier', level: 'breaking', direction: 'none', area: 'deprecation',
  reason: 'The announced sunset date was a promise to clients.',
  check: (diff) => diff.operations.modified.flatMap(({ base, revision }) => {
    const before = parseSunset(base.sunset);
    if (!base.deprecated || !revision.deprecated || !before) return [];
    const after = parseSunset(revision.sunset);
    if (after && after.getTime() >= before.getTime()) return [];
    if (revision.sunset !== undefined && !after) return [];
    return [{
      pointer: revision.pointer, operation: revision.label,
      message: `sunset of ${revision.label} moved from ${base.sunset} to ${revision.sunset ?? 'none'}`,
    }];
  }),
});
