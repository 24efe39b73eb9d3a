// AsyncAPI 3.x → common model. Operations name their channel by reference and say `action: send`
// (the application sends) or `receive` (the application receives); a `reply` flows the other way.
import { asString, isObject, ptr, type JsonObject, type JsonValue } from './json.js';
import type { Action, NChannel, NMessage, NOperation } from './model.js';
import { addressKey, messageOf, parametersOf, securityOf, type Ctx } from './normalize-common.js';
import { applyTraits } from './traits.js';

const lastSegment = (ref: string | undefined): string | undefined =>
  ref?.split('/').pop()?.replace(/~1/g, '/').replace(/~0/g, '~');

export function channelsAndOperationsV3(ctx: Ctx): { channels: NChannel[]; operations: NOperation[] } {
  const channels = new Map<string, NChannel & { raw: JsonObject }>();
  const raw = ctx.refs.get(ctx.root.channels).value;
  for (const [id, chRaw] of Object.entries(isObject(raw) ? raw : {})) {
    const ch = ctx.refs.get(chRaw).value;
    if (!isObject(ch)) continue;
    const address = typeof ch.address === 'string' ? ch.address : null;
    const pointer = ptr('', 'channels', id);
    const servers = Array.isArray(ch.servers)
      ? ch.servers.map((s) => lastSegment(ctx.refs.get(s).ref) ?? '').sort() : undefined;
    channels.set(id, {
      key: addressKey(address, id), id, address, pointer, raw: ch, servers,
      parameters: parametersOf(ctx, ch.parameters, address, pointer),
      bindings: ctx.refs.inline(ch.bindings),
      docs: { title: ch.title ?? null, summary: ch.summary ?? null, description: ch.description ?? null },
    });
  }
  const operations: NOperation[] = [];
  const ops = ctx.refs.get(ctx.root.operations).value;
  for (const [id, opRaw] of Object.entries(isObject(ops) ? ops : {})) {
    const o = ctx.refs.get(opRaw).value;
    if (!isObject(o)) continue;
    const op = applyTraits(o, ctx.refs, 3);
    const action: Action = op.action === 'receive' ? 'receive' : 'send';
    const chId = lastSegment(ctx.refs.get(op.channel).ref) ?? '';
    const ch = channels.get(chId);
    const pointer = ptr('', 'operations', id);
    const base = operationV3(ctx, { id, action, ch, chId, pointer, msgs: op.messages, label: `${action} ${id}` });
    operations.push({
      ...base, security: securityOf(ctx, op.security), bindings: ctx.refs.inline(op.bindings),
      docs: { title: op.title ?? null, summary: op.summary ?? null, description: op.description ?? null, tags: op.tags ?? null },
    });
    const reply = ctx.refs.get(op.reply).value;
    if (isObject(reply)) {
      // A reply travels the opposite way: on the reply channel, or the request's channel when absent.
      const rAction: Action = action === 'send' ? 'receive' : 'send';
      const rChId = lastSegment(ctx.refs.get(reply.channel).ref) ?? chId;
      const rp = ptr(pointer, 'reply');
      const r = operationV3(ctx, { id, action: rAction, ch: channels.get(rChId), chId: rChId, pointer: rp, msgs: reply.messages, label: `reply of ${action} ${id}` });
      operations.push({ ...r, key: `${r.key} reply`, isReply: true, security: undefined, docs: {} });
    }
  }
  return { channels: [...channels.values()].map(({ raw: _raw, ...c }) => c), operations };
}

interface OpInput {
  id: string; action: Action; ch: (NChannel & { raw: JsonObject }) | undefined; chId: string;
  pointer: string; msgs: JsonValue | undefined; label: string;
}

function operationV3(ctx: Ctx, i: OpInput): Omit<NOperation, 'security' | 'bindings' | 'docs'> {
  const channelKey = i.ch?.key ?? `#${i.chId}`;
  const chMsgs = ctx.refs.get(i.ch?.raw.messages).value;
  // Without `messages`, an operation carries every message of its channel.
  const refs: { raw: JsonValue; key: string; pointer: string }[] = Array.isArray(i.msgs)
    ? i.msgs.map((m, n) => ({ raw: m, key: lastSegment(isObject(m) ? asString(m.$ref) : undefined) ?? String(n), pointer: ptr(i.pointer, 'messages', n) }))
    : Object.entries(isObject(chMsgs) ? chMsgs : {}).map(([k, m]) => ({ raw: m, key: k, pointer: ptr(i.ch?.pointer ?? '', 'messages', k) }));
  const messages: NMessage[] = refs.map((r) => messageOf(ctx, r.raw, r.key, r.pointer));
  return {
    key: `${i.action} ${channelKey}`, id: i.id, action: i.action, flow: i.action === 'send' ? 'read' : 'write',
    channelKey, label: i.label, pointer: i.pointer, messages, isReply: false,
  };
}
