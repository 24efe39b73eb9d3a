// Bundles the standalone CLI into one file with esbuild (pinned in package.json):
// dist/cli/contract-registry.mjs (copied to packages/cli/ for `npm pack`), its sha256 (sha256sum format) and esbuild's metafile, which
// test/unit/cli-bundle.spec.ts reads to prove that no server dependency went in.
import { createHash } from 'node:crypto';
import { copyFileSync, chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = resolve(root, 'dist/cli/contract-registry.mjs');
mkdirSync(dirname(out), { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: [resolve(root, 'src/cli/standalone-main.ts')],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  minify: true,
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies (semver, ...) call require(); an ES module needs one made for it.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __crCreateRequire } from 'node:module';\nconst require = __crCreateRequire(import.meta.url);" },
  // The server never reaches the standalone CLI; fail the build if an import tries.
  external: [],
});
writeFileSync(resolve(root, 'dist/cli/contract-registry.meta.json'), JSON.stringify(result.metafile));
const digest = createHash('sha256').update(readFileSync(out)).digest('hex');
writeFileSync(`${out}.sha256`, `${digest}  contract-registry.mjs\n`);
chmodSync(out, 0o755);
// The npm package (packages/cli) ships the same file; `npm pack` there runs this script first.
copyFileSync(out, resolve(root, 'packages/cli/contract-registry.mjs'));
chmodSync(resolve(root, 'packages/cli/contract-registry.mjs'), 0o755);
const kb = (readFileSync(out).length / 1024).toFixed(0);
process.stderr.write(`standalone CLI: dist/cli/contract-registry.mjs (${kb} KiB, sha256 ${digest.slice(0, 16)}…)\n`);
