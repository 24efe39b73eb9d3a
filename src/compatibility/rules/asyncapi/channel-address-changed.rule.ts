// The address (topic, queue, path) is what clients actually connect to; a new address is a new
// channel for them, even when the channel id stayed. Renaming a parameter is not an address change.
import { both, change, defineAsyncApiRule } from './define-rule.js';

export const channelAddressChanged = defineAsyncApiRule({
  id: 'channel-address-changed', area: 'channels', levels: both('breaking'),
  reason: 'clients keep subscribing or publishing to the old address',
  check: (diff) => diff.channels.modified
    .filter((p) => p.base.key !== p.revision.key)
    .map((p) => change(channelAddressChanged, undefined, `${p.revision.pointer}/address`,
      `channel '${p.revision.id}' address changed from '${p.base.address ?? '(unknown)'}' to '${p.revision.address ?? '(unknown)'}'`)),
});
