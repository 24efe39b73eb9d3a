import type { CliDiffReport, CliFinding } from '../diff/cli-report.js';
import { cliText } from '../messages.js';

export function where(f: CliFinding): string {
  return f.line ? `${f.file}:${f.line}:${f.column ?? 1}` : f.file;
}

export function renderText(r: CliDiffReport): string {
  const t = cliText(r.lang);
  const line = (f: CliFinding): string => [
    `${f.level.toUpperCase().padEnd(8)} ${f.id}  ${f.operation ?? ''}`,
    `         ${f.message}`,
    `         ${t('at')} ${f.pointer} (${where(f)})`,
    ...(f.affectedOperations?.length ? [`         ${t('alsoAffects')}: ${f.affectedOperations.join(', ')}`] : []),
  ].join('\n');
  const ignored = r.ignored.map((i) => `IGNORED  ${i.finding.id}  ${i.finding.operation ?? ''} (${i.finding.fingerprint}): ${i.reason}`);
  const { breaking, warning, info } = r.summary;
  return [...r.findings.map(line), ...ignored, t('summary', { breaking, warning, info, ignored: r.ignored.length }), ''].join('\n');
}
