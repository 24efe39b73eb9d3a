// Removing a channel breaks everyone on it: consumers wait for messages that never come and
// producers publish into an address nobody reads.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const channelRemoved = defineAsyncApiRule({
  id: 'channel-removed', area: 'channels', levels: both('breaking'),
  reason: 'clients subscribed or publishing to the channel lose it',
  check: (diff) => diff.channels.removed.map((c) =>
    change(channelRemoved, undefined, c.pointer, `channel '${c.address ?? c.id}' was removed`)),
});
