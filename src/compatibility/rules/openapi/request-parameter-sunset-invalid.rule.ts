import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges, parseSunset } from './helpers.js';

// A parameter sunset that is not a date cannot be planned for, and the removal policy cannot check
// it (the promise of operation-sunset-invalid, one level down). Reported when it is introduced.
export const requestParameterSunsetInvalid = defineRule<OpenApiDiff>({
  id: 'request-parameter-sunset-invalid', level: 'breaking', direction: 'request', area: 'deprecation',
  reason: 'Clients cannot plan for a sunset that is not a date.',
  check: (diff) => diff.operations.modified.flatMap((pair) => {
    // Every revision parameter is kept, moved or added; only kept and moved ones had a sunset before.
    const { kept, moved } = parameterChanges(pair);
    const before = new Map([...kept, ...moved].map(([p, q]) => [q, p.sunset]));
    return pair.revision.parameters
      .filter((q) => q.deprecated && q.sunset !== undefined && !parseSunset(q.sunset) && before.get(q) !== q.sunset)
      .map((q) => ({
        pointer: `${q.pointer}/x-sunset`, operation: pair.revision.label,
        message: `sunset '${q.sunset}' of ${describeParameter(q)} is not a date`,
      }));
  }),
});
