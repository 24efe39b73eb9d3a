// A document-level compatibility rule: one file per rule in rules/<format>/, one line in index.ts.
import type { ChangeLevel } from './change.js';

/** What a rule reports; the runner adds the rule's id and level. */
export interface Finding {
  pointer: string;
  operation?: string;
  message: string;
}

export interface Rule<TDiff> {
  /** Stable kebab-case id `<where>-<what>-<change>`; never renamed once released. */
  id: string;
  level: ChangeLevel;
  /** request = data clients send; response = data clients receive; none = neither. */
  direction: 'request' | 'response' | 'none';
  area: string;
  /** The business reason, one line. */
  reason: string;
  check(diff: TDiff): Finding[];
}

export function defineRule<TDiff>(rule: Rule<TDiff>): Rule<TDiff> {
  return rule;
}
