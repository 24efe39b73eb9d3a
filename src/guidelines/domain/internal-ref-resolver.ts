import stoplightJson from '@stoplight/json';

const { encodePointerUriFragment } = stoplightJson;

// Spectral's resolver, fed with data only. Documents reach the linter after the parse pipeline has
// refused every external $ref, so only `#/…` references remain; this resolves them in one linear pass
// (each node copied once, cycles kept as object cycles) instead of Spectral's general resolver, which
// costs several seconds on a 4 MB document. It never reads a file or fetches a URL: there is no reader.

interface ResolveResult {
  result: unknown;
  errors: never[];
  graph: { getNodeData(source: string): { refMap: Record<string, string> }; overallOrder(): string[] };
}

const MAX_CHAIN = 64;

export class InternalRefResolver {
  readonly uriCache = new Map<string, unknown>();

  resolve(data: unknown, opts: { baseUri?: string } = {}): Promise<ResolveResult> {
    const refMap: Record<string, string> = {};
    collectRefs(data, '#', refMap);
    const result = new Dereferencer(data).copy(data);
    // overallOrder: every referenced location (the core function unreferencedReusableObject reads it).
    const targets = [...new Set(Object.values(refMap))].map((r) => `${opts.baseUri ?? ''}${r}`);
    return Promise.resolve({ result, errors: [], graph: { getNodeData: () => ({ refMap }), overallOrder: () => targets } });
  }
}

// Where each $ref sits (as a URI fragment) → its target: Spectral maps findings back through this.
function collectRefs(node: unknown, at: string, out: Record<string, string>): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    node.forEach((child, i) => collectRefs(child, `${at}/${i}`, out));
    return;
  }
  const ref = (node as Record<string, unknown>).$ref;
  if (typeof ref === 'string' && ref.startsWith('#')) out[at] = ref;
  for (const [key, child] of Object.entries(node)) collectRefs(child, `${at}/${encodePointerUriFragment(key)}`, out);
}

class Dereferencer {
  private readonly copies = new Map<object, unknown>();

  constructor(private readonly root: unknown) {}

  copy(node: unknown): unknown {
    if (typeof node !== 'object' || node === null) return node;
    const target = this.follow(node);
    if (target !== node) return this.copy(target);
    const done = this.copies.get(node);
    if (done !== undefined) return done;
    if (Array.isArray(node)) {
      const out: unknown[] = [];
      this.copies.set(node, out);
      for (const child of node) out.push(this.copy(child));
      return out;
    }
    const out: Record<string, unknown> = {};
    this.copies.set(node, out);
    for (const [key, child] of Object.entries(node)) out[key] = this.copy(child);
    return out;
  }

  // The node a (chain of) local $ref(s) points to; the node itself when it is no ref or dangling.
  private follow(node: object): object {
    let current = node;
    for (let i = 0; i < MAX_CHAIN; i++) {
      const ref = (current as Record<string, unknown>).$ref;
      if (Array.isArray(current) || typeof ref !== 'string' || !ref.startsWith('#')) return current;
      const next = this.lookup(ref);
      if (typeof next !== 'object' || next === null || next === current) return current;
      current = next;
    }
    return current;
  }

  private lookup(ref: string): unknown {
    let node = this.root;
    const fragment = ref.slice(1);
    if (fragment === '') return node;
    for (const raw of fragment.split('/').slice(1)) {
      const seg = safeDecode(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (typeof node !== 'object' || node === null || !Object.hasOwn(node, seg)) return undefined;
      node = (node as Record<string, unknown>)[seg];
    }
    return node;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
