import type { CliDiffReport, CliFinding } from '../diff/cli-report.js';
import type { IgnoreEntry } from '../diff/ignore-file.js';

function change(f: CliFinding): Record<string, unknown> {
  return {
    id: f.id, level: f.level, pointer: f.pointer, operation: f.operation ?? null, message: f.message,
    ...(f.affectedOperations ? { affectedOperations: f.affectedOperations } : {}),
    fingerprint: f.fingerprint, file: f.file, line: f.line ?? null, column: f.column ?? null,
  };
}

const entry = (e: IgnoreEntry) => ({ entry: e.index, fingerprint: e.fingerprint ?? null, id: e.id ?? null, path: e.path ?? null, operation: e.operation ?? null, reason: e.reason, expires: e.expires ?? null });

/** The machine shape (also rendered as YAML). The first four keys are the pre-#14 shape. */
export function reportObject(r: CliDiffReport): Record<string, unknown> {
  return {
    kind: r.kind, breaking: r.summary.breaking > 0, changes: r.findings.map(change), summary: r.summary,
    failOn: r.failOn, failing: r.failing,
    ignored: r.ignored.map((i) => ({ ...change(i.finding), reason: i.reason, entry: i.entry })),
    ignoreFile: { expired: r.expiredIgnores.map(entry), unused: r.unusedIgnores.map(entry) },
  };
}

export function renderJson(r: CliDiffReport): string {
  return `${JSON.stringify(reportObject(r))}\n`;
}
