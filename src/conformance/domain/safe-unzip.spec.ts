import { deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { deflatedZeros, zipWithDeclaredSize } from '../../../test/factories/zip-fixtures.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { isTestLogName, parseTestLogName } from './oidf-export.js';
import { safeUnzip } from './safe-unzip.js';

async function causeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    if (e instanceof DomainError) return e.causes[0]?.code;
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('safeUnzip', () => {
  it('stops inflating an entry that produces more than its declared size', async () => {
    const zip = zipWithDeclaredSize('test-log-a-b1.json', await deflatedZeros(64 * 1024 * 1024), 10);
    const started = Date.now();
    expect(await causeOf(safeUnzip(zip, () => true))).toBe('ZIP_SIZE_MISMATCH');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('refuses an entry that produces fewer bytes than declared', async () => {
    const zip = zipWithDeclaredSize('test-log-a-b1.json', deflateRawSync(Buffer.from('{}')), 1000);
    expect(await causeOf(safeUnzip(zip, () => true))).toBe('ZIP_SIZE_MISMATCH');
  });

  it('refuses names over 1024 bytes before matching them', async () => {
    const zip = zipWithDeclaredSize(`${'x'.repeat(2000)}.json`, deflateRawSync(Buffer.from('{}')), 2);
    expect(await causeOf(safeUnzip(zip, () => true))).toBe('ZIP_NAME_TOO_LONG');
  });

  it('reads honest entries', async () => {
    const { files, skipped } = await safeUnzip(zipSync({ 'a.json': strToU8('{"x":1}'), 'dir/': new Uint8Array() }), (n) => n.endsWith('.json'));
    expect([...files.keys()]).toEqual(['a.json']);
    expect(new TextDecoder().decode(files.get('a.json'))).toBe('{"x":1}');
    expect(skipped).toEqual(['dir/']);
  });
});

describe('parseTestLogName', () => {
  it('splits module and test id at the last hyphen, in any folder', () => {
    expect(parseTestLogName('logs/test-log-oid4vp-verifier-happy-flow-AbC9.json')).toEqual({ module: 'oid4vp-verifier-happy-flow', testId: 'AbC9' });
    expect(isTestLogName('test-log--x.json')).toBe(false);
    expect(isTestLogName('test-log-a-b!.json')).toBe(false);
    expect(isTestLogName('test-log-a.json')).toBe(false);
  });

  it('is linear on long hostile names', () => {
    const name = `test-log-${'a-'.repeat(500)}!.json`;
    const started = Date.now();
    for (let i = 0; i < 1000; i++) parseTestLogName(name);
    expect(Date.now() - started).toBeLessThan(500);
  });
});
