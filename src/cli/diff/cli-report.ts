// The CLI's diff report: the engine's changes plus what CI output needs (fingerprint, file, line,
// column, localized message), after the ignore file. Every --format renders this one shape.
import type { Change, ChangeLevel, DiffReport } from '../../compatibility/engine/change.js';
import { fingerprintOf } from '../../compatibility/engine/fingerprint.js';
import { catalogueKeyOf } from '../../compatibility/engine/rule-catalogue.js';
import { localizeMessage, type Lang } from '../../compatibility/messages/catalogue.js';
import type { LoadedSource } from '../load-document.js';
import { applyIgnores, type IgnoreEntry } from './ignore-file.js';
import { exists, positionsIn } from './source-positions.js';

export type FailOn = 'none' | 'info' | 'warning' | 'breaking';
export const FAIL_ON: readonly FailOn[] = ['none', 'info', 'warning', 'breaking'];

export interface CliFinding {
  id: string;
  level: ChangeLevel;
  /** In the report's language. */
  message: string;
  pointer: string;
  operation?: string;
  affectedOperations?: string[];
  fingerprint: string;
  /** Catalogue key (`openapi:…`, `asyncapi:…`, `schema:…`). */
  rule?: string;
  /** The file the pointer goes into: the revision, or the base for removals. */
  file: string;
  side: 'base' | 'revision';
  line?: number;
  column?: number;
  /** Whether the finding reaches --fail-on. */
  failing: boolean;
}

export interface CliDiffReport {
  kind: DiffReport['kind'];
  base: string;
  revision: string;
  lang: Lang;
  failOn: FailOn;
  findings: CliFinding[];
  ignored: Array<{ finding: CliFinding; reason: string; entry: number }>;
  expiredIgnores: IgnoreEntry[];
  unusedIgnores: IgnoreEntry[];
  summary: Record<ChangeLevel, number>;
  /** Findings at or above --fail-on (exit 1 when > 0). */
  failing: number;
}

const RANK: Record<ChangeLevel, number> = { info: 1, warning: 2, breaking: 3 };
const THRESHOLD: Record<FailOn, number> = { none: Infinity, info: 1, warning: 2, breaking: 3 };

export function reaches(level: ChangeLevel, failOn: FailOn): boolean {
  return RANK[level] >= THRESHOLD[failOn];
}

interface BuildInput {
  report: DiffReport;
  base: LoadedSource;
  revision: LoadedSource;
  lang: Lang;
  failOn: FailOn;
  ignores: IgnoreEntry[];
  now: Date;
}

// The pointer goes into the revision, or into the base for removals: whichever document has it.
function sideOf(c: Change, base: LoadedSource, revision: LoadedSource): 'base' | 'revision' {
  if (exists(revision.document, c.pointer)) return 'revision';
  return exists(base.document, c.pointer) ? 'base' : 'revision';
}

export function buildCliReport(i: BuildInput): CliDiffReport {
  const sides = i.report.changes.map((c) => sideOf(c, i.base, i.revision));
  const positions = {
    base: positionsIn(i.base, i.report.changes.filter((_, n) => sides[n] === 'base').map((c) => c.pointer)),
    revision: positionsIn(i.revision, i.report.changes.filter((_, n) => sides[n] === 'revision').map((c) => c.pointer)),
  };
  const findings = i.report.changes.map((c, n): CliFinding => {
    const side = sides[n];
    const at = positions[side].get(c.pointer);
    const rule = catalogueKeyOf(i.report.kind, c.id);
    const f: CliFinding = {
      id: c.id, level: c.level, message: localizeMessage(rule, c.message, i.lang), pointer: c.pointer,
      fingerprint: fingerprintOf(i.report.kind, c), file: side === 'base' ? i.base.name : i.revision.name, side,
      failing: reaches(c.level, i.failOn),
    };
    if (rule) f.rule = rule;
    if (c.operation) f.operation = c.operation;
    if (c.affectedOperations?.length) f.affectedOperations = c.affectedOperations;
    if (at) Object.assign(f, { line: at.line, column: at.column });
    return f;
  });
  const split = applyIgnores(findings, i.ignores, i.now);
  const summary = { breaking: 0, warning: 0, info: 0 };
  for (const f of split.kept) summary[f.level]++;
  return {
    kind: i.report.kind, base: i.base.name, revision: i.revision.name, lang: i.lang, failOn: i.failOn,
    findings: split.kept,
    ignored: split.ignored.map(({ finding, entry }) => ({ finding: { ...finding, failing: false }, reason: entry.reason, entry: entry.index })),
    expiredIgnores: split.expired, unusedIgnores: split.unused, summary,
    failing: split.kept.filter((f) => f.failing).length,
  };
}
