// Host and path (2.x: the url without its scheme) are where clients connect.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const serverHostChanged = defineAsyncApiRule({
  id: 'server-host-changed', area: 'servers', levels: both('breaking'),
  reason: 'clients connect to the host and path the contract named',
  check: (diff) => diff.servers.modified
    .filter(({ base: b, revision: r }) => b.host !== r.host || b.pathname !== r.pathname)
    .map(({ base: b, revision: r }) => change(serverHostChanged, undefined, `${r.pointer}/host`,
      `server '${r.name}' moved from '${b.host}${b.pathname}' to '${r.host}${r.pathname}'`)),
});
