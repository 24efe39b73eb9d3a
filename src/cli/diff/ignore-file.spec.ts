import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../commands/command.js';
import { applyIgnores, readIgnoreFile } from './ignore-file.js';

const dir = mkdtempSync(join(tmpdir(), 'ignore-'));
const file = (text: string) => {
  const p = join(dir, `${Math.random()}.yaml`);
  writeFileSync(p, text);
  return p;
};
const NOW = new Date('2026-12-04T12:00:00Z');
const findings = [
  { id: 'operation-removed', operation: 'GET /alt', fingerprint: 'fp1_00000000000000000001' },
  { id: 'response-property-removed', operation: 'GET /antraege/{id}', fingerprint: 'fp1_00000000000000000002' },
  { id: 'response-property-removed', operation: 'POST /antraege', fingerprint: 'fp1_00000000000000000003' },
];

describe('ignore file', () => {
  it('ignores by fingerprint, by id + operation and by id + path; reports expired and unused entries', () => {
    const sut = readIgnoreFile(file(`ignore:
  - fingerprint: fp1_00000000000000000001
    reason: announced in release notes
  - id: response-property-removed
    path: /antraege/{id}
    reason: field was never filled
    expires: 2026-12-04
  - id: response-property-removed
    operation: POST /antraege
    reason: old waiver
    expires: 2026-12-03
  - fingerprint: fp1_00000000000000000009
    reason: gone
`));
    const out = applyIgnores(findings, sut, NOW);
    expect(out.ignored.map((i) => [i.finding.fingerprint, i.entry.index])).toEqual([['fp1_00000000000000000001', 1], ['fp1_00000000000000000002', 2]]);
    expect(out.kept.map((f) => f.fingerprint)).toEqual(['fp1_00000000000000000003']);
    expect(out.expired.map((e) => e.index)).toEqual([3]);
    expect(out.unused.map((e) => e.index)).toEqual([4]);
  });

  it.each([
    ['- id: x\n  reason: r\n', "an 'id' entry needs 'path' or 'operation'"],
    ['- fingerprint: abc\n  reason: r\n', 'is not a fingerprint'],
    ['- fingerprint: fp1_00000000000000000001\n', "'reason' is required"],
    ['- fingerprint: fp1_00000000000000000001\n  reason: r\n  expires: soon\n', "'expires' must be a date"],
    ['- fingerprint: fp1_00000000000000000001\n  reason: r\n  extra: 1\n', "unknown key 'extra'"],
    ['ignore: 3\n', "expected a list under 'ignore:'"],
    ['a: &x [1]\nb: *x\n', ''],
  ])('rejects %j with a usage error', (text, message) => {
    expect(() => readIgnoreFile(file(text))).toThrow(UsageError);
    if (message) expect(() => readIgnoreFile(file(text))).toThrow(message);
  });
});
