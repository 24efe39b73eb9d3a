import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/shared-corpus.js';

// Runs the built CLI (npm test builds dist/ first via pretest).
const BIN = join(PROJECT_ROOT, 'bin', 'contract-registry.js');
const FIX = join(PROJECT_ROOT, 'test', 'fixtures', 'compat', 'openapi', 'operation-removed');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'diff', ...args], { encoding: 'utf8' });

describe('contract-registry diff', () => {
  it('prints exactly one JSON object and exits 1 on a breaking change', () => {
    const sut = run(join(FIX, 'base.yaml'), join(FIX, 'revision.yaml'), '--format', 'json');
    expect(sut.status).toBe(1);
    const report = JSON.parse(sut.stdout) as Record<string, unknown>;
    // The pre-#14 fields, plus fingerprint and the position in the base (the operation was removed).
    expect(report).toEqual({
      kind: 'openapi', breaking: true, summary: { breaking: 1, warning: 0, info: 0 },
      changes: [{ id: 'operation-removed', level: 'breaking', pointer: '/paths/~1antraege~1{id}/get',
        operation: 'GET /antraege/{id}', message: 'GET /antraege/{id} was removed without deprecation',
        fingerprint: 'fp1_279cd0248697b33ab70e', file: join(FIX, 'base.yaml'), line: 84, column: 4 }],
      failOn: 'breaking', failing: 1, ignored: [], ignoreFile: { expired: [], unused: [] },
    });
  });

  it('exits 0 when nothing reaches --fail-on', () => {
    expect(run(join(FIX, 'base.yaml'), join(FIX, 'neighbour.yaml')).status).toBe(0);
    expect(run(join(FIX, 'base.yaml'), join(FIX, 'neighbour.yaml'), '--fail-on', 'warning').status).toBe(0);
  });

  it('exits 2 with a message for mixed kinds, unreadable files and remote refs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'diff-cli-'));
    writeFileSync(join(dir, 'async.yaml'), 'asyncapi: 3.0.0\ninfo: {title: t, version: "1"}\n');
    writeFileSync(join(dir, 'remote.yaml'), 'openapi: 3.0.3\npaths: {}\ncomponents: {schemas: {A: {$ref: "https://evil.example/a.yaml"}}}\n');
    const mixed = run(join(FIX, 'base.yaml'), join(dir, 'async.yaml'));
    expect([mixed.status, mixed.stderr]).toEqual([2, expect.stringContaining('cannot compare a openapi document with a asyncapi document')]);
    expect(run(join(dir, 'missing.yaml'), join(FIX, 'base.yaml')).status).toBe(2);
    const remote = run(join(dir, 'remote.yaml'), join(FIX, 'base.yaml'));
    expect([remote.status, remote.stderr]).toEqual([2, expect.stringContaining('refusing remote $ref')]);
  });
});
