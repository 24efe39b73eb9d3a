// Walks the operations and parameters of a raw OpenAPI 2.0/3.x document for the spec rules. Pure and
// linear: every path item, operation and parameter is visited once; internal `$ref`s are followed a
// bounded number of hops (the ref scan has already refused external and dangling ones).
import { fragmentSegments, toPointer } from './json-pointer.js';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
const MAX_REF_HOPS = 16;

/** An object at a pointer, following internal `$ref`s; `at` is where the object really is. */
export interface Located {
  value: Obj;
  at: string;
  /** Where it is used (the `$ref` or the object itself). */
  usedAt: string;
}

export function resolve(doc: Obj, value: unknown, usedAt: string): Located | null {
  let current = value;
  let at = usedAt;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObj(current)) return null;
    const ref = current.$ref;
    if (typeof ref !== 'string') return { value: current, at, usedAt };
    const segs = ref.startsWith('#') ? fragmentSegments(ref) : null;
    if (!segs) return null;
    let target: unknown = doc;
    for (const s of segs) target = isObj(target) || Array.isArray(target) ? (target as Obj)[s] : undefined;
    current = target;
    at = toPointer(segs);
  }
  return null;
}

export interface OperationRef {
  /** e.g. "GET /antraege/{antragId}" */
  label: string;
  method: string;
  path: string;
  pointer: string;
  operation: Obj;
  pathItem: Located;
}

/** Every operation under `paths` (and 3.1+ `webhooks`), including 3.2's `query` and `additionalOperations`. */
export function operationsOf(doc: Obj, family: string): OperationRef[] {
  const out: OperationRef[] = [];
  const containers: Array<[string, unknown]> = [['paths', doc.paths]];
  if (family !== 'swagger-2.0' && family !== 'openapi-3.0') containers.push(['webhooks', doc.webhooks]);
  const methods: readonly string[] = family === 'openapi-3.2' ? [...HTTP_METHODS, 'query'] : HTTP_METHODS;
  for (const [root, container] of containers) {
    if (!isObj(container)) continue;
    for (const [path, raw] of Object.entries(container)) {
      const item = resolve(doc, raw, toPointer([root, path]));
      if (!item) continue;
      for (const method of methods) {
        const op = item.value[method];
        if (isObj(op)) out.push({ label: `${method.toUpperCase()} ${path}`, method, path, pointer: `${item.at}/${method}`, operation: op, pathItem: item });
      }
      const extra = family === 'openapi-3.2' ? item.value.additionalOperations : undefined;
      if (isObj(extra)) {
        for (const [method, op] of Object.entries(extra)) {
          if (isObj(op)) out.push({ label: `${method} ${path}`, method, path, pointer: toPointer([...pointerSegs(item.at), 'additionalOperations', method]), operation: op, pathItem: item });
        }
      }
    }
  }
  return out;
}

function pointerSegs(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export interface ParameterRef {
  name: string;
  in: string;
  /** Where the parameter is listed (the list entry, possibly a `$ref`). */
  usedAt: string;
  /** Where its definition is (the `$ref` target). */
  at: string;
  value: Obj;
}

/** The parameters of one list (path-item level or operation level), `$ref`s resolved. */
export function parameterList(doc: Obj, owner: Obj, ownerPointer: string): ParameterRef[] {
  const list = owner.parameters;
  if (!Array.isArray(list)) return [];
  const out: ParameterRef[] = [];
  list.forEach((entry, i) => {
    const found = resolve(doc, entry, `${ownerPointer}/parameters/${i}`);
    if (!found || typeof found.value.name !== 'string' || typeof found.value.in !== 'string') return;
    out.push({ name: found.value.name, in: found.value.in, usedAt: found.usedAt, at: found.at, value: found.value });
  });
  return out;
}

/** Parameter identity: name + location; header names are case-insensitive (RFC 9110). */
export function parameterKey(p: { name: string; in: string }): string {
  return `${p.in}\u0000${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

/** The `{name}` placeholders of a path template, in order (a linear scan, no regex on the path). */
export function templateNames(path: string): string[] {
  const names: string[] = [];
  let open = path.indexOf('{');
  while (open !== -1) {
    const close = path.indexOf('}', open + 1);
    if (close === -1) break;
    names.push(path.slice(open + 1, close));
    open = path.indexOf('{', close + 1);
  }
  return names;
}

/** The path with every placeholder emptied: two paths with the same shape match the same requests. */
export function templateShape(path: string): string {
  let out = '';
  let from = 0;
  let open = path.indexOf('{');
  while (open !== -1) {
    const close = path.indexOf('}', open + 1);
    if (close === -1) break;
    out += `${path.slice(from, open)}{}`;
    from = close + 1;
    open = path.indexOf('{', from);
  }
  return out + path.slice(from);
}
