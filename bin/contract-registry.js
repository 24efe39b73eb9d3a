#!/usr/bin/env node
// Entry point of the `contract-registry` command of the server package. The TypeScript sources are
// compiled to dist/ by `npm install` (the `prepare` script) or `npm run build`. CI jobs use the
// standalone bundle instead (dist/cli/contract-registry.mjs, served at GET /cli/contract-registry.mjs).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('contract-registry: dist/ is missing; run `npm run build` first\n');
  process.exit(2);
}
const { main, quietOnClosedPipe } = await import(entry.href);
quietOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`contract-registry: ${err?.stack ?? err}\n`); process.exitCode = 4; },
);
