// Payloads go through the shared schema comparer with the operation's flow as direction:
// `read` (the component sends) protects consumers, `write` (it receives) protects producers.
// Emitted ids are `message-payload-<schema rule>`, e.g. `message-payload-property-removed`.
import type { Change } from '../../engine/change.js';
import { both, defineAsyncApiRule } from './define-rule.js';
import { comparable, messageSchemas } from './message-schema-sites.js';

export const messagePayloadChanged = defineAsyncApiRule({
  id: 'message-payload', area: 'payload', levels: both('breaking'), emits: 'schema-rules',
  reason: 'payload schemas are judged by the shared schema rules, per direction',
  check: (diff) => {
    const found = new Set<Change>();
    for (const p of messageSchemas(diff, 'payload').filter(comparable)) {
      for (const c of diff.schemas.compare(p.base?.schema ?? {}, p.revision?.schema ?? {}, p.site)) found.add(c);
    }
    return [...found];
  },
});
