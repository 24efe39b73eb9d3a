import type { CliCommand } from './command.js';
import { usageError } from './command.js';

/** Placeholder in the standalone CLI for a command that needs the registry database. */
export function serverOnly(name: string, summary: string): CliCommand {
  return {
    name,
    summary: `${summary} (server package only)`,
    usage: `"${name}" needs the registry database: run it with the server package (node bin/contract-registry.js ${name} --help).`,
    run() {
      return Promise.reject(usageError('err.serverOnly', { name }));
    },
  };
}
