// A different protocol (mqtt → kafka) or protocol version (MQTT 3.1.1 → 5) needs different clients.
import type { Change } from '../../engine/change.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const serverProtocolChanged = defineAsyncApiRule({
  id: 'server-protocol-changed', area: 'servers', levels: both('breaking'),
  reason: 'clients speak the protocol and version the contract named',
  check: (diff) => diff.servers.modified.flatMap(({ base: b, revision: r }): Change[] => {
    const out: Change[] = [];
    if (b.protocol !== r.protocol) {
      out.push(change(serverProtocolChanged, undefined, `${r.pointer}/protocol`,
        `server '${r.name}' protocol changed from '${b.protocol}' to '${r.protocol}'`));
    }
    if ((b.protocolVersion ?? '') !== (r.protocolVersion ?? '')) {
      out.push(change(serverProtocolChanged, undefined, `${r.pointer}/protocolVersion`,
        `server '${r.name}' protocol version changed from '${b.protocolVersion ?? '(none)'}' to '${r.protocolVersion ?? '(none)'}'`));
    }
    return out;
  }),
});
