// AsyncAPI 2.x → common model. In 2.x the verbs are named from the CLIENT's view:
// `subscribe` = the application SENDS (clients subscribe to it), `publish` = the application RECEIVES.
import { asString, isObject, ptr, type JsonObject } from './json.js';
import type { Action, NChannel, NOperation } from './model.js';
import { addressKey, messageOf, parametersOf, securityOf, type Ctx } from './normalize-common.js';
import { applyTraits } from './traits.js';

const VERBS: ReadonlyArray<[verb: 'publish' | 'subscribe', action: Action]> = [
  ['subscribe', 'send'],
  ['publish', 'receive'],
];

export function channelsAndOperationsV2(ctx: Ctx): { channels: NChannel[]; operations: NOperation[] } {
  const channels: NChannel[] = [];
  const operations: NOperation[] = [];
  const raw = ctx.refs.get(ctx.root.channels).value;
  for (const [address, chRaw] of Object.entries(isObject(raw) ? raw : {})) {
    const ch = ctx.refs.get(chRaw).value;
    if (!isObject(ch)) continue;
    const pointer = ptr('', 'channels', address);
    const key = addressKey(address, address);
    channels.push({
      key, id: address, address, pointer,
      parameters: parametersOf(ctx, ch.parameters, address, pointer),
      servers: Array.isArray(ch.servers) ? ch.servers.map(String).sort() : undefined,
      bindings: ctx.refs.inline(ch.bindings),
      docs: { description: ch.description ?? null },
    });
    for (const [verb, action] of VERBS) {
      const opRaw = ctx.refs.get(ch[verb]).value;
      if (!isObject(opRaw)) continue;
      operations.push(operationV2(ctx, applyTraits(opRaw, ctx.refs, 2), action, key, address, ptr(pointer, verb)));
    }
  }
  return { channels, operations };
}

function operationV2(ctx: Ctx, op: JsonObject, action: Action, channelKey: string, address: string, pointer: string): NOperation {
  const id = asString(op.operationId);
  const msgRaw = ctx.refs.get(op.message).value;
  const list = isObject(msgRaw) && Array.isArray(msgRaw.oneOf)
    ? msgRaw.oneOf.map((m, i) => ({ raw: m, pointer: ptr(pointer, 'message', 'oneOf', i) }))
    : op.message === undefined ? [] : [{ raw: op.message, pointer: ptr(pointer, 'message') }];
  const messages = list.map(({ raw, pointer: p }, i) => {
    const m = messageOf(ctx, raw, String(i), p);
    return { ...m, key: m.aliases[0] ?? String(i) };
  });
  return {
    key: `${action} ${channelKey}`, id, action, flow: action === 'send' ? 'read' : 'write', channelKey,
    label: `${action} ${id ?? address}`, pointer, messages,
    security: securityOf(ctx, op.security), bindings: ctx.refs.inline(op.bindings), isReply: false,
    docs: { summary: op.summary ?? null, description: op.description ?? null, tags: op.tags ?? null },
  };
}
