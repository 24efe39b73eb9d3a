import type { CliCommand } from './command.js';
import { diffCommand } from './diff.command.js';

// One line per command. Keep imports lazy-free: commands must not import Nest or TypeORM at module
// load unless they need the database (the offline `diff` must start fast and work without a server).
export const COMMANDS: CliCommand[] = [
  diffCommand,
];
