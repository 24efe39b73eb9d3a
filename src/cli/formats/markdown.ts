import type { CliDiffReport } from '../diff/cli-report.js';
import { cliText } from '../messages.js';
import { mdCell } from './escape.js';
import { where } from './text.js';

/** A review comment: summary line and one table row per finding, breaking first. */
export function renderMarkdown(r: CliDiffReport): string {
  const t = cliText(r.lang);
  const { breaking, warning, info } = r.summary;
  const out = [`## ${t('title', { base: r.base, revision: r.revision })}`, '', t('summary', { breaking, warning, info, ignored: r.ignored.length }), ''];
  if (r.findings.length) {
    out.push(`| ${t('level')} | ${t('rule')} | ${t('operation')} | ${t('message')} | ${t('location')} |`, '|---|---|---|---|---|');
    for (const f of r.findings) out.push(`| ${f.level} | \`${f.id}\` | ${mdCell(f.operation ?? '')} | ${mdCell(f.message)} | \`${mdCell(where(f))}\` |`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
