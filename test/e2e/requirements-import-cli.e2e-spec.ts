import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { PROJECT_ROOT } from '../support/shared-corpus.js';
import { toArfCsv } from '../factories/eudi-documents.js';
import { makeRequirement } from '../factories/conformance-record.factory.js';

const run = promisify(execFile);

// The CLI talks to the database itself: a fresh database on the DATABASE_URL server, or an embedded
// PGlite data directory when no server is configured.
describe('contract-registry requirements import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-cli-'));
  const server = process.env.DATABASE_URL;
  const dbName = `registry_cli_${process.pid}_${Date.now().toString(36)}`;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const { DATABASE_URL: _ignored, ...rest } = process.env;
    void _ignored;
    env = { ...rest, REGISTRY_DATA_DIR: dir, LOG_LEVEL: 'error' };
    if (server) {
      await admin(server, `CREATE DATABASE ${dbName}`);
      const u = new URL(server);
      u.pathname = `/${dbName}`;
      env.DATABASE_URL = u.toString();
    }
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (server) await admin(server, `DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  });

  async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const r = await run(process.execPath, [join(PROJECT_ROOT, 'bin/contract-registry.js'), 'requirements', 'import', ...args], { env });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (err) {
      const e = err as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  function csvFile(name: string, text: string): string {
    const file = join(dir, name);
    writeFileSync(file, toArfCsv([makeRequirement({ legacyIndex: 'T_01', harmonisedId: 'T-01', text }), makeRequirement({ legacyIndex: 'T_02', harmonisedId: 'T-02', text: 'Empty' })]));
    return file;
  }

  it('imports a release, treats the same content as a no-op and refuses other content under that version', async () => {
    const first = await cli(csvFile('a.csv', 'Relying Parties SHALL comply.'), '--set', 'TEST-HLR', '--version', '1.0.0');
    expect(first).toMatchObject({ code: 0, stdout: 'imported TEST-HLR 1.0.0, 2 requirements (1 withdrawn)\n' });
    const again = await cli(csvFile('a.csv', 'Relying Parties SHALL comply.'), '--set', 'TEST-HLR', '--version', '1.0.0');
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('already present with identical content');
    const other = await cli(csvFile('b.csv', 'Relying Parties SHOULD comply.'), '--set', 'TEST-HLR', '--version', '1.0.0');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('CONFLICT: requirement set TEST-HLR 1.0.0 already exists with different content');
  });

  it('reports what a newer release changed', async () => {
    const r = await cli(csvFile('c.csv', 'Relying Parties SHOULD comply.'), '--set', 'TEST-HLR', '--version', '1.1.0');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('changes since 1.0.0: 0 added, 0 removed, 1 text changed, 0 withdrawn, 0 renumbered');
  });

  it('exits 2 with the usage on missing options', async () => {
    const r = await cli(csvFile('d.csv', 'x'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--set and --version are required');
  });
});

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
