import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../../test/support/shared-corpus.js';

// Runs the built CLI (npm test builds dist/ first via pretest).
const BIN = join(PROJECT_ROOT, 'bin', 'contract-registry.js');
const FIX = join(PROJECT_ROOT, 'test', 'fixtures', 'guidelines');
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, 'lint', ...args], { encoding: 'utf8' });

describe('contract-registry lint', () => {
  it('lists the dstack findings with file:line:column and exits 1 on an error', () => {
    const sut = run(join(FIX, 'antrag-violations.yaml'));
    expect(sut.status).toBe(1);
    expect(sut.stdout.split('\n').filter((l) => l.includes(' error '))).toEqual([
      `${join(FIX, 'antrag-violations.yaml')}:2:1  error  dstack-info-license  info.license is missing  (/info)`,
      `${join(FIX, 'antrag-violations.yaml')}:10:5  error  dstack-servers-https  server URL http://antrag.example.org/v1 does not use https  (/servers/0/url)`,
    ]);
  });

  it('exits 0 for the compliant document and prints JSON on request', () => {
    const sut = run(join(FIX, 'antrag-compliant.yaml'), '--format', 'json');
    expect(sut.status).toBe(0);
    expect(JSON.parse(sut.stdout)).toMatchObject({ profile: 'dstack', score: 100, counts: { error: 0, warn: 0, info: 0, hint: 0 } });
  });

  it('uses a local profile file that extends dstack, and refuses one that extends a URL', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lint-cli-'));
    const own = join(dir, 'own.yaml');
    writeFileSync(own, 'extends: [[dstack, off]]\nrules:\n  title-land:\n    given: $.info.title\n    severity: error\n    then: { function: pattern, functionOptions: { match: "^Land" } }\n');
    const sut = run(join(FIX, 'antrag-violations.yaml'), '--profile', own);
    expect([sut.status, sut.stdout.split('\n').filter((l) => l.includes(' error ')).map((l) => l.split('  ')[2])]).toEqual([1, ['title-land']]);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'extends: ["https://example.org/ruleset.yaml"]\nrules: {}\n');
    const refused = run(join(FIX, 'antrag-compliant.yaml'), '--profile', bad);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('/extends/0');
  });
});
