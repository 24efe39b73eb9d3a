// RFC 6901 JSON pointers and the URI-fragment form used by `$ref` ("#/components/schemas/Pet").

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function toPointer(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) out += '/' + escapeSegment(s);
  return out;
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Segments of a `#…` fragment ref, percent-decoded; null when the fragment is not a JSON pointer. */
export function fragmentSegments(ref: string): string[] | null {
  let fragment: string;
  try {
    fragment = decodeURIComponent(ref.slice(1));
  } catch {
    return null;
  }
  if (fragment !== '' && !fragment.startsWith('/')) return null;
  return parsePointer(fragment);
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The value at `segments`, or undefined when any step is missing. Own properties only. */
export function getAt(root: unknown, segments: readonly string[]): unknown {
  let node: unknown = root;
  for (const s of segments) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(s) || Number(s) >= node.length) return undefined;
      node = node[Number(s)];
    } else if (isPlainRecord(node) && hasOwn(node, s)) {
      node = node[s];
    } else {
      return undefined;
    }
  }
  return node;
}

export function isPlainRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
