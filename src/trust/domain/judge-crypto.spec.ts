import { TR_02102_1_2026_01, type CryptoRuleSet } from './crypto-rules.js';
import { judgeCrypto } from './judge-crypto.js';
import type { CryptoAsset } from './sbom-types.js';

function makeAsset(overrides: Partial<CryptoAsset>): CryptoAsset {
  return { bomRef: 'a', name: 'x', pointer: '/components/0', assetType: 'algorithm', primitive: null, mode: null, padding: null, bits: null, curve: null, family: 'x', protocolVersion: null, nistQuantumSecurityLevel: null, ...overrides };
}

const judge = (a: Partial<CryptoAsset>) => judgeCrypto([makeAsset(a)], TR_02102_1_2026_01).findings.map((f) => [f.rule, f.verdict, f.acceptableUntil, f.quantumVulnerable]);

describe('judgeCrypto against BSI TR-02102-1 2026-01', () => {
  it('accepts TLS 1.2 until the end of 2031 and recommends TLS 1.3', () => {
    expect(judge({ name: 'TLS 1.2', family: 'tls', assetType: 'protocol', protocolVersion: '1.2' })).toEqual([['tls-1.2', 'WARN', '2031-12-31', false]]);
    expect(judge({ name: 'TLS 1.3', family: 'tls', assetType: 'protocol', protocolVersion: '1.3' })).toEqual([['tls-1.3', 'PASS', null, false]]);
    expect(judge({ name: 'TLS 1.0', family: 'tls', assetType: 'protocol', protocolVersion: '1.0' })).toEqual([['tls-legacy', 'FAIL', null, false]]);
  });

  it('fails RSA below 3000 bits and flags RSA as quantum-vulnerable; RSA-PSS-3072 passes until 2035', () => {
    expect(judge({ name: 'RSA-2048', family: 'rsa-2048', primitive: 'signature', padding: 'pss' })).toEqual([['rsa-size', 'FAIL', null, true], ['rsa-signature', 'PASS', '2035-12-31', true]]);
    expect(judge({ name: 'RSA-PSS-3072', family: 'rsa-pss-3072', primitive: 'signature' })).toEqual([['classical-signature', 'PASS', '2035-12-31', true], ['rsa-signature', 'PASS', '2035-12-31', true]]);
  });

  it('fails ECB, SHA-1, MD5 and short AES keys; warns about CBC and DSA/DHE after 2029', () => {
    expect(judge({ name: 'AES-128-ECB', family: 'aes-128-ecb', mode: 'ecb' })).toEqual([['aes', 'PASS', null, false], ['mode-ecb', 'FAIL', null, false]]);
    expect(judge({ name: 'AES-256-CBC', family: 'aes', mode: 'cbc', bits: 256 })).toEqual([['aes', 'PASS', null, false], ['mode-cbc', 'WARN', null, false]]);
    expect(judge({ name: 'AES-64', family: 'aes', bits: 64 })).toContainEqual(['aes-size', 'FAIL', null, false]);
    expect(judge({ name: 'SHA-1', family: 'sha-1' })).toEqual([['weak-hash', 'FAIL', null, false]]);
    expect(judge({ name: 'MD5', family: 'md5' })).toEqual([['weak-hash', 'FAIL', null, false]]);
    expect(judge({ name: 'DSA', family: 'dsa', bits: 3072 })).toEqual([['dsa', 'WARN', '2029-12-31', true]]);
    expect(judge({ name: 'DHE-2048', family: 'dhe' })).toEqual([['dhe', 'WARN', '2029-12-31', true], ['dh-size', 'FAIL', null, true]]);
  });

  it('accepts post-quantum schemes only in hybrid form', () => {
    expect(judge({ name: 'ML-KEM-768', family: 'ml-kem-768', primitive: 'kem' })).toEqual([['pq-hybrid-only', 'WARN', null, false]]);
    expect(judge({ name: 'X25519MLKEM768', family: 'x25519mlkem768', primitive: 'kem' })).toEqual([['pq-hybrid', 'PASS', null, false]]);
  });

  it('fails curves below 250 bits; X25519 alone is acceptable until the end of 2031', () => {
    expect(judge({ name: 'ECDSA-P192', family: 'ecdsa', curve: 'P-192' })).toContainEqual(['ecc-size', 'FAIL', null, true]);
    expect(judge({ name: 'X25519', family: 'x25519' })).toEqual([['classical-key-agreement', 'PASS', '2031-12-31', true]]);
  });

  it('warns about assets no rule covers, and reports NONE without assets', () => {
    expect(judge({ name: 'Skipjack', family: 'skipjack' })).toEqual([['not-covered', 'WARN', null, false]]);
    expect(judgeCrypto([], TR_02102_1_2026_01)).toEqual({ ruleSet: 'BSI TR-02102-1 2026-01', status: 'NONE', findings: [] });
  });

  it('re-judges the same assets under a newer rule-set version (rules are data)', () => {
    const tls12 = makeAsset({ name: 'TLS 1.2', family: 'tls', protocolVersion: '1.2' });
    const next: CryptoRuleSet = { ...TR_02102_1_2026_01, version: 'BSI TR-02102-1 2032-01', rules: [{ id: 'tls-1.2', when: { families: ['tls'], protocolVersions: ['1.2'] }, verdict: 'FAIL', until: null, message: 'TLS 1.2 is no longer acceptable' }] };
    expect(judgeCrypto([tls12], TR_02102_1_2026_01).status).toBe('WARN');
    expect(judgeCrypto([tls12], next)).toMatchObject({ ruleSet: 'BSI TR-02102-1 2032-01', status: 'FAIL' });
  });
});
