import type { CliCommand } from './command.js';
import { auditVerifyCommand } from './audit-verify.command.js';
import { ciCommand } from './ci.command.js';
import { diffCommand } from './diff.command.js';
import { lintCommand } from './lint.command.js';
import { requirementsImportCommand } from './requirements-import.command.js';
import { tokenCreateCommand } from './token-create.command.js';

// One line per command. Keep imports lazy-free: commands must not import Nest or TypeORM at module
// load unless they need the database (the offline `diff` must start fast and work without a server).
export const COMMANDS: CliCommand[] = [
  diffCommand,
  lintCommand,
  ciCommand('publish', 'publish a contract version from CI (--dry-run = check)'),
  ciCommand('check', 'dry run: validate and check compatibility, store nothing'),
  tokenCreateCommand,
  auditVerifyCommand,
  requirementsImportCommand,
];
