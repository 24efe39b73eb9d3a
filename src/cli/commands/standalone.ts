import type { CliCommand } from './command.js';
import { ciCommand } from './ci.command.js';
import { diffCommand } from './diff.command.js';
import { rulesCommand } from './rules.command.js';

// The commands of the standalone CLI (no server dependencies; bundled into dist/cli/contract-registry.mjs).
// One line per command; a future `lint` goes here.
export const STANDALONE_COMMANDS: CliCommand[] = [
  diffCommand,
  ciCommand('publish', 'publish a contract version from CI (--dry-run = check)'),
  ciCommand('check', 'dry run: validate and check compatibility, store nothing'),
  rulesCommand,
];
