import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges, parseSunset } from './helpers.js';

// Clients planned their migration off a deprecated parameter for the announced date; an earlier
// date, or dropping the date, shortens or voids that promise (operation-sunset-moved-earlier for
// parameters). An unreadable new date is request-parameter-sunset-invalid.
export const requestParameterSunsetMovedEarlier = defineRule<OpenApiDiff>({
  id: 'request-parameter-sunset-moved-earlier', level: 'breaking', direction: 'request', area: 'deprecation',
  reason: 'The announced sunset date was a promise to clients.',
  check: (diff) => diff.operations.modified.flatMap((pair) => parameterChanges(pair).kept.flatMap(([p, q]) => {
    const before = parseSunset(p.sunset);
    if (!p.deprecated || !q.deprecated || !before) return [];
    const after = parseSunset(q.sunset);
    if ((after && after.getTime() >= before.getTime()) || (q.sunset !== undefined && !after)) return [];
    return [{
      pointer: q.pointer, operation: pair.revision.label,
      message: `sunset of ${describeParameter(q)} moved from ${p.sunset ?? ''} to ${q.sunset ?? 'none'}`,
    }];
  })),
});
