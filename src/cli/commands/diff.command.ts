// `contract-registry diff <base> <revision>`: offline comparison of two local contract files
// (`-` = standard input), in every format CI systems read.
import { parseArgs } from 'node:util';
import type { DiffReport } from '../../compatibility/engine/change.js';
import { DiffInputError, detectKind, diffDocuments } from '../../compatibility/engine/index.js';
import { buildCliReport, FAIL_ON, type FailOn } from '../diff/cli-report.js';
import { readIgnoreFile, type IgnoreEntry } from '../diff/ignore-file.js';
import { FORMAT_NAMES, FORMATS, type FormatName } from '../formats/index.js';
import { loadSource } from '../load-document.js';
import { resolveLang } from '../lang.js';
import { cliText } from '../messages.js';
import { IssuesFound } from '../../contracts/domain/contract-issues.js';
import { detectSpec } from '../../contracts/domain/detect-spec.js';
import type { CliCommand } from './command.js';
import { usageError, UsageError } from './command.js';

const USAGE = `Usage: contract-registry diff <base> <revision> [options]     (either file may be - for standard input)
  --format ${FORMAT_NAMES.join('|')}   (default text)
  --fail-on none|info|warning|breaking   exit 1 when a finding reaches this level (default breaking)
  --ignore FILE      accepted findings (YAML: fingerprint or id + path/operation, reason, expires)
  --lang en|de       language of messages (default $CONTRACT_REGISTRY_LANG or en)
Exit codes: 0 nothing reaches --fail-on, 1 findings reach it, 2 invalid input or usage.`;

function describe(e: IgnoreEntry): string {
  return e.fingerprint ?? `${e.id} ${e.operation ?? e.path ?? ''}`.trim();
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
    const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: {
      format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: 'breaking' },
      ignore: { type: 'string' }, lang: { type: 'string' },
    } });
    const lang = resolveLang(values.lang);
    const format = values.format ?? 'text';
    const failOn = values['fail-on'] ?? 'breaking';
    if (positionals.length !== 2) throw usageError('err.twoFiles');
    if (positionals[0] === '-' && positionals[1] === '-') throw usageError('err.bothStdin');
    if (!(FORMAT_NAMES as string[]).includes(format)) throw usageError('err.format', { value: format, allowed: FORMAT_NAMES.join(', ') });
    if (!(FAIL_ON as string[]).includes(failOn)) throw usageError('err.failOn', { value: failOn, allowed: FAIL_ON.join(', ') });
    const ignores = values.ignore ? readIgnoreFile(values.ignore) : [];
    const [base, revision] = positionals.map(loadSource);
    const kinds = [detectKind(base.document), detectKind(revision.document)];
    if (!kinds[0] || !kinds[1]) throw usageError('err.notContract');
    if (kinds[0] !== kinds[1]) throw usageError('err.mixedKinds', { a: kinds[0], b: kinds[1] });
    positionals.forEach((file, i) => assertSupported(i === 0 ? base.document : revision.document, file));
    const now = new Date();
    let report: DiffReport;
    try {
      report = diffDocuments(base.document, revision.document, { now });
    } catch (err) {
      if (err instanceof DiffInputError) throw usageError('err.engineInput', { detail: err.message });
      throw err;
    }
    const cli = buildCliReport({ report, base, revision, lang, failOn: failOn as FailOn, ignores, now });
    const t = cliText(lang);
    for (const e of cli.expiredIgnores) process.stderr.write(`contract-registry diff: ${t('ignoreExpired', { entry: e.index, what: describe(e), expires: e.expires ?? '' })}\n`);
    for (const e of cli.unusedIgnores) process.stderr.write(`contract-registry diff: ${t('ignoreUnused', { entry: e.index, what: describe(e) })}\n`);
    process.stdout.write(FORMATS[format as FormatName](cli));
    return cli.failing > 0 ? 1 : 0;
  },
};
