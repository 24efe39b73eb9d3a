// Bundles the catalogue's browser code (client/) with esbuild into dist/catalogue-assets/, with
// content-hashed names and a manifest the server reads (entry → files, bytes). No CDN: every asset
// comes from node_modules at build time. Skips the work when inputs have not changed.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist', 'catalogue-assets');
const manifestPath = join(outdir, 'manifest.json');
const ENTRIES = {
  catalogue: 'client/catalogue.ts',
  'openapi-docs': 'client/openapi-docs.ts',
  'asyncapi-docs': 'client/asyncapi-docs.ts',
  graphiql: 'client/graphiql.tsx',
};

function inputHash() {
  const h = createHash('sha256');
  h.update(readFileSync(join(root, 'package-lock.json')));
  h.update(readFileSync(fileURLToPath(import.meta.url)));
  for (const f of readdirSync(join(root, 'client')).sort()) h.update(f).update(readFileSync(join(root, 'client', f)));
  return h.digest('hex');
}

// The message files are read at runtime next to the compiled i18n module.
const messagesOut = join(root, 'dist', 'src', 'catalogue', 'messages');
mkdirSync(messagesOut, { recursive: true });
for (const f of readdirSync(join(root, 'src', 'catalogue', 'messages'))) copyFileSync(join(root, 'src', 'catalogue', 'messages', f), join(messagesOut, f));

const hash = inputHash();
if (existsSync(manifestPath) && JSON.parse(readFileSync(manifestPath, 'utf8')).inputHash === hash && !process.argv.includes('--force')) {
  process.exit(0);
}
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
const started = Date.now();
const result = await build({
  absWorkingDir: root,
  entryPoints: ENTRIES,
  outdir,
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: false,
  platform: 'browser',
  target: ['es2022'],
  entryNames: '[name]-[hash]',
  assetNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file', '.svg': 'dataurl', '.png': 'file' },
  jsx: 'automatic',
});
const entries = {};
for (const [file, out] of Object.entries(result.metafile.outputs)) {
  if (!out.entryPoint) continue;
  const name = Object.entries(ENTRIES).find(([, src]) => src === out.entryPoint)?.[0];
  if (!name) continue;
  const js = basename(file);
  const css = out.cssBundle ? basename(out.cssBundle) : null;
  entries[name] = { js, css, jsBytes: statSync(join(outdir, js)).size, cssBytes: css ? statSync(join(outdir, css)).size : 0, jsGzipBytes: 0 };
  // Pre-compressed copies: the server sends them to browsers that accept gzip (no CPU per request).
  for (const f of [js, css].filter(Boolean)) {
    const gz = gzipSync(readFileSync(join(outdir, f)), { level: 9 });
    writeFileSync(join(outdir, `${f}.gz`), gz);
    if (f === js) entries[name].jsGzipBytes = gz.length;
  }
}
writeFileSync(manifestPath, JSON.stringify({ inputHash: hash, entries }, null, 2));
console.log(`catalogue assets built in ${Date.now() - started} ms → ${relative(root, outdir)}`);
for (const [name, e] of Object.entries(entries)) console.log(`  ${name.padEnd(14)} js ${(e.jsBytes / 1024).toFixed(0).padStart(6)} KiB (gzip ${(e.jsGzipBytes / 1024).toFixed(0).padStart(5)} KiB)  css ${(e.cssBytes / 1024).toFixed(0).padStart(5)} KiB`);
