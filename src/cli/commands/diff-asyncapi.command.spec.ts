// The offline `diff` CLI on AsyncAPI input: kind detection, JSON output, exit codes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ASYNCAPI_FIXTURES } from '../../../test/support/asyncapi-fixtures.js';
import { PROJECT_ROOT } from '../../../test/support/shared-corpus.js';

const tmp = mkdtempSync(join(tmpdir(), 'asyncapi-cli-'));
const write = (name: string, doc: unknown): string => {
  writeFileSync(join(tmp, name), JSON.stringify(doc));
  return join(tmp, name);
};

function cli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'bin', 'contract-registry.js'), 'diff', ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const fixture = (rule: string, side: string): string => resolve(ASYNCAPI_FIXTURES, rule, `${side}.yaml`);

describe('contract-registry diff (AsyncAPI)', () => {
  it('detects AsyncAPI, prints kind "asyncapi" and exits 1 on a breaking change', () => {
    const r = cli(fixture('message-payload', 'base'), fixture('message-payload', 'revision'), '--format', 'json');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { kind: string; breaking: boolean; changes: Array<{ id: string }> };
    expect(out.kind).toBe('asyncapi');
    expect(out.changes.map((c) => c.id)).toEqual(['message-payload-required-property-added', 'message-payload-required-property-removed']);
  });

  it('exits 0 on a harmless change', () => {
    expect(cli(fixture('server-added', 'base'), fixture('server-added', 'neighbour'), '--format', 'json').code).toBe(0);
  });

  it('rejects mixing AsyncAPI and OpenAPI with exit 2 and a clear message', () => {
    const openapi = write('openapi.json', { openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: {} });
    const r = cli(fixture('server-added', 'base'), openapi);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot compare a asyncapi document with a openapi document');
  });

  it('rejects AsyncAPI 1.x with exit 2', () => {
    const v1 = write('v1.json', { asyncapi: '1.2.0', info: { title: 'T', version: '1' }, topics: {} });
    const r = cli(v1, fixture('server-added', 'base'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unsupported version: AsyncAPI "1.2.0" is not supported; supported are'); // the server's message (same detectSpec)
  });
});
