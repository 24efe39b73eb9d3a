import type { CliCommand } from './command.js';
import { auditCheckpointCommand } from './audit-checkpoint.command.js';
import { auditVerifyCommand } from './audit-verify.command.js';
import { lintCommand } from './lint.command.js';
import { requirementsImportCommand } from './requirements-import.command.js';
import { STANDALONE_COMMANDS } from './standalone.js';
import { tokenCreateCommand } from './token-create.command.js';

// The server package's commands: the standalone ones plus those that open the database. Keep imports
// lazy-free: commands must not import Nest or TypeORM at module load unless they need the database.
export const COMMANDS: CliCommand[] = [
  ...STANDALONE_COMMANDS,
  // lint needs Spectral (a large bundle): it stays in the server package's CLI.
  lintCommand,
  tokenCreateCommand,
  auditVerifyCommand,
  auditCheckpointCommand,
  requirementsImportCommand,
];
