// Entry point of the standalone CLI bundle (`npm run build` → dist/cli/contract-registry.mjs).
// It must not import anything of the server (Nest, TypeORM, PGlite): test/unit/cli-bundle.spec.ts
// checks the bundle's inputs.
import { serverOnly } from './commands/server-only.command.js';
import { STANDALONE_COMMANDS } from './commands/standalone.js';
import { quietOnClosedPipe, runCli } from './run-cli.js';

const COMMANDS = [
  ...STANDALONE_COMMANDS,
  serverOnly('token create', 'create an API token'),
  serverOnly('audit verify', 'walk the audit hash chain'),
  serverOnly('requirements import', 'import a requirement-set release'),
];

quietOnClosedPipe();
runCli(COMMANDS, process.argv.slice(2), 'contract-registry (standalone CLI)').then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`contract-registry: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 4;
  },
);
