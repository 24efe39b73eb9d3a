// Internal `$ref` resolution for AsyncAPI documents (`#/...` only). External references are kept as
// opaque `{ $ref }` objects: they are compared by their text, never fetched.
import { isObject, type JsonObject, type JsonValue } from './json.js';

export interface Resolved {
  value: JsonValue | undefined;
  /** The last internal reference followed, e.g. `#/components/messages/userSignedUp`. */
  ref?: string;
}

function unescape(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

export class RefResolver {
  private readonly inlined = new Map<string, JsonValue>();

  constructor(private readonly root: JsonValue) {}

  /** The value at an internal pointer (`#/a/b`), or undefined. */
  lookup(ref: string): JsonValue | undefined {
    if (!ref.startsWith('#')) return undefined;
    const parts = ref.slice(1).split('/').slice(1).map(unescape);
    let cur: JsonValue | undefined = this.root;
    for (const p of parts) {
      if (Array.isArray(cur)) cur = cur[Number(p)];
      else if (isObject(cur)) cur = cur[p];
      else return undefined;
    }
    return cur;
  }

  /** Follows a chain of `$ref`s at the top of `value` (not inside it). Cycles stop at the last hop. */
  get(value: JsonValue | undefined): Resolved {
    let cur = value;
    let ref: string | undefined;
    const seen = new Set<string>();
    while (isObject(cur) && typeof cur.$ref === 'string' && cur.$ref.startsWith('#')) {
      if (seen.has(cur.$ref)) break;
      seen.add(cur.$ref);
      ref = cur.$ref;
      const next = this.lookup(cur.$ref);
      if (next === undefined) break;
      cur = next;
    }
    return { value: cur, ref };
  }

  /**
   * A deep copy with every internal `$ref` replaced by its target. A reference back into a target
   * that is being expanded (a cycle) stays as `{ $ref }`, so the result is always a finite tree.
   */
  inline(value: JsonValue | undefined): JsonValue | undefined {
    return value === undefined ? undefined : this.expand(value, []).value;
  }

  private expand(value: JsonValue, stack: string[]): { value: JsonValue; cut: boolean } {
    if (Array.isArray(value)) {
      let cut = false;
      const out = value.map((v) => {
        const r = this.expand(v, stack);
        cut ||= r.cut;
        return r.value;
      });
      return { value: out, cut };
    }
    if (!isObject(value)) return { value, cut: false };
    const ref = value.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      if (stack.includes(ref)) return { value: { $ref: ref }, cut: true };
      const memo = this.inlined.get(ref);
      if (memo !== undefined) return { value: memo, cut: false };
      const target = this.lookup(ref);
      if (target === undefined) return { value: { $ref: ref }, cut: false };
      const r = this.expand(target, [...stack, ref]);
      // Only a result that did not cut a cycle is independent of where it was reached from.
      if (!r.cut) this.inlined.set(ref, r.value);
      return r;
    }
    let cut = false;
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(value)) {
      const r = this.expand(v, stack);
      cut ||= r.cut;
      out[k] = r.value;
    }
    return { value: out, cut };
  }
}
