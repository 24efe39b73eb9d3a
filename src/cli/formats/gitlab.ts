import type { CliDiffReport } from '../diff/cli-report.js';

// GitLab Code Quality severities: info, minor, major, critical, blocker.
const SEVERITY = { breaking: 'critical', warning: 'minor', info: 'info' } as const;

/** GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues. */
export function renderGitlab(r: CliDiffReport): string {
  const issues = r.findings.map((f) => ({
    description: `${f.message}${f.operation ? ` (${f.operation})` : ''}`,
    check_name: f.id,
    fingerprint: f.fingerprint,
    severity: SEVERITY[f.level],
    location: { path: f.file, lines: { begin: f.line ?? 1 } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
