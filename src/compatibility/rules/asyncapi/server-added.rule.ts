// An extra server is additive.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const serverAdded = defineAsyncApiRule({
  id: 'server-added', area: 'servers', levels: both('info'),
  reason: 'a new server does not affect clients of the existing ones',
  check: (diff) => diff.servers.added.map((s) =>
    change(serverAdded, undefined, s.pointer, `server '${s.name}' was added`)),
});
