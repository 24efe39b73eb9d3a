// Matching oneOf/anyOf variants between base and revision: by $ref name, then title, then the
// leftovers by position (so a renamed component is compared structurally, not removed+added).
import { isObject, refOf } from './json-pointer.js';

export interface VariantMatch {
  pairs: Array<[number, number]>;
  removed: number[];
  added: number[];
}

function keyOf(node: unknown): string | undefined {
  const ref = refOf(node);
  if (ref) return `ref:${ref.slice(ref.lastIndexOf('/') + 1)}`;
  if (isObject(node) && typeof node.title === 'string') return `title:${node.title}`;
  return undefined;
}

export function matchVariants(base: unknown[], revision: unknown[]): VariantMatch {
  const pairs: Array<[number, number]> = [];
  const usedRevision = new Set<number>();
  const unmatchedBase: number[] = [];
  base.forEach((node, i) => {
    const key = keyOf(node);
    const j = key === undefined ? -1 : revision.findIndex((r, k) => !usedRevision.has(k) && keyOf(r) === key);
    if (j >= 0) {
      pairs.push([i, j]);
      usedRevision.add(j);
    } else {
      unmatchedBase.push(i);
    }
  });
  const unmatchedRevision = revision.map((_, j) => j).filter((j) => !usedRevision.has(j));
  // Inline variants without a name: pair them by position, the rest are added or removed.
  // Named ones that found no partner (a renamed component) are paired by position as well.
  const inlineBase = unmatchedBase;
  const inlineRevision = unmatchedRevision;
  const n = Math.min(inlineBase.length, inlineRevision.length);
  for (let k = 0; k < n; k++) pairs.push([inlineBase[k], inlineRevision[k]]);
  const pairedBase = new Set(pairs.map(([i]) => i));
  const pairedRevision = new Set(pairs.map(([, j]) => j));
  return {
    pairs,
    removed: base.map((_, i) => i).filter((i) => !pairedBase.has(i)),
    added: revision.map((_, j) => j).filter((j) => !pairedRevision.has(j)),
  };
}
