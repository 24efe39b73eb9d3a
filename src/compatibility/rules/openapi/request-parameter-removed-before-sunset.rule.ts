import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { defineRule } from '../../engine/define-rule.js';
import { describeParameter, parameterChanges, parseSunset } from './helpers.js';

// A deprecated parameter promised to keep working until its sunset date. Removing a parameter is
// otherwise a warning (request-parameter-removed); breaking an announced date is not.
export const requestParameterRemovedBeforeSunset = defineRule<OpenApiDiff>({
  id: 'request-parameter-removed-before-sunset', level: 'breaking', direction: 'request', area: 'deprecation',
  reason: 'Clients were promised the parameter until its sunset date.',
  check: (diff) => diff.operations.modified.flatMap((pair) => parameterChanges(pair).removed
    .filter((p) => p.deprecated && (parseSunset(p.sunset)?.getTime() ?? -Infinity) > diff.now.getTime())
    .map((p) => ({
      pointer: p.pointer, operation: pair.revision.label,
      message: `${describeParameter(p)} was removed before its sunset date ${p.sunset ?? ''}`,
    }))),
});
