// A channel limited to fewer servers than before is gone for clients on the dropped servers.
// No `servers` list means "on every server of the document". Servers removed from the document
// altogether are reported by server-removed, not again here.
import type { AsyncApiDiff } from '../../diff/asyncapi/build-diff.js';
import type { NChannel, NormalizedAsyncApi } from '../../diff/asyncapi/model.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';

const effective = (c: NChannel, doc: NormalizedAsyncApi): string[] => c.servers ?? [...doc.servers.keys()];

function dropped(diff: AsyncApiDiff, b: NChannel, r: NChannel): string[] {
  const now = effective(r, diff.revision);
  return effective(b, diff.base).filter((s) => diff.revision.servers.has(s) && !now.includes(s));
}

export const channelServersChanged = defineAsyncApiRule({
  id: 'channel-servers-changed', area: 'channels', levels: both('breaking'),
  reason: 'clients reach the channel through the servers it was available on',
  check: (diff) => diff.channels.modified.flatMap((p) => {
    const gone = dropped(diff, p.base, p.revision);
    return gone.length === 0 ? [] : [change(channelServersChanged, undefined, `${p.revision.pointer}/servers`,
      `channel '${p.revision.address ?? p.revision.id}' is no longer available on server ${gone.map((s) => `'${s}'`).join(', ')}`)];
  }),
});
