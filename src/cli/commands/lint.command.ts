// `contract-registry lint FILE [--profile dstack|PROFILE-FILE] [--format text|json] [--fail-on error|warn]`:
// offline guideline lint of a local contract with the built-in dstack profile or a local profile file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { DomainError } from '../../common/errors/domain-error.js';
import { parseContractInline } from '../../contracts/domain/parse-contract-inline.js';
import { resolvedDstack } from '../../guidelines/domain/dstack-profile.js';
import type { GuidelineOutcome } from '../../guidelines/domain/lint-types.js';
import { extendsEntries, SPECTRAL_BUILTINS, validateProfileDefinition, type ProfileDefinition, type ResolvedProfile, type SpectralBuiltin } from '../../guidelines/domain/profile-definition.js';
import { lintDocument } from '../../guidelines/domain/run-lint.js';
import type { CliCommand } from './command.js';
import { UsageError } from './command.js';

const USAGE = 'Usage: contract-registry lint <file> [--profile dstack|<profile.yaml>] [--format text|json] [--fail-on error|warn]';

// Offline, a profile file may extend only what ships with the CLI: dstack, spectral:oas, spectral:asyncapi.
function loadProfile(arg: string): ResolvedProfile {
  if (arg === 'dstack') return resolvedDstack();
  let doc: unknown;
  try {
    doc = parseYaml(readFileSync(arg, 'utf8'), { maxAliasCount: 100 });
  } catch (err) {
    throw new UsageError(`cannot read profile ${arg}: ${(err as Error).message.split('\n')[0]}`);
  }
  const problems = validateProfileDefinition(doc);
  if (problems.length > 0) throw new UsageError(`invalid profile ${arg}:\n${problems.map((p) => `  ${p.pointer || '/'}: ${p.message}`).join('\n')}`);
  const def = doc as ProfileDefinition & { name?: string; version?: string };
  return {
    name: def.name ?? arg, version: def.version ?? 'local', formats: def.formats, rules: def.rules,
    extends: extendsEntries(def).map(({ ref, mode }) => {
      if (ref === 'dstack' || ref.startsWith('dstack@')) return { target: resolvedDstack(), mode };
      if (SPECTRAL_BUILTINS.includes(ref as SpectralBuiltin)) return { target: ref as SpectralBuiltin, mode };
      throw new UsageError(`profile ${arg} extends "${ref}": offline, only dstack, spectral:oas and spectral:asyncapi can be extended`);
    }),
  };
}

function text(file: string, o: GuidelineOutcome): string {
  const lines = o.findings.map((f) => `${file}:${f.line}:${f.column}  ${f.severity.padEnd(5)}  ${f.rule}  ${f.message}  (${f.pointer})`);
  const c = o.counts;
  lines.push(`${o.profile}@${o.profileVersion}: score ${o.score}/100 — ${c.error} error, ${c.warn} warn, ${c.info} info, ${c.hint} hint${o.truncated ? ' (findings list truncated)' : ''}`);
  return `${lines.join('\n')}\n`;
}

export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'check a local contract file against guideline profile (offline, no server)',
  usage: USAGE,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({ args: argv, allowPositionals: true, options: {
        profile: { type: 'string', default: 'dstack' }, format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: 'error' },
      } });
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
    const { positionals, values } = parsed;
    if (positionals.length !== 1) throw new UsageError('expected exactly one file');
    const format = values.format ?? 'text';
    const failOn = values['fail-on'] ?? 'error';
    if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format '${format}'`);
    if (failOn !== 'error' && failOn !== 'warn') throw new UsageError(`unknown --fail-on '${failOn}'`);
    const profile = loadProfile(values.profile ?? 'dstack');
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(readFileSync(positionals[0]));
    } catch (err) {
      throw new UsageError(`cannot read ${positionals[0]}: ${(err as Error).message}`);
    }
    let outcome: GuidelineOutcome;
    try {
      const contract = await parseContractInline(bytes);
      outcome = await lintDocument(contract.text, contract.syntax, profile, contract.document);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      process.stderr.write(`${positionals[0]}: ${err.message}\n${err.causes.map((c) => `  ${c.pointer ?? ''}${c.line ? ` (line ${c.line})` : ''}: ${c.message}`).join('\n')}\n`);
      return 2;
    }
    process.stdout.write(format === 'json' ? `${JSON.stringify(outcome)}\n` : text(positionals[0], outcome));
    const failing = outcome.counts.error + (failOn === 'warn' ? outcome.counts.warn : 0);
    return failing > 0 ? 1 : 0;
  },
};
