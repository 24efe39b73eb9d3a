// Results of linting one document against one profile. Pure types, shared by worker, service and CLI.

export type FindingSeverity = 'error' | 'warn' | 'info' | 'hint';

export interface GuidelineFinding {
  rule: string;
  severity: FindingSeverity;
  message: string;
  /** RFC 6901 pointer into the document ('' = root). */
  pointer: string;
  /** 1-based. */
  line: number;
  column: number;
}

export interface SeverityCounts {
  error: number;
  warn: number;
  info: number;
  hint: number;
}

export interface GuidelineOutcome {
  profile: string;
  profileVersion: string;
  score: number;
  counts: SeverityCounts;
  /** Sorted by position; at most MAX_STORED_FINDINGS (counts cover all). */
  findings: GuidelineFinding[];
  truncated: boolean;
  /** Rules that applied to the document's format, and how many of them found nothing. */
  rulesApplied: number;
  rulesPassed: number;
  /** The policy mode the result was produced under (set by the service). */
  mode?: 'OFF' | 'ADVISORY' | 'GATE';
}

export const MAX_STORED_FINDINGS = 1000;

/**
 * The score (0–100): the weighted share of applicable rules the document satisfies.
 * Every enabled rule whose formats match the document weighs by its severity — error 10, warn 3,
 * info 1, hint 0 — and counts as failed when it reports at least one finding, however many.
 * score = round(100 × (1 − failed weight / applicable weight)); 100 when no rule applies.
 * Independent of document size: a big API is not punished for repeating one mistake many times.
 */
export const SEVERITY_WEIGHT: Record<FindingSeverity, number> = { error: 10, warn: 3, info: 1, hint: 0 };

export function scoreOf(applicable: { rule: string; severity: FindingSeverity }[], failedRules: ReadonlySet<string>): number {
  let total = 0;
  let failed = 0;
  for (const r of applicable) {
    total += SEVERITY_WEIGHT[r.severity];
    if (failedRules.has(r.rule)) failed += SEVERITY_WEIGHT[r.severity];
  }
  return total === 0 ? 100 : Math.round(100 * (1 - failed / total));
}
