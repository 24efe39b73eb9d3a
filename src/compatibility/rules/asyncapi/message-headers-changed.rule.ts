// Message headers are a schema too: compared by the shared schema comparer like the payload.
// Emitted ids are `message-headers-<schema rule>`, e.g. `message-headers-required-property-added`.
import type { Change } from '../../engine/change.js';
import { both, defineAsyncApiRule } from './define-rule.js';
import { comparable, messageSchemas } from './message-schema-sites.js';

export const messageHeadersChanged = defineAsyncApiRule({
  id: 'message-headers', area: 'payload', levels: both('breaking'), emits: 'schema-rules',
  reason: 'header schemas are judged by the shared schema rules, per direction',
  check: (diff) => {
    const found = new Set<Change>();
    for (const p of messageSchemas(diff, 'headers').filter(comparable)) {
      for (const c of diff.schemas.compare(p.base?.schema ?? {}, p.revision?.schema ?? {}, p.site)) found.add(c);
    }
    return [...found];
  },
});
