// Protocol bindings (Kafka keys, MQTT QoS, AMQP exchanges …) are protocol-specific and not
// interpreted here; any change is reported as a warning for a human to judge.
import type { JsonValue } from '../../diff/asyncapi/json.js';
import { deepEqual } from '../../diff/asyncapi/json.js';
import type { Change } from '../../engine/change.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';

interface Bound { bindings?: JsonValue; pointer: string }

export const bindingsChanged = defineAsyncApiRule({
  id: 'bindings-changed', area: 'bindings', levels: both('warning'),
  reason: 'bindings configure the protocol clients use; their effect is protocol-specific',
  check: (diff) => {
    const out: Change[] = [];
    const check = (what: string, b: Bound, r: Bound, operation?: string): void => {
      if (deepEqual(b.bindings ?? null, r.bindings ?? null)) return;
      out.push(change(bindingsChanged, undefined, `${r.pointer}/bindings`, `${what} bindings changed`, operation));
    };
    for (const p of diff.servers.modified) check(`server '${p.revision.name}'`, p.base, p.revision);
    for (const p of diff.channels.modified) check(`channel '${p.revision.address ?? p.revision.id}'`, p.base, p.revision);
    for (const op of diff.operations.modified) {
      check(`operation '${op.revision.label}'`, op.base, op.revision, op.revision.label);
      for (const m of op.messages.modified) check(`message '${m.revision.key}'`, m.base, m.revision, op.revision.label);
    }
    return out;
  },
});
