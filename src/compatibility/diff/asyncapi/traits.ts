// Applies operation/message traits. 2.x merges each trait INTO the object (JSON Merge Patch: the trait
// wins); 3.x lets the object's own fields win. Both merge nested objects key by key.
import { isObject, type JsonObject, type JsonValue } from './json.js';
import type { RefResolver } from './ref-resolver.js';

function merge(target: JsonValue | undefined, patch: JsonValue): JsonValue {
  if (!isObject(patch) || !isObject(target)) return patch;
  const out: JsonObject = { ...target };
  for (const [k, v] of Object.entries(patch)) out[k] = merge(out[k], v);
  return out;
}

export function applyTraits(obj: JsonObject, refs: RefResolver, major: 2 | 3): JsonObject {
  const traits = Array.isArray(obj.traits) ? obj.traits : [];
  if (traits.length === 0) return obj;
  const own: JsonObject = { ...obj };
  delete own.traits;
  const resolved = traits.map((t) => refs.get(t).value).filter(isObject);
  if (major === 2) {
    return resolved.reduce<JsonObject>((acc, t) => merge(acc, t) as JsonObject, own);
  }
  const fromTraits = resolved.reduce<JsonValue>((acc, t) => merge(acc, t), {});
  return merge(fromTraits, own) as JsonObject;
}
