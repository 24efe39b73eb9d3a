// What changed between two releases of a requirement set.
//
// Matching key: the legacy index. In the ARF data the harmonised id is not a stable key: from 2.8.0
// to 3.0.0, 293 of 656 legacy indices moved to another harmonised id (EW-PIO-01-006 was OIA_03b in
// 2.8.0 and is OIA_03c in 3.0.0) and 2.8.0 reuses eight harmonised ids for two rows each. Every
// 2.8.0 legacy index is unique and still present in 3.0.0. The harmonised id is the key only for rows
// without a legacy index (e.g. our own catalogue).

import type { Requirement } from './requirement-set.js';

export interface TextChange {
  before: Requirement;
  after: Requirement;
}

export interface Renumbering {
  legacyIndex: string;
  from: string;
  to: string;
}

export interface RequirementSetDiff {
  /** Active in the newer set and absent, or withdrawn, in the older one. */
  added: Requirement[];
  /** In the older set, and no row with the same key in the newer one. */
  removed: Requirement[];
  /** Requirement text differs beyond whitespace (notes are informative and ignored). */
  textChanged: TextChange[];
  /** Active in the older set (the older row, with the text that no longer applies), "Empty" in the newer one. */
  withdrawn: Requirement[];
  /** Same legacy index, different harmonised id: informative, not a change of substance. */
  renumbered: Renumbering[];
}

/** Key used to pair requirements across releases (see the comment at the top of this file). */
export function requirementKey(r: Requirement): string {
  return r.legacyIndex ?? `#${r.harmonisedId}`;
}

export function diffRequirementSets(
  older: readonly Requirement[],
  newer: readonly Requirement[],
): RequirementSetDiff {
  const before = new Map(older.map((r) => [requirementKey(r), r]));
  const after = new Map(newer.map((r) => [requirementKey(r), r]));
  const diff: RequirementSetDiff = { added: [], removed: [], textChanged: [], withdrawn: [], renumbered: [] };
  for (const [key, next] of after) {
    comparePair(before.get(key), next, diff);
  }
  diff.removed = older.filter((r) => !after.has(requirementKey(r)));
  return diff;
}

function comparePair(prev: Requirement | undefined, next: Requirement, diff: RequirementSetDiff): void {
  if (!prev || prev.withdrawn) {
    if (!next.withdrawn) {
      diff.added.push(next);
    }
    return;
  }
  if (prev.harmonisedId !== next.harmonisedId && next.legacyIndex) {
    diff.renumbered.push({ legacyIndex: next.legacyIndex, from: prev.harmonisedId, to: next.harmonisedId });
  }
  if (next.withdrawn) {
    diff.withdrawn.push(prev);
  } else if (normalise(prev.text) !== normalise(next.text)) {
    diff.textChanged.push({ before: prev, after: next });
  }
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
