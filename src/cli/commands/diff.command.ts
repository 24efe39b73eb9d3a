// `contract-registry diff <base> <revision>`: offline comparison of two local contract files.
import { parseArgs } from 'node:util';
import type { Change, DiffReport } from '../../compatibility/engine/change.js';
import { DiffInputError, diffDocuments } from '../../compatibility/engine/index.js';
import { renderChangelog } from '../../compatibility/policy/render-changelog.js';
import { IssuesFound } from '../../contracts/domain/contract-issues.js';
import { detectSpec } from '../../contracts/domain/detect-spec.js';
import { loadDocument } from '../load-document.js';
import type { CliCommand } from './command.js';
import { UsageError } from './command.js';

const USAGE = 'Usage: contract-registry diff <base> <revision> [--format json|text|markdown] [--fail-on breaking|warning]';
const FORMATS = ['json', 'text', 'markdown'];

function text(report: DiffReport): string {
  const line = (c: Change): string => `${c.level.toUpperCase().padEnd(8)} ${c.id}  ${c.operation ?? ''}\n         ${c.message}\n         at ${c.pointer}${c.affectedOperations?.length ? `\n         also affects: ${c.affectedOperations.join(', ')}` : ''}`;
  const { breaking, warning, info } = report.summary;
  return [...report.changes.map(line), `${breaking} breaking, ${warning} warning, ${info} info`, ''].join('\n');
}

function json(report: DiffReport): string {
  const changes = report.changes.map((c) => ({
    id: c.id, level: c.level, pointer: c.pointer, operation: c.operation ?? null, message: c.message,
    ...(c.affectedOperations ? { affectedOperations: c.affectedOperations } : {}),
  }));
  return `${JSON.stringify({ kind: report.kind, breaking: report.breaking, changes, summary: report.summary })}\n`;
}

// The same spec/version detection as the server's upload, so the CLI compares exactly what the registry takes.
function assertSupported(doc: unknown, file: string): void {
  try {
    detectSpec(typeof doc === 'object' && doc !== null && !Array.isArray(doc) ? (doc as Record<string, unknown>) : {});
  } catch (err) {
    if (err instanceof IssuesFound) throw new UsageError(`${file}: ${err.issues[0]?.message ?? err.message}`);
    throw err;
  }
}

export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'compare two local contract files (offline, no server)',
  usage: USAGE,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: {
        format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: 'breaking' },
      } });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const { positionals, values } = parsed;
    const format = values.format ?? 'text';
    const failOn = values['fail-on'] ?? 'breaking';
    if (positionals.length !== 2) throw new UsageError('expected exactly two files');
    if (!FORMATS.includes(format)) throw new UsageError(`unknown --format '${format}'`);
    if (failOn !== 'breaking' && failOn !== 'warning') throw new UsageError(`unknown --fail-on '${failOn}'`);
    const [base, revision] = positionals.map(loadDocument);
    positionals.forEach((file, i) => assertSupported(i === 0 ? base : revision, file));
    let report: DiffReport;
    try {
      report = diffDocuments(base, revision, { now: new Date() });
    } catch (err) {
      if (err instanceof DiffInputError) throw new UsageError(err.message);
      throw err;
    }
    const out = format === 'json' ? json(report) : format === 'markdown'
      ? renderChangelog(report, { from: positionals[0], to: positionals[1] }) : text(report);
    process.stdout.write(out);
    const failing = failOn === 'warning' ? report.summary.breaking + report.summary.warning : report.summary.breaking;
    return failing > 0 ? 1 : 0;
  },
};
