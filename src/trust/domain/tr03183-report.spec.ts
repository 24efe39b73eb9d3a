import type { SbomComponentFacts, SbomDocumentFacts } from './sbom-types.js';
import { tr03183Report } from './tr03183-report.js';

const SHA512 = 'ab'.repeat(64);

function makeComponent(overrides: Partial<SbomComponentFacts> = {}): SbomComponentFacts {
  return {
    pointer: '/components/0', ref: 'lib', name: 'lib', version: '1.0.0', creators: ['https://vendor.example'], creatorContact: true, filename: 'lib-1.0.0.jar',
    hashes: [{ alg: 'SHA512', value: SHA512 }], licences: ['MIT'], effectiveLicences: [], sourceUri: 'https://src.example/lib.tar.gz', deployableUri: 'https://dl.example/lib.jar',
    executable: 'non-executable', archive: 'archive', structured: 'structured', dependenciesListed: true, ...overrides,
  };
}

function makeDocument(overrides: Partial<SbomDocumentFacts> = {}): SbomDocumentFacts {
  return { format: 'CYCLONEDX', specVersion: '1.6', creators: ['sbom@vendor.example'], creatorContact: true, timestamp: '2026-12-01T00:00:00Z', sbomUri: 'urn:uuid:x/1', components: [makeComponent()], ...overrides };
}

describe('tr03183Report (BSI TR-03183-2 v2.1.0)', () => {
  it('passes a document whose every component has every required field', () => {
    expect(tr03183Report(makeDocument())).toEqual({
      standard: 'BSI TR-03183-2', standardVersion: '2.1.0', compliant: true, missing: [], componentsChecked: 1, componentsCompliant: 1, components: [],
    });
  });

  it('lists what each component misses, and the fields in the summary', () => {
    const sut = tr03183Report(makeDocument({ components: [makeComponent(), makeComponent({ pointer: '/components/1', ref: 'b', hashes: [{ alg: 'SHA256', value: 'ab'.repeat(32) }], filename: null, dependenciesListed: false })] }));
    expect(sut.compliant).toBe(false);
    expect(sut.missing).toEqual(['component.filename', 'component.dependencies', 'component.hash-sha512']);
    expect(sut.components).toEqual([{ ref: 'b', name: 'lib', pointer: '/components/1', compliant: false, missing: ['component.filename', 'component.dependencies', 'component.hash-sha512'] }]);
    expect(sut.componentsCompliant).toBe(1);
  });

  it('refuses formats the TR no longer accepts and documents without creator contact, timestamp or URI', () => {
    expect(tr03183Report(makeDocument({ format: 'CYCLONEDX', specVersion: '1.5' })).missing).toEqual(['sbom.format']);
    expect(tr03183Report(makeDocument({ format: 'SPDX', specVersion: '2.3' })).missing).toEqual(['sbom.format']);
    expect(tr03183Report(makeDocument({ format: 'SPDX', specVersion: '3.0.1' })).compliant).toBe(true);
    expect(tr03183Report(makeDocument({ creatorContact: false, timestamp: null, sbomUri: null })).missing).toEqual(['sbom.creator', 'sbom.timestamp', 'sbom.uri']);
  });

  it('accepts a licence given only as the effective (concluded) one, and rejects a malformed SHA-512', () => {
    expect(tr03183Report(makeDocument({ components: [makeComponent({ licences: [], effectiveLicences: ['MIT'] })] })).compliant).toBe(true);
    expect(tr03183Report(makeDocument({ components: [makeComponent({ hashes: [{ alg: 'SHA512', value: 'abc' }] })] })).missing).toEqual(['component.hash-sha512']);
  });
});
