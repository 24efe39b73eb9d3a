import { escapeSegment, isPlainRecord } from './json-pointer.js';

/**
 * swagger-parser names locations as unescaped paths ("/paths/users/{id}/get/parameters/tags", where
 * "/users/{id}" is one key and "tags" a parameter's name). Find the first such path in a message and turn
 * it into a JSON pointer by matching it against the document, longest key first. Returns the pointer of
 * the part that could be matched ('' when none).
 */
export function loosePathToPointer(doc: Record<string, unknown>, message: string): string {
  const found = /(^|\s|')(\/[^\s']*)/.exec(message);
  if (!found) return '';
  let rest = found[2];
  let node: unknown = doc;
  let pointer = '';
  while (rest.startsWith('/') && rest.length > 1) {
    const step = matchStep(node, rest.slice(1));
    if (!step) break;
    pointer += `/${escapeSegment(step.segment)}`;
    node = step.child;
    rest = rest.slice(1 + step.consumed);
  }
  return pointer;
}

function matchStep(node: unknown, rest: string): { segment: string; consumed: number; child: unknown } | null {
  if (Array.isArray(node)) {
    const name = rest.split('/')[0];
    const index = node.findIndex((item) => isPlainRecord(item) && item.name === name);
    const at = index >= 0 ? index : /^\d+$/.test(name) ? Number(name) : -1;
    return at >= 0 && at < node.length ? { segment: String(at), consumed: name.length, child: node[at] } : null;
  }
  if (!isPlainRecord(node)) return null;
  let best: string | null = null;
  for (const key of Object.keys(node)) {
    const fits = rest === key || rest.startsWith(`${key}/`) || (key.startsWith('/') && (rest === key.slice(1) || rest.startsWith(`${key.slice(1)}/`)));
    if (fits && (best === null || key.length > best.length)) best = key;
  }
  if (best === null) return null;
  // path keys begin with "/", and swagger-parser writes "/paths" + "/users" without a separator
  const consumed = best.startsWith('/') && !rest.startsWith(best) ? best.length - 1 : best.length;
  return { segment: best, consumed, child: node[best] };
}
