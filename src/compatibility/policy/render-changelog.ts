// Renders a DiffReport as a Markdown changelog section. Pure.
import type { Change, ChangeLevel, DiffReport } from '../engine/change.js';

const HEADINGS: Array<[ChangeLevel, string]> = [
  ['breaking', 'Breaking changes'],
  ['warning', 'Changes to check'],
  ['info', 'Compatible changes'],
];

function escape(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

function item(c: Change): string {
  const op = c.operation ? `**${escape(c.operation)}**: ` : '';
  const more = c.affectedOperations?.length ? ` (also ${c.affectedOperations.map(escape).join(', ')})` : '';
  return `- ${op}${escape(c.message)}${more} \`${c.id}\``;
}

/** Markdown: a heading for `from → to`, a summary line and one section per level present. */
export function renderChangelog(report: DiffReport, range: { from: string; to: string }): string {
  const { breaking, warning, info } = report.summary;
  const lines = [`## ${escape(range.from)} → ${escape(range.to)}`, '',
    `${breaking} breaking, ${warning} to check, ${info} compatible.`];
  if (report.changes.length === 0) lines.push('', 'No changes.');
  for (const [level, heading] of HEADINGS) {
    const items = report.changes.filter((c) => c.level === level);
    if (items.length > 0) lines.push('', `### ${heading}`, '', ...items.map(item));
  }
  return `${lines.join('\n')}\n`;
}

/** A cumulative changelog: one title for the range, then each step's section under its own version. */
export function renderCumulativeChangelog(steps: Array<{ report: DiffReport; from: string; to: string }>, range: { from: string; to: string }): string {
  const title = `# Changes from ${escape(range.from)} to ${escape(range.to)}\n\n${steps.length} step${steps.length === 1 ? '' : 's'}.\n`;
  return [title, ...steps.map((s) => renderChangelog(s.report, { from: s.from, to: s.to }))].join('\n');
}
