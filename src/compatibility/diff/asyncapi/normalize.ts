// Entry point of normalization: a parsed AsyncAPI 2.x or 3.x document → NormalizedAsyncApi.
import { asString, isObject, pick, type JsonValue } from './json.js';
import type { NChannel, NOperation, NServer, NormalizedAsyncApi } from './model.js';
import { serverOf, type Ctx } from './normalize-common.js';
import { channelsAndOperationsV2 } from './normalize-v2.js';
import { channelsAndOperationsV3 } from './normalize-v3.js';
import { RefResolver } from './ref-resolver.js';

/** Input the AsyncAPI engine cannot compare (not AsyncAPI, or 1.x). */
export class AsyncApiInputError extends Error {}

export function asyncApiVersion(doc: unknown): string | undefined {
  return isObject(doc) ? asString(doc.asyncapi) : undefined;
}

export function normalizeAsyncApi(doc: unknown): NormalizedAsyncApi {
  const specVersion = asyncApiVersion(doc);
  if (!isObject(doc) || specVersion === undefined) {
    throw new AsyncApiInputError('not an AsyncAPI document (no "asyncapi" version field)');
  }
  const major = specVersion.startsWith('2.') ? 2 : specVersion.startsWith('3.') ? 3 : undefined;
  if (major === undefined) {
    throw new AsyncApiInputError(`AsyncAPI ${specVersion} is not supported (2.x and 3.x are)`);
  }
  const refs = new RefResolver(doc as JsonValue);
  const ctx: Ctx = { refs, major, root: doc, defaultContentType: asString(doc.defaultContentType) };
  const servers = new Map<string, NServer>();
  const rawServers = refs.get(doc.servers).value;
  for (const [name, raw] of Object.entries(isObject(rawServers) ? rawServers : {})) {
    const s = serverOf(ctx, name, raw);
    if (s) servers.set(name, s);
  }
  const { channels, operations } = major === 2 ? channelsAndOperationsV2(ctx) : channelsAndOperationsV3(ctx);
  const channelMap = new Map<string, NChannel>();
  for (const c of channels) channelMap.set(channelMap.has(c.key) ? `${c.key}#${c.id}` : c.key, c);
  const opMap = new Map<string, NOperation>();
  for (const o of operations) {
    const key = opMap.has(o.key) ? `${o.key} #${o.id ?? opMap.size}` : o.key;
    opMap.set(key, { ...o, key });
  }
  const info = isObject(doc.info) ? doc.info : {};
  return {
    root: doc, specVersion, major, servers, channels: channelMap, operations: opMap,
    info: { ...pick(info, Object.keys(info)), ...pick(doc, ['id', 'tags', 'externalDocs'])},
  };
}
