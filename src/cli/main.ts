import { COMMANDS } from './commands/index.js';
import { runCli } from './run-cli.js';

export { quietOnClosedPipe } from './run-cli.js';

/** The server package's CLI: the standalone commands plus the ones that need the database. */
export function main(argv: string[]): Promise<number> {
  return runCli(COMMANDS, argv, 'contract-registry (server package)');
}
