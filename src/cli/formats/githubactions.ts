import type { CliDiffReport } from '../diff/cli-report.js';
import { ghData, ghProperty } from './escape.js';

const COMMAND = { breaking: 'error', warning: 'warning', info: 'notice' } as const;

/** Workflow commands: `::error file=…,line=…,col=…,title=…::message`, shown on the pull request diff. */
export function renderGithubActions(r: CliDiffReport): string {
  return r.findings.map((f) => {
    const props = [`file=${ghProperty(f.file)}`, ...(f.line ? [`line=${f.line}`, `col=${f.column ?? 1}`] : []), `title=${ghProperty(f.id)}`];
    return `::${COMMAND[f.level]} ${props.join(',')}::${ghData(`${f.message}${f.operation ? ` (${f.operation})` : ''}`)}\n`;
  }).join('');
}
