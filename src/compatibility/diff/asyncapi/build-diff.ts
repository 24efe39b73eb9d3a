// buildDiff: pairs up the servers, channels, operations and messages of two normalized documents.
// Rules read only this tree.
import { SchemaComparer } from '../schema/index.js';
import type { JsonObject } from './json.js';
import type { NChannel, NMessage, NOperation, NServer, NormalizedAsyncApi } from './model.js';

export interface Pair<T> {
  base: T;
  revision: T;
}

export interface Keyed<T> {
  added: T[];
  removed: T[];
  modified: Pair<T>[];
}

export interface OperationPair extends Pair<NOperation> {
  messages: Keyed<NMessage>;
}

export interface AsyncApiDiff {
  base: NormalizedAsyncApi;
  revision: NormalizedAsyncApi;
  info: Pair<JsonObject>;
  servers: Keyed<NServer>;
  /** Channels matched by address, then (3.x) by channel id: an id match means the address changed. */
  channels: Keyed<NChannel>;
  operations: {
    added: NOperation[];
    removed: NOperation[];
    modified: OperationPair[];
    /** Same channel, opposite action (e.g. send → receive), and nothing left in the old direction. */
    flipped: Pair<NOperation>[];
  };
  /** The shared schema comparer (OpenAPI and AsyncAPI), bound to the two documents. */
  schemas: SchemaComparer;
}

function byKey<T>(base: Map<string, T>, revision: Map<string, T>): Keyed<T> {
  return {
    removed: [...base].filter(([k]) => !revision.has(k)).map(([, v]) => v),
    added: [...revision].filter(([k]) => !base.has(k)).map(([, v]) => v),
    modified: [...base].filter(([k]) => revision.has(k)).map(([k, v]) => ({ base: v, revision: revision.get(k) as T })),
  };
}

function matchChannels(base: NormalizedAsyncApi, revision: NormalizedAsyncApi): Keyed<NChannel> {
  const k = byKey(base.channels, revision.channels);
  for (const b of [...k.removed]) {
    const r = k.added.find((c) => c.id === b.id && revision.major === 3 && base.major === 3);
    if (!r) continue;
    k.modified.push({ base: b, revision: r });
    k.removed.splice(k.removed.indexOf(b), 1);
    k.added.splice(k.added.indexOf(r), 1);
  }
  return k;
}

/**
 * Messages match by key, then by any shared alias (component name, name), then by the same named
 * payload schema, then one-to-one when exactly one is left on each side.
 */
export function matchMessages(base: NMessage[], revision: NMessage[]): Keyed<NMessage> {
  const out: Keyed<NMessage> = { added: [], removed: [], modified: [] };
  const left = [...revision];
  const take = (m: NMessage, pred: (r: NMessage) => boolean): boolean => {
    const i = left.findIndex(pred);
    if (i < 0) return false;
    out.modified.push({ base: m, revision: left[i] });
    left.splice(i, 1);
    return true;
  };
  const unmatched = base.filter((m) => !take(m, (r) => r.key === m.key));
  const byAlias = unmatched.filter((m) => !take(m, (r) => r.aliases.some((a) => m.aliases.includes(a))));
  const rest = byAlias.filter((m) => !(m.payloadRef && take(m, (r) => r.payloadRef === m.payloadRef)));
  if (rest.length === 1 && left.length === 1) take(rest[0], () => true);
  else out.removed.push(...rest);
  out.added.push(...left);
  return out;
}

function matchOperations(base: NormalizedAsyncApi, revision: NormalizedAsyncApi, channelRename: Map<string, string>): AsyncApiDiff['operations'] {
  // Re-key revision operations onto the base channel key when only the address changed.
  const rekeyed = new Map<string, NOperation>();
  for (const [key, op] of revision.operations) {
    const baseChannel = channelRename.get(op.channelKey);
    rekeyed.set(baseChannel ? key.replace(op.channelKey, baseChannel) : key, op);
  }
  const k = byKey(base.operations, rekeyed);
  const flipped: Pair<NOperation>[] = [];
  for (const b of [...k.removed]) {
    const r = k.added.find((o) => o.isReply === b.isReply && o.action !== b.action
      && (o.channelKey === b.channelKey || channelRename.get(o.channelKey) === b.channelKey));
    if (!r) continue;
    flipped.push({ base: b, revision: r });
    k.removed.splice(k.removed.indexOf(b), 1);
    k.added.splice(k.added.indexOf(r), 1);
  }
  const modified = k.modified.map((p) => ({ ...p, messages: matchMessages(p.base.messages, p.revision.messages) }));
  return { ...k, modified, flipped };
}

export function buildDiff(base: NormalizedAsyncApi, revision: NormalizedAsyncApi): AsyncApiDiff {
  const channels = matchChannels(base, revision);
  const rename = new Map<string, string>();
  for (const p of channels.modified) if (p.base.key !== p.revision.key) rename.set(p.revision.key, p.base.key);
  return {
    base, revision, channels,
    info: { base: base.info, revision: revision.info },
    servers: byKey(base.servers, revision.servers),
    operations: matchOperations(base, revision, rename),
    schemas: new SchemaComparer(base.root, revision.root),
  };
}
