// Builds SchemaViews: $ref resolved, allOf merged, nullable/type arrays unified (2.0, 3.0, 3.1).
import { deref, isObject, joinPointer } from './json-pointer.js';
import type { JsonObject, SchemaView } from './types.js';

const EMPTY: JsonObject = {};

function typesOf(raw: JsonObject): { types: Set<string> | null; nullable: boolean } {
  const declared = Array.isArray(raw.type) ? raw.type : typeof raw.type === 'string' ? [raw.type] : [];
  let nullable = raw.nullable === true || raw['x-nullable'] === true || declared.includes('null');
  const named = declared.filter((t): t is string => typeof t === 'string' && t !== 'null');
  if (Array.isArray(raw.enum) && raw.enum.includes(null)) nullable = true;
  if (named.length > 0) return { types: new Set(named), nullable };
  // Implicit types: a schema with properties is an object, one with items an array.
  if (isObject(raw.properties) || raw.additionalProperties !== undefined) {
    return { types: new Set(['object']), nullable };
  }
  if (raw.items !== undefined) return { types: new Set(['array']), nullable };
  return { types: null, nullable };
}

function intersect(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  return new Set([...a].filter((t) => b.has(t) || (t === 'integer' && b.has('number'))));
}

/** Caches one view per schema object of one document. */
export class SchemaViews {
  private readonly cache = new WeakMap<object, SchemaView>();

  constructor(private readonly root: unknown) {}

  /** `pointer` is where `node` sits (used for property pointers of inline schemas). */
  of(node: unknown, pointer: string, depth = 0): SchemaView {
    const { node: target, pointer: refPointer } = deref(this.root, node);
    const raw = isObject(target) ? target : EMPTY;
    const cached = this.cache.get(raw);
    if (cached) return cached;
    const view = this.build(raw, refPointer ?? pointer, depth);
    this.cache.set(raw, view);
    return view;
  }

  private build(raw: JsonObject, pointer: string, depth: number): SchemaView {
    const { types, nullable } = typesOf(raw);
    const view: SchemaView = {
      raw, types, nullable, properties: new Map(), required: new Set(), propertyPointers: new Map(),
    };
    this.addOwn(view, raw, pointer);
    if (Array.isArray(raw.allOf) && depth < 16) this.mergeAllOf(view, raw.allOf, pointer, depth);
    return view;
  }

  private addOwn(view: SchemaView, raw: JsonObject, pointer: string): void {
    if (isObject(raw.properties)) {
      for (const [name, schema] of Object.entries(raw.properties)) {
        if (view.properties.has(name)) continue;
        view.properties.set(name, schema);
        view.propertyPointers.set(name, joinPointer(pointer, 'properties', name));
      }
    }
    if (Array.isArray(raw.required)) {
      for (const name of raw.required) if (typeof name === 'string') view.required.add(name);
    }
  }

  // allOf members add their properties and required lists; other keywords of the first member
  // that declares them apply (merged into a synthetic raw object, own keywords first).
  private mergeAllOf(view: SchemaView, members: unknown[], pointer: string, depth: number): void {
    const merged: JsonObject = { ...view.raw };
    delete merged.allOf;
    members.forEach((member, i) => {
      const sub = this.of(member, joinPointer(pointer, 'allOf', i), depth + 1);
      for (const [name, schema] of sub.properties) {
        if (view.properties.has(name)) continue;
        view.properties.set(name, schema);
        view.propertyPointers.set(name, sub.propertyPointers.get(name) ?? pointer);
      }
      sub.required.forEach((name) => view.required.add(name));
      view.types = intersect(view.types, sub.types);
      for (const [key, value] of Object.entries(sub.raw)) {
        if (!(key in merged) && key !== 'properties' && key !== 'required') merged[key] = value;
      }
    });
    view.raw = merged;
  }
}
