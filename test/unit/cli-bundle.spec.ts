// The standalone CLI as shipped: one file without server dependencies, its npm package, and the
// behaviour every command shares (--help, -, closed pipes, --lang, server-only commands).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectPath } from '../../src/common/project-path.js';
import { CLI_VERSION } from '../../src/cli/version.js';
import { SCHEMA_RULES } from '../../src/compatibility/diff/schema/index.js';
import { runStandalone, STANDALONE_CLI } from '../support/standalone-cli.js';

const FIX = projectPath('test', 'fixtures', 'compat', 'openapi', 'operation-removed');
const readJson = (...p: string[]) => JSON.parse(readFileSync(projectPath(...p), 'utf8')) as Record<string, any>;

describe('standalone CLI bundle', () => {
  it('bundles only the engine, the CLI and two YAML parsers: no Nest, TypeORM, PGlite or other server code', () => {
    const inputs = Object.keys(readJson('dist', 'cli', 'contract-registry.meta.json').inputs as object);
    const packages = new Set(inputs.filter((i) => i.includes('node_modules/')).map((i) => i.split('node_modules/').pop()!.split('/')[0]));
    expect([...packages].sort()).toEqual(['js-yaml', 'yaml']);
    const ours = inputs.filter((i) => !i.includes('node_modules/'));
    const allowed = /^src\/(cli\/|compatibility\/(engine|diff|rules|messages)\/|contracts\/domain\/|common\/errors\/(domain-error|error-code)\.ts)/;
    expect(ours.filter((i) => !allowed.test(i))).toEqual([]);
    expect(ours.some((i) => /offline-db|token-create|audit-verify|requirements-import/.test(i))).toBe(false);
  });

  it('packs as its own npm package: the bundle inside, no dependencies', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: projectPath('packages', 'cli'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    const [pack] = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as Array<{ files: Array<{ path: string; size: number }> }>;
    expect(pack.files.map((f) => f.path).sort()).toEqual(['README.md', 'contract-registry.mjs', 'package.json']);
    expect(pack.files.find((f) => f.path === 'contract-registry.mjs')!.size).toBe(readFileSync(STANDALONE_CLI).length);
    const manifest = readJson('packages', 'cli', 'package.json');
    for (const k of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies']) expect(manifest[k]).toBeUndefined();
    expect(manifest.bin).toEqual({ 'contract-registry': 'contract-registry.mjs' });
    expect([manifest.version, readJson('package.json').version]).toEqual([CLI_VERSION, CLI_VERSION]);
  });

  it('writes the sha256 beside the bundle in sha256sum format', () => {
    const r = spawnSync('sha256sum', ['-c', 'contract-registry.mjs.sha256'], { cwd: projectPath('dist', 'cli'), encoding: 'utf8' });
    expect([r.status, r.stdout.trim()]).toEqual([0, 'contract-registry.mjs: OK']);
  });

  it.each([['diff'], ['check'], ['publish'], ['rules'], ['token', 'create'], ['audit', 'verify'], ['requirements', 'import']])('%s --help exits 0', (...cmd) => {
    const r = runStandalone([...cmd, '--help']);
    expect([r.code, r.stdout.length > 0]).toEqual([0, true]);
  });

  it('says that server-only commands need the server package (exit 2), in English and German', () => {
    const en = runStandalone(['token', 'create', '--name', 'x']);
    expect([en.code, en.stderr]).toEqual([2, expect.stringContaining('needs the registry database and is part of the server package')]);
    const de = runStandalone(['audit', 'verify', '--lang', 'de']);
    expect([de.code, de.stderr]).toEqual([2, expect.stringContaining('braucht die Datenbank der Registry')]);
  });

  it('reads - from standard input', () => {
    const r = runStandalone(['diff', join(FIX, 'base.yaml'), '-', '--format', 'json'], { input: readFileSync(join(FIX, 'revision.yaml'), 'utf8') });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).changes[0]).toMatchObject({ id: 'operation-removed', file: join(FIX, 'base.yaml') });
  });

  it('prints messages and errors in German with --lang de', () => {
    const r = runStandalone(['diff', join(FIX, 'base.yaml'), join(FIX, 'revision.yaml'), '--lang', 'de']);
    expect(r.stdout).toContain('GET /antraege/{id} wurde ohne vorherige Deprecation entfernt');
    expect(r.stdout).toContain('1 inkompatibel, 0 Warnung, 0 Info, 0 ignoriert');
    expect(runStandalone(['diff', 'a.yaml', '--lang', 'de']).stderr).toContain('genau zwei Dateien erwartet');
    expect(runStandalone(['diff', join(FIX, 'base.yaml'), join(FIX, 'revision.yaml')], { env: { CONTRACT_REGISTRY_LANG: 'de' } }).stdout).toContain('wurde ohne vorherige Deprecation entfernt');
  });

  it('honours --fail-on none|info|warning|breaking', () => {
    const neighbour = [join(FIX, 'base.yaml'), join(FIX, 'neighbour.yaml')];
    const levels = (JSON.parse(runStandalone(['diff', ...neighbour, '--format', 'json']).stdout) as { changes: Array<{ level: string }> }).changes.map((c) => c.level);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels).not.toContain('breaking');
    expect(runStandalone(['diff', ...neighbour, '--fail-on', 'breaking']).code).toBe(0);
    expect(runStandalone(['diff', ...neighbour, '--fail-on', 'info']).code).toBe(1);
    expect(runStandalone(['diff', join(FIX, 'base.yaml'), join(FIX, 'revision.yaml'), '--fail-on', 'none']).code).toBe(0);
    expect(runStandalone(['diff', ...neighbour, '--fail-on', 'sometimes']).code).toBe(2);
  });

  it('applies an ignore file and reports its expired and unused entries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-ignore-'));
    const args = [join(FIX, 'base.yaml'), join(FIX, 'revision.yaml')];
    const fp = (JSON.parse(runStandalone(['diff', ...args, '--format', 'json']).stdout) as { changes: Array<{ fingerprint: string }> }).changes[0].fingerprint;
    writeFileSync(join(dir, 'ignore.yaml'), `ignore:\n  - fingerprint: ${fp}\n    reason: agreed with all consumers\n    expires: 2999-01-01\n  - id: operation-removed\n    path: /gone\n    reason: nothing\n  - id: operation-removed\n    operation: GET /antraege/{id}\n    reason: old\n    expires: 2020-01-01\n`);
    const r = runStandalone(['diff', ...args, '--format', 'json', '--ignore', join(dir, 'ignore.yaml')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, any>;
    expect([out.changes, out.ignored.map((i: { fingerprint: string; reason: string }) => [i.fingerprint, i.reason])]).toEqual([[], [[fp, 'agreed with all consumers']]]);
    expect(out.ignoreFile.unused.map((e: { entry: number }) => e.entry)).toEqual([2]);
    expect(out.ignoreFile.expired.map((e: { entry: number }) => e.entry)).toEqual([3]);
    expect(r.stderr).toContain('ignore entry 3 (operation-removed GET /antraege/{id}) expired on 2020-01-01');
    expect(r.stderr).toContain('ignore entry 2 (operation-removed /gone) matched no finding');
  });

  it('ends quietly with its own exit code when the reader closes the pipe (| head)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-pipe-'));
    const paths = Array.from({ length: 3000 }, (_, i) => `  /p${i}:\n    get:\n      responses: { '200': { description: ok } }`).join('\n');
    writeFileSync(join(dir, 'big.yaml'), `openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n${paths}\n`);
    writeFileSync(join(dir, 'empty.yaml'), "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\n");
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${STANDALONE_CLI}" diff big.yaml empty.yaml | head -n 1`], { cwd: dir, encoding: 'utf8' });
    expect([r.status, r.stdout, r.stderr]).toEqual([1, 'BREAKING operation-removed  GET /p0\n', '']);
  });

  it('prints the rule catalogue with levels per direction', () => {
    const rows = JSON.parse(runStandalone(['rules', '--format', 'json']).stdout) as Array<{ key: string; levels: Record<string, string>; reason: string }>;
    expect(rows).toHaveLength(109);
    const rule = SCHEMA_RULES.find((r) => r.suffix === 'required-property-added')!;
    expect(rows.find((r) => r.key === 'schema:required-property-added')).toEqual(expect.objectContaining({ id: '*-required-property-added', levels: { write: rule.levels.write, read: rule.levels.read }, reason: rule.reason }));
    expect(runStandalone(['rules', '--lang', 'de']).stdout).toContain('Clients, die die Operation aufrufen, scheitern.');
    expect(runStandalone(['--version']).stdout).toBe(`${CLI_VERSION}\n`);
  });
});
