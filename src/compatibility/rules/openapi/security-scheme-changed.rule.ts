import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { isObject, joinPointer } from '../../diff/schema/json-pointer.js';
import type { JsonObject } from '../../diff/schema/types.js';
import { defineRule } from '../../engine/define-rule.js';

const FIELDS = ['type', 'in', 'name', 'scheme', 'openIdConnectUrl'];
const FLOW_URLS = ['implicit', 'password', 'clientCredentials', 'authorizationCode']
  .flatMap((flow) => ['authorizationUrl', 'tokenUrl', 'refreshUrl'].map((url) => `${flow}.${url}`));

function field(scheme: JsonObject, path: string): string {
  const [flow, url] = path.split('.');
  if (!url) return String(scheme[flow] ?? '');
  const flows = isObject(scheme.flows) ? scheme.flows : {};
  return String((isObject(flows[flow]) ? (flows[flow] as JsonObject)[url] : undefined) ?? '');
}

// Clients send credentials the way the scheme said (header name, bearer vs basic, token URL, …).
export const securitySchemeChanged = defineRule<OpenApiDiff>({
  id: 'security-scheme-changed', level: 'breaking', direction: 'request', area: 'security',
  reason: 'Clients send credentials the old way.',
  check: (diff) => [...diff.base.securitySchemes].flatMap(([name, before]) => {
    const after = diff.revision.securitySchemes.get(name);
    if (!after) return [];
    const changed = [...FIELDS, ...FLOW_URLS].filter((f) => field(before, f).toLowerCase() !== field(after, f).toLowerCase());
    if (changed.length === 0) return [];
    return [{
      pointer: joinPointer('/components/securitySchemes', name),
      message: `security scheme '${name}' changed (${changed.map((f) => `${f}: ${field(before, f) || 'none'} → ${field(after, f) || 'none'}`).join(', ')})`,
    }];
  }),
});
