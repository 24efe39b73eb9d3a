import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { isObject, joinPointer } from '../../diff/schema/json-pointer.js';
import { defineRule } from '../../engine/define-rule.js';
import type { JsonObject } from '../../diff/schema/types.js';

function scopes(scheme: JsonObject): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!isObject(scheme.flows)) return out;
  for (const [flow, value] of Object.entries(scheme.flows)) {
    if (isObject(value) && isObject(value.scopes)) out.set(flow, Object.keys(value.scopes));
  }
  return out;
}

// Clients that request a removed OAuth scope fail at the authorization server.
export const securitySchemeScopeRemoved = defineRule<OpenApiDiff>({
  id: 'security-scheme-scope-removed', level: 'breaking', direction: 'request', area: 'security',
  reason: 'Clients requesting the scope fail to obtain a token.',
  check: (diff) => [...diff.base.securitySchemes].flatMap(([name, before]) => {
    const after = diff.revision.securitySchemes.get(name);
    if (!after) return [];
    const next = scopes(after);
    return [...scopes(before)].flatMap(([flow, list]) => list
      .filter((scope) => next.has(flow) && !next.get(flow)?.includes(scope))
      .map((scope) => ({
        pointer: joinPointer('/components/securitySchemes', name, 'flows', flow, 'scopes'),
        message: `scope '${scope}' was removed from the ${flow} flow of security scheme '${name}'`,
      })));
  }),
});
