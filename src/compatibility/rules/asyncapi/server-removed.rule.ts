// Clients are configured with a server; removing it leaves them without a broker to connect to.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const serverRemoved = defineAsyncApiRule({
  id: 'server-removed', area: 'servers', levels: both('breaking'),
  reason: 'clients connect to the named server',
  check: (diff) => diff.servers.removed.map((s) =>
    change(serverRemoved, undefined, s.pointer, `server '${s.name}' was removed`)),
});
