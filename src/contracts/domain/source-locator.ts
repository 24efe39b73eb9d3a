import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Issue, Position } from './contract-issues.js';
import { locateJsonOffsets } from './json-scan.js';
import { parsePointer, toPointer } from './json-pointer.js';
import { makePositioner } from './source-position.js';

export type Syntax = 'json' | 'yaml';

/**
 * Adds line/column to issues that have a pointer but no position. Error path only: re-reads the text
 * (a linear JSON scan, or `yaml`'s AST), so the happy path of a big document never pays for it.
 * A pointer that does not exist in the text (e.g. a missing required property) gets the position of its
 * nearest existing ancestor.
 */
export function addPositions(issues: Issue[], text: string, syntax: Syntax): Issue[] {
  const open = issues.filter((i) => i.line === undefined);
  if (open.length === 0) return issues;
  const positions = syntax === 'json' ? jsonPositions(text, open) : yamlPositions(text, open);
  return issues.map((i) => {
    const at = i.line === undefined ? positions.get(i.pointer) : undefined;
    return at ? { ...i, line: at.line, column: at.column } : i;
  });
}

function ancestorsOf(pointer: string): string[] {
  const segs = parsePointer(pointer);
  const out: string[] = [];
  for (let n = segs.length; n >= 0; n--) out.push(toPointer(segs.slice(0, n)));
  return out;
}

function jsonPositions(text: string, issues: Issue[]): Map<string, Position> {
  const wanted = new Set(issues.flatMap((i) => ancestorsOf(i.pointer)));
  const offsets = locateJsonOffsets(text, wanted);
  const rootOffset = text.search(/\S/);
  const pos = makePositioner(text);
  const result = new Map<string, Position>();
  for (const { pointer } of issues) {
    const hit = ancestorsOf(pointer).find((p) => p === '' || offsets.has(p)) ?? '';
    result.set(pointer, pos(hit === '' ? Math.max(rootOffset, 0) : (offsets.get(hit) as number)));
  }
  return result;
}

function yamlPositions(text: string, issues: Issue[]): Map<string, Position> {
  const doc = parseDocument(text, { uniqueKeys: false, strict: false, schema: 'core', resolveKnownTags: false });
  const pos = makePositioner(text);
  const result = new Map<string, Position>();
  for (const { pointer } of issues) {
    const offset = yamlOffset(doc.contents as Node | null, parsePointer(pointer));
    if (offset !== null) result.set(pointer, pos(offset));
  }
  return result;
}

// Follows the pointer through the AST as far as it exists; returns the key's offset for a map member.
function yamlOffset(root: Node | null, segs: string[]): number | null {
  if (!root) return null;
  let node: Node = root;
  let offset = node.range?.[0] ?? 0;
  for (const seg of segs) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === seg);
      if (!pair) break;
      offset = (pair.key as Node).range?.[0] ?? offset;
      if (!pair.value || typeof pair.value !== 'object') break;
      node = pair.value as Node;
    } else if (isSeq(node)) {
      const child = node.items[Number(seg)];
      if (!child || typeof child !== 'object' || !/^\d+$/.test(seg)) break;
      node = child as Node;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
