import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { strToU8, zipSync } from 'fflate';

import { HAIP_VERIFIER_PLAN, makeExportZip, makeTestLog } from '../../../test/factories/oidf-export.factory.js';
import { PROJECT_ROOT } from '../../../test/support/shared-corpus.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { createReportEvidence, createSuiteEvidence, hasFailures } from './evidence.js';
import { sha256Hex } from './hash.js';

const META = { id: 'ev-1', now: new Date('2026-11-21T08:00:00Z') };

async function codesOf(fn: () => unknown): Promise<[string, (string | undefined)[]]> {
  try {
    await fn();
  } catch (e) {
    if (e instanceof DomainError) {
      return [e.code, e.causes.map((c) => c.code)];
    }
    throw e;
  }
  throw new Error('expected a DomainError');
}

describe('createSuiteEvidence', () => {
  it('reads module, test id, result, plan and variant of each log and hashes the ZIP', async () => {
    const zip = makeExportZip(
      [
        makeTestLog(),
        makeTestLog({ testName: 'oid4vp-1final-verifier-invalid-session-transcript', testId: 'Zz9', result: 'FAILED' }),
        makeTestLog({ testName: 'oid4vp-1final-verifier-request-uri-method-post', testId: 'Q1', result: null, status: 'INTERRUPTED' }),
      ],
      { 'README.txt': strToU8('not a log'), 'logs/': new Uint8Array() },
    );
    const sut = await createSuiteEvidence(zip, { ...META, fileName: 'export.zip' });
    expect(sut).toMatchObject({
      kind: 'OIDF_CONFORMANCE_EXPORT',
      id: 'ev-1',
      sha256: sha256Hex(zip),
      sizeBytes: zip.length,
      fileName: 'export.zip',
      plans: [HAIP_VERIFIER_PLAN],
      counts: { PASSED: 1, FAILED: 1, WARNING: 0, REVIEW: 0, SKIPPED: 0, INTERRUPTED: 1 },
      createdAt: META.now,
    });
    expect(sut.modules.map((m) => [m.module, m.testId, m.result])).toEqual([
      ['oid4vp-1final-verifier-happy-flow', 'Ab12Cd34Ef', 'PASSED'],
      ['oid4vp-1final-verifier-invalid-session-transcript', 'Zz9', 'FAILED'],
      ['oid4vp-1final-verifier-request-uri-method-post', 'Q1', 'INTERRUPTED'],
    ]);
    expect(sut.modules[0]?.variant).toEqual({ credential_format: 'sd_jwt_vc', client_id_prefix: 'x509_hash', response_mode: 'direct_post.jwt' });
    expect(hasFailures(sut)).toBe(true);
    expect(Object.isFrozen(sut.modules[0])).toBe(true);
  });

  it('reads the committed example export', async () => {
    const zip = readFileSync(join(PROJECT_ROOT, 'test/fixtures/eudi/oid4vp-haip-verifier-export.zip'));
    const sut = await createSuiteEvidence(zip, META);
    expect([sut.plans, sut.counts, sut.modules.length, hasFailures(sut)]).toEqual([
      [HAIP_VERIFIER_PLAN],
      { PASSED: 3, FAILED: 0, WARNING: 1, REVIEW: 0, SKIPPED: 1, INTERRUPTED: 0 },
      5,
      false,
    ]);
  });

  it('lists every unreadable log', async () => {
    const zip = zipSync({
      'test-log-a-b1.json': strToU8('{not json'),
      'test-log-c-d2.json': strToU8(JSON.stringify({ nope: 1 })),
      'test-log-e-f3.json': strToU8(JSON.stringify(makeTestLog({ testName: 'e', testId: 'f3', result: 'MAYBE' }))),
      'test-log-g-h4.json': strToU8(JSON.stringify(makeTestLog({ testName: 'other', testId: 'h4' }))),
    });
    try {
      await createSuiteEvidence(zip, META);
      throw new Error('expected a DomainError');
    } catch (e) {
      expect((e as DomainError).causes.map((c) => c.message)).toEqual([
        'test-log-a-b1.json is not valid UTF-8 JSON',
        'test-log-c-d2.json has no testInfo object',
        'test-log-e-f3.json has no known result (MAYBE, status FINISHED)',
        'test-log-g-h4.json describes other/h4, not the module and id in its file name',
      ]);
    }
  });

  it('rejects a ZIP without test logs and bytes that are no ZIP', async () => {
    expect(await codesOf(() => createSuiteEvidence(zipSync({ 'a.txt': strToU8('x') }), META))).toEqual(['INVALID_DOCUMENT', ['OIDF_EMPTY_EXPORT']]);
    expect(await codesOf(() => createSuiteEvidence(strToU8('hello'), META))).toEqual(['INVALID_DOCUMENT', ['ZIP_UNREADABLE']]);
  });

  it.each([['../test-log-a-b1.json'], ['/etc/test-log-a-b1.json'], ['C:/test-log-a-b1.json'], ['x\\..\\test-log-a-b1.json']])(
    'rejects the unsafe entry name %s',
    async (name) => {
      const zip = zipSync({ [name]: strToU8(JSON.stringify(makeTestLog({ testName: 'a', testId: 'b1' }))) });
      expect(await codesOf(() => createSuiteEvidence(zip, META))).toEqual(['INVALID_DOCUMENT', ['ZIP_UNSAFE_PATH']]);
    },
  );

  it('stops a zip bomb by its declared size before inflating', async () => {
    const bomb = zipSync({ 'test-log-a-b1.json': new Uint8Array(2_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(10_000);
    const limits = { maxZipBytes: 1_000_000, maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 1_000_000 };
    expect(await codesOf(() => createSuiteEvidence(bomb, META, limits))).toEqual(['PAYLOAD_TOO_LARGE', ['ZIP_LIMIT']]);
  });

  it('limits the number of entries, the total size and the ZIP size', async () => {
    const many = makeExportZip([0, 1, 2].map((i) => makeTestLog({ testId: `T${i}` })));
    const base = { maxZipBytes: 1_000_000, maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 1_000_000 };
    expect(await codesOf(() => createSuiteEvidence(many, META, { ...base, maxEntries: 2 }))).toEqual(['PAYLOAD_TOO_LARGE', ['ZIP_LIMIT']]);
    expect(await codesOf(() => createSuiteEvidence(many, META, { ...base, maxTotalBytes: 1000 }))).toEqual(['PAYLOAD_TOO_LARGE', ['ZIP_LIMIT']]);
    expect(await codesOf(() => createSuiteEvidence(many, META, { ...base, maxZipBytes: 100 }))).toEqual(['PAYLOAD_TOO_LARGE', ['ZIP_LIMIT']]);
  });
});

describe('createReportEvidence', () => {
  const doc = strToU8('%PDF report');

  it('computes the hash of a supplied document and accepts a matching one', async () => {
    const sut = createReportEvidence({ url: 'https://lab.example/r/1.pdf', sha256: sha256Hex(doc).toUpperCase(), description: ' Lab report ' }, META, doc);
    expect(sut).toEqual({ kind: 'REPORT', id: 'ev-1', url: 'https://lab.example/r/1.pdf', sha256: sha256Hex(doc), description: 'Lab report', createdAt: META.now });
    expect(Object.isFrozen(sut)).toBe(true);
  });

  it('keeps a URL without a hash', async () => {
    expect(createReportEvidence({ url: 'https://lab.example/r/2', description: 'Attestation' }, META).sha256).toBeNull();
  });

  it('rejects a hash that does not match the document', async () => {
    const sut = () => createReportEvidence({ url: 'https://lab.example/r', sha256: 'a'.repeat(64), description: 'x' }, META, doc);
    expect(await codesOf(sut)).toEqual(['VALIDATION_FAILED', ['EVIDENCE_HASH_MISMATCH']]);
  });

  it.each([
    [{ url: 'ftp://lab.example/r', description: 'x' }, 'EVIDENCE_URL_INVALID'],
    [{ url: 'not a url', description: 'x' }, 'EVIDENCE_URL_INVALID'],
    [{ url: 'https://lab.example/r', sha256: 'abc', description: 'x' }, 'EVIDENCE_HASH_FORMAT'],
    [{ url: 'https://lab.example/r', description: '  ' }, 'EVIDENCE_DESCRIPTION_MISSING'],
  ])('rejects %j', async (input, code) => {
    expect(await codesOf(() => createReportEvidence(input, META))).toEqual(['VALIDATION_FAILED', [code]]);
  });
});
