// Turns rule findings and schema changes into the one DiffReport shape. Pure.
import type { Change, ChangeLevel, DiffReport } from './change.js';
import type { Rule } from './define-rule.js';

const RANK: Record<ChangeLevel, number> = { breaking: 0, warning: 1, info: 2 };

export function runRules<TDiff>(rules: readonly Rule<TDiff>[], diff: TDiff): Change[] {
  return rules.flatMap((rule) => rule.check(diff).map((f) => {
    const change: Change = { id: rule.id, level: rule.level, pointer: f.pointer, message: f.message };
    if (f.operation) change.operation = f.operation;
    return change;
  }));
}

/** Sorted by level, then operation, then pointer, so reports are stable and readable. */
export function makeReport(kind: DiffReport['kind'], changes: Change[]): DiffReport {
  const sorted = [...changes].sort((a, b) => RANK[a.level] - RANK[b.level]
    || (a.operation ?? '').localeCompare(b.operation ?? '') || a.pointer.localeCompare(b.pointer)
    || a.id.localeCompare(b.id));
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const c of sorted) summary[c.level]++;
  return { kind, breaking: summary.breaking > 0, changes: sorted, summary };
}
