import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Position } from '../../contracts/domain/contract-issues.js';
import { locateJsonOffsets } from '../../contracts/domain/json-scan.js';
import { escapeSegment, parsePointer, toPointer } from '../../contracts/domain/json-pointer.js';
import { makePositioner } from '../../contracts/domain/source-position.js';

/**
 * Line and column of many pointers at once, in time linear in the text: one scan (JSON) or one walk of
 * the YAML AST that enters only nodes on the way to a wanted pointer. A pointer that does not exist gets
 * the position of its nearest existing ancestor (the key of a map member, like INVALID_DOCUMENT causes).
 */
export function locatePointers(pointers: readonly string[], text: string, syntax: 'yaml' | 'json'): Map<string, Position> {
  const wanted = new Set<string>();
  for (const p of pointers) for (const a of ancestorsOf(p)) wanted.add(a);
  const offsets = syntax === 'json' ? locateJsonOffsets(text, wanted) : yamlOffsets(text, wanted);
  const pos = makePositioner(text);
  const root = Math.max(text.search(/\S/), 0);
  const out = new Map<string, Position>();
  for (const p of pointers) {
    const hit = ancestorsOf(p).find((a) => a !== '' && offsets.has(a));
    out.set(p, pos(hit === undefined ? root : (offsets.get(hit) as number)));
  }
  return out;
}

function ancestorsOf(pointer: string): string[] {
  const segs = parsePointer(pointer);
  const out: string[] = [];
  for (let n = segs.length; n >= 0; n--) out.push(toPointer(segs.slice(0, n)));
  return out;
}

function yamlOffsets(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const doc = parseDocument(text, { uniqueKeys: false, strict: false, schema: 'core', resolveKnownTags: false });
  const found = new Map<string, number>();
  const walk = (node: Node | null | undefined, at: string): void => {
    if (!node || typeof node !== 'object') return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const child = `${at}/${escapeSegment(String(pair.key.value))}`;
        if (!wanted.has(child)) continue;
        found.set(child, (pair.key as Node).range?.[0] ?? 0);
        walk(pair.value as Node | null, child);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const child = `${at}/${i}`;
        if (!wanted.has(child) || !item || typeof item !== 'object') return;
        found.set(child, (item as Node).range?.[0] ?? 0);
        walk(item as Node, child);
      });
    }
  };
  walk(doc.contents as Node | null, '');
  return found;
}
