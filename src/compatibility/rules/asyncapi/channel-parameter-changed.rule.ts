// Channel parameters are matched by their position in the address. Narrowing the allowed values
// (a new or smaller enum) or moving where the value comes from breaks clients that build addresses.
import type { NParameter } from '../../diff/asyncapi/model.js';
import type { Change } from '../../engine/change.js';
import { both, change, defineAsyncApiRule } from './define-rule.js';

function narrowed(b: NParameter, r: NParameter): string[] | undefined {
  if (!r.enum) return undefined;
  if (!b.enum) return ['(any value)'];
  const gone = b.enum.filter((v) => !r.enum?.includes(v));
  return gone.length ? gone : undefined;
}

export const channelParameterChanged = defineAsyncApiRule({
  id: 'channel-parameter-changed', area: 'channels', levels: both('breaking'),
  reason: 'clients build channel addresses from parameter values',
  check: (diff) => diff.channels.modified.flatMap((p) => {
    const out: Change[] = [];
    p.base.parameters.forEach((b, i) => {
      const r = p.revision.parameters[i];
      if (!r) return;
      const gone = narrowed(b, r);
      if (gone) {
        out.push(change(channelParameterChanged, undefined, r.pointer,
          `channel '${p.revision.address ?? p.revision.id}' parameter '${r.name}' no longer allows ${gone.map((g) => `'${g}'`).join(', ')}`));
      }
      if ((b.location ?? '') !== (r.location ?? '')) {
        out.push(change(channelParameterChanged, undefined, r.pointer,
          `channel '${p.revision.address ?? p.revision.id}' parameter '${r.name}' location changed from '${b.location ?? ''}' to '${r.location ?? ''}'`));
      }
    });
    return out;
  }),
});
