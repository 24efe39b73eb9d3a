// The command runner shared by the server CLI (bin/contract-registry.js) and the standalone CLI
// (dist/cli/contract-registry.mjs): lookup, --help on every command, usage errors in --lang.
import { text } from '../compatibility/messages/catalogue.js';
import type { CliCommand } from './commands/command.js';
import { UsageError } from './commands/command.js';
import { langOf } from './lang.js';
import { CLI_VERSION } from './version.js';

function help(commands: CliCommand[], title: string): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(22)} ${c.summary}`);
  return [title, '', 'Usage: contract-registry <command> [options]   (every command takes --help)', '', 'Commands:', ...lines, ''].join('\n');
}

export async function runCli(commands: CliCommand[], argv: string[], title = 'contract-registry'): Promise<number> {
  const [name, ...rest] = argv;
  const lang = langOf(argv);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help(commands, title));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`${CLI_VERSION}\n`);
    return 0;
  }
  // Two-word commands ("token create", "requirements import", "audit verify") are looked up first.
  const two = commands.find((c) => c.name === `${name} ${rest[0] ?? ''}`.trim());
  const cmd = two ?? commands.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`contract-registry: ${text(lang, 'err.unknownCommand', { name })}\n\n${help(commands, title)}`);
    return 2;
  }
  const args = two ? rest.slice(1) : rest;
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${cmd.usage}\n`);
    return 0;
  }
  try {
    return await cmd.run(args);
  } catch (err) {
    // node:util parseArgs rejects unknown or malformed options with ERR_PARSE_ARGS_*: usage errors too.
    if (err instanceof UsageError || String((err as { code?: string })?.code).startsWith('ERR_PARSE_ARGS')) {
      const e = err as UsageError;
      const message = e instanceof UsageError && e.key ? text(lang, e.key, e.values) : e.message;
      process.stderr.write(`contract-registry ${cmd.name}: ${message}\n${cmd.usage}\n`);
      return 2;
    }
    if ((err as Error)?.name === 'DataDirInUseError') {
      process.stderr.write(`contract-registry ${cmd.name}: refused: ${(err as Error).message}.\n` +
        'Nothing was written. With the server running, use its GraphQL API with an ADMIN token (createApiToken, verifyAuditChain),\n' +
        'or set DATABASE_URL when the registry runs on PostgreSQL.\n');
      return 1;
    }
    throw err;
  }
}

/**
 * Writing into a closed pipe (`contract-registry rules | head`) ends the process quietly with the
 * exit code the command already set, instead of an unhandled EPIPE error.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
      throw err;
    });
  }
}
