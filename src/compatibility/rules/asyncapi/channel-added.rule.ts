// A new channel is additive: nobody is forced to use it.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const channelAdded = defineAsyncApiRule({
  id: 'channel-added', area: 'channels', levels: both('info'),
  reason: 'a new channel does not affect existing clients',
  check: (diff) => diff.channels.added.map((c) =>
    change(channelAdded, undefined, c.pointer, `channel '${c.address ?? c.id}' was added`)),
});
