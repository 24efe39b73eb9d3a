import { COMMANDS } from './commands/index.js';
import { UsageError } from './commands/command.js';

function help(): string {
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(22)} ${c.summary}`);
  return ['Usage: contract-registry <command> [options]', '', 'Commands:', ...lines, ''].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name ? 0 : 2;
  }
  // Two-word commands ("token create", "requirements import", "audit verify") are looked up first.
  const two = COMMANDS.find((c) => c.name === `${name} ${rest[0] ?? ''}`.trim());
  const cmd = two ?? COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    process.stderr.write(`contract-registry: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  try {
    return await cmd.run(two ? rest.slice(1) : rest);
  } catch (err) {
    // node:util parseArgs rejects unknown or malformed options with ERR_PARSE_ARGS_*: usage errors too.
    if (err instanceof UsageError || String((err as { code?: string })?.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`contract-registry ${cmd.name}: ${(err as Error).message}\n${cmd.usage}\n`);
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
