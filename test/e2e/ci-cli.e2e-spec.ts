import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPONENT_INPUT, makeOpenApi } from '../factories/documents.js';
import { createComponent, createToken } from '../support/auth-helpers.js';
import { runCli } from '../support/cli.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('CI CLI: publish and check exit codes against a running registry', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  const file = (name: string, text: string) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };
  let sut: TestApp;
  let ci: string;
  const base = () => ['--url', sut.baseUrl, '--component', 'antragsservice', '--contract', 'antrag-api'];

  beforeAll(async () => {
    sut = await startTestApp();
    await createComponent(sut, COMPONENT_INPUT);
    await createComponent(sut, { ...COMPONENT_INPUT, slug: 'zahlung' });
    ci = (await createToken(sut, { name: 'ci', role: 'PUBLISHER', components: ['antragsservice'] })).secret;
  });
  afterAll(async () => {
    await sut.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('publishes (0), then re-publishes identical content (0) with a human report', async () => {
    const doc = file('v1.yaml', makeOpenApi());
    const first = await runCli(['publish', ...base(), '--token', ci, '--version', '1.0.0', doc]);
    expect(first.stdout).toContain('✔ published antragsservice/antrag-api@1.0.0');
    expect(first.code).toBe(0);
    const again = await runCli(['publish', ...base(), '--version', '1.0.0', doc], { CONTRACT_REGISTRY_TOKEN: ci });
    expect(again.stdout).toContain('identical content');
    expect(again.code).toBe(0);
  });

  it('checks without storing (0) and reports JSON for machines', async () => {
    const run = await runCli(['check', ...base(), '--token', ci, '--version', '1.1.0', '--format', 'json', file('v11.yaml', makeOpenApi({ paths: ['/antraege', '/neu'] }))]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ command: 'check', ok: true, exitCode: 0, status: 200, response: { verdict: 'OK', predecessor: '1.0.0' } });
    const dry = await runCli(['publish', '--dry-run', ...base(), '--token', ci, '--version', '1.1.0', '--format', 'json', join(dir, 'v11.yaml')]);
    expect(JSON.parse(dry.stdout)).toMatchObject({ command: 'check', exitCode: 0 });
    expect((await fetch(`${sut.baseUrl}/api/v1/components/antragsservice/contracts/antrag-api/versions/1.1.0`)).status).toBe(404);
  });

  it('exits 1 when a version exists with different content', async () => {
    const run = await runCli(['publish', ...base(), '--token', ci, '--version', '1.0.0', file('changed.yaml', makeOpenApi({ title: 'Anders' }))]);
    expect(run.stdout).toContain('VERSION_EXISTS');
    expect(run.code).toBe(1);
  });

  it('exits 1 when the check or the publish finds a breaking change', async () => {
    const breaking = file('breaking.yaml', makeOpenApi({ paths: ['/bescheide'] }));
    const check = await runCli(['check', ...base(), '--token', ci, '--version', '1.1.0', '--format', 'json', breaking]);
    expect(JSON.parse(check.stdout).response.verdict).not.toBe('OK');
    expect(check.code).toBe(1);
    const publish = await runCli(['publish', ...base(), '--token', ci, '--version', '1.1.0', breaking]);
    expect(publish.stdout).toMatch(/INCOMPATIBLE|SEMVER_VIOLATION/);
    expect(publish.code).toBe(1);
  });

  it('exits 2 for an invalid document and for bad usage', async () => {
    const invalid = await runCli(['publish', ...base(), '--token', ci, '--version', '1.2.0', file('bad.yaml', 'info:\n  title: x\n')]);
    expect(invalid.stdout).toContain('INVALID_DOCUMENT');
    expect(invalid.code).toBe(2);
    expect((await runCli(['publish', ...base(), '--token', ci, join(dir, 'v1.yaml')])).code).toBe(2);
    expect((await runCli(['publish', ...base(), '--token', ci, '--version', '1.2.0', '--frobnicate', join(dir, 'v1.yaml')])).code).toBe(2);
  });

  it('exits 3 for a wrong token and for a component outside the token scope', async () => {
    expect((await runCli(['publish', ...base(), '--token', 'dsr_wrong-wrong-wrong-wrong-wrong-wrong-wrong-w', '--version', '1.3.0', join(dir, 'v1.yaml')])).code).toBe(3);
    const scope = await runCli(['publish', '--url', sut.baseUrl, '--component', 'zahlung', '--contract', 'x', '--token', ci, '--version', '1.0.0', join(dir, 'v1.yaml')]);
    expect(scope.stdout).toContain('FORBIDDEN');
    expect(scope.code).toBe(3);
  });

  it('exits 4 after retrying when the registry is unreachable', async () => {
    const started = Date.now();
    const run = await runCli(['check', '--url', 'http://127.0.0.1:9', '--component', 'a', '--contract', 'b', '--token', ci, '--version', '1.0.0', '--format', 'json', join(dir, 'v1.yaml')], { CONTRACT_REGISTRY_RETRY_BASE_MS: '20' });
    expect(run.code).toBe(4);
    expect(JSON.parse(run.stdout)).toMatchObject({ exitCode: 4, attempts: 4, error: { code: 'NETWORK' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(20 + 40 + 80);
  });

  it('takes the version from package.json', async () => {
    const pkgDir = mkdtempSync(join(dir, 'pkg-'));
    writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ version: '1.5.0' }));
    const doc = file('v15.yaml', makeOpenApi({ paths: ['/antraege', '/p15'] }));
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      void import('node:child_process').then(({ execFile }) => execFile(process.execPath,
        [join(process.cwd(), 'bin', 'contract-registry.js'), 'publish', ...base(), '--token', ci, '--version-from', 'package.json', doc],
        { cwd: pkgDir }, (err, stdout) => resolve({ code: err ? Number((err as { code?: number }).code) : 0, stdout })));
    });
    expect(run.stdout).toContain('antrag-api@1.5.0');
    expect(run.code).toBe(0);
  });
});
