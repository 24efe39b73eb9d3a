import { readFileSync } from 'node:fs';
import { UsageError, type CliCommand } from './command.js';

const USAGE = 'Usage: contract-registry requirements import <file.csv> --set <name> --version <semver>';

function parseArgs(argv: string[]): { file: string; set: string; version: string } {
  const rest: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--set' || a === '--version') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${a} needs a value`);
      opts[a.slice(2)] = value;
    } else if (a.startsWith('--')) {
      throw new UsageError(`unknown option ${a}`);
    } else {
      rest.push(a);
    }
  }
  if (rest.length !== 1) throw new UsageError('expected exactly one CSV file');
  if (!opts['set'] || !opts['version']) throw new UsageError('--set and --version are required');
  return { file: rest[0], set: opts['set'], version: opts['version'] };
}

/**
 * Imports a requirement-set release (ARF High-Level Requirements CSV) into the registry database:
 * DATABASE_URL, or the embedded data directory REGISTRY_DATA_DIR (stop an embedded server first:
 * PGlite is single-process). Pending migrations are applied first, as the server would on start. Same content again: no-op; other content: refused (exit 1).
 */
export const requirementsImportCommand: CliCommand = {
  name: 'requirements import',
  summary: 'Import a requirement set release (ARF CSV) into the registry database',
  usage: USAGE,
  async run(argv) {
    const args = parseArgs(argv);
    let bytes: Buffer;
    try {
      bytes = readFileSync(args.file);
    } catch (err) {
      throw new UsageError(`cannot read ${args.file}: ${(err as Error).message}`);
    }
    const { openRegistryDatabase } = await import('../offline-db.js');
    const db = await openRegistryDatabase({ command: 'requirements import' });
    try {
      const { importRequirementSetFile } = await import('../../conformance/requirement-set-import.js');
      return await importRequirementSetFile(db.ds, args.set, args.version, bytes);
    } finally {
      await db.close();
    }
  },
};
