// RFC 6901 JSON pointers: building and resolving (internal references only).

export function escapePointerToken(token: string): string {
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function joinPointer(base: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>((acc, t) => `${acc}/${escapePointerToken(String(t))}`, base);
}

/** Resolves `#/a/b` (or `/a/b`) against `root`; undefined when a token is missing. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (path === '') return root;
  let node: unknown = root;
  for (const raw of path.split('/').slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

export function isObject(value: unknown): value is { [key: string]: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The internal `$ref` target of a node, if it is a reference object. */
export function refOf(node: unknown): string | undefined {
  if (!isObject(node)) return undefined;
  const ref = node.$ref;
  return typeof ref === 'string' && ref.startsWith('#') ? ref : undefined;
}

// Resolved targets per document root, so each `$ref` string is looked up once.
const targets = new WeakMap<object, Map<string, unknown>>();

function target(root: unknown, ref: string): unknown {
  if (root === null || typeof root !== 'object') return resolvePointer(root, ref);
  let cache = targets.get(root);
  if (!cache) {
    cache = new Map();
    targets.set(root, cache);
  }
  if (!cache.has(ref)) cache.set(ref, resolvePointer(root, ref));
  return cache.get(ref);
}

/** Follows a chain of internal references (bounded); returns the target and its pointer. */
export function deref(root: unknown, node: unknown): { node: unknown; pointer?: string } {
  let ref = refOf(node);
  if (!ref) return { node };
  let current: unknown = node;
  let pointer: string | undefined;
  for (let hops = 0; ref && hops < 32; hops++) {
    pointer = ref.slice(1);
    current = target(root, ref);
    ref = refOf(current);
  }
  return ref ? { node: {}, pointer } : { node: current, pointer };
}
