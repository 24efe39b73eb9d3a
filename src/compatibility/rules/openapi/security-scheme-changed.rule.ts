import type { OpenApiDiff } from '../../diff/openapi/build-openapi-diff.js';
import { joinPointer } from '../../diff/schema/json-pointer.js';
import { defineRule } from '../../engine/define-rule.js';

const FIELDS = ['type', 'in', 'name', 'scheme', 'openIdConnectUrl'];

// Clients send credentials the way the scheme said (header name, bearer vs basic, …).
export const securitySchemeChanged = defineRule<OpenApiDiff>({
  id: 'security-scheme-changed', level: 'breaking', direction: 'request', area: 'security',
  reason: 'Clients send credentials the old way.',
  check: (diff) => [...diff.base.securitySchemes].flatMap(([name, before]) => {
    const after = diff.revision.securitySchemes.get(name);
    if (!after) return [];
    const changed = FIELDS.filter((f) => String(before[f] ?? '').toLowerCase() !== String(after[f] ?? '').toLowerCase());
    if (changed.length === 0) return [];
    return [{
      pointer: joinPointer('/components/securitySchemes', name),
      message: `security scheme '${name}' changed (${changed.map((f) => `${f}: ${String(before[f] ?? 'none')} → ${String(after[f] ?? 'none')}`).join(', ')})`,
    }];
  }),
});
