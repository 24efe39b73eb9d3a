import type { CryptoVerdict } from './sbom-types.js';

// BSI TR-02102-1 as versioned data (see ../../../docs/trust.md). A new version of the TR becomes a new
// entry in CRYPTO_RULE_SETS; `rejudgeCryptography` re-judges stored releases with it. Families are
// matched against the asset's algorithm family or name with everything but [a-z0-9] removed, by prefix.
export interface CryptoRule {
  id: string;
  when: {
    families?: string[];
    primitives?: string[];
    modes?: string[];
    paddings?: string[];
    protocolVersions?: string[];
    /** Matches when the key / parameter size is known and below this many bits. */
    bitsBelow?: number;
    /** Post-quantum scheme used without a classical partner. */
    pqWithoutHybrid?: boolean;
    /** Post-quantum scheme combined with a classical one (X25519MLKEM768, "hybrid"). */
    pqHybrid?: boolean;
    /** Only when no post-quantum scheme is part of the asset (classical rules do not judge hybrids). */
    classicalOnly?: boolean;
  };
  verdict: CryptoVerdict;
  /** Acceptable until the end of this day; null = no end date set by the TR (or not acceptable). */
  until: string | null;
  message: string;
}

export interface CryptoRuleSet {
  version: string;
  /** Families that a quantum computer breaks (Shor): flagged on every finding of such an asset. */
  quantumVulnerable: string[];
  postQuantum: string[];
  rules: CryptoRule[];
}

const RSA = ['rsa'];
const ECC = ['ecdsa', 'ecdh', 'ecmqv', 'eddsa', 'ed25519', 'ed448', 'x25519', 'x448', 'ecies', 'ecc'];

export const TR_02102_1_2026_01: CryptoRuleSet = {
  version: 'BSI TR-02102-1 2026-01',
  quantumVulnerable: [...RSA, ...ECC, 'dsa', 'dh', 'ffdh', 'dhe', 'elgamal'],
  postQuantum: ['mlkem', 'mldsa', 'slhdsa', 'frodokem', 'classicmceliece', 'mceliece', 'kyber', 'dilithium', 'sphincs'],
  rules: [
    { id: 'tls-1.3', when: { families: ['tls'], protocolVersions: ['1.3'] }, verdict: 'PASS', until: null, message: 'TLS 1.3 is recommended' },
    { id: 'tls-1.2', when: { families: ['tls'], protocolVersions: ['1.2'] }, verdict: 'WARN', until: '2031-12-31', message: 'TLS 1.2 is acceptable until the end of 2031; use TLS 1.3 for new developments' },
    { id: 'tls-legacy', when: { families: ['tls', 'ssl'], protocolVersions: ['1.1', '1.0', '3.0', '2.0'] }, verdict: 'FAIL', until: null, message: 'TLS versions before 1.2 and SSL are not acceptable' },
    { id: 'ssl', when: { families: ['ssl'] }, verdict: 'FAIL', until: null, message: 'SSL is not acceptable' },
    { id: 'rsa-size', when: { families: RSA, bitsBelow: 3000 }, verdict: 'FAIL', until: null, message: 'RSA keys must have at least 3000 bits' },
    { id: 'rsa-pkcs1v15-signature', when: { families: RSA, primitives: ['signature'], paddings: ['pkcs1v15'] }, verdict: 'WARN', until: null, message: 'RSA PKCS#1 v1.5 signatures are deprecated; use RSA-PSS' },
    { id: 'classical-signature', when: { classicalOnly: true, families: ['rsapss', 'rsassapss', 'ecdsa', 'eddsa', 'ed25519', 'ed448'] }, verdict: 'PASS', until: '2035-12-31', message: 'classical signatures are acceptable until the end of 2035' },
    { id: 'rsa-signature', when: { classicalOnly: true, families: RSA, primitives: ['signature'] }, verdict: 'PASS', until: '2035-12-31', message: 'classical signatures are acceptable until the end of 2035' },
    { id: 'dsa', when: { families: ['dsa'] }, verdict: 'WARN', until: '2029-12-31', message: 'DSA is not acceptable after 2029' },
    { id: 'dhe', when: { families: ['dhe', 'dh', 'ffdh', 'ffdhe'] }, verdict: 'WARN', until: '2029-12-31', message: 'finite-field Diffie-Hellman (DHE) is not acceptable after 2029' },
    { id: 'dh-size', when: { families: ['dhe', 'dh', 'ffdh', 'ffdhe'], bitsBelow: 3000 }, verdict: 'FAIL', until: null, message: 'Diffie-Hellman groups must have at least 3000 bits' },
    { id: 'classical-key-agreement', when: { classicalOnly: true, families: ['ecdh', 'x25519', 'x448', 'ecmqv', 'ecies'] }, verdict: 'PASS', until: '2031-12-31', message: 'classical key agreement alone is recommended until the end of 2031 (2030 for very high protection needs)' },
    { id: 'rsa-key-transport', when: { classicalOnly: true, families: RSA, primitives: ['kem', 'pke', 'key-agree'] }, verdict: 'PASS', until: '2031-12-31', message: 'classical key agreement alone is recommended until the end of 2031 (2030 for very high protection needs)' },
    { id: 'ecc-size', when: { classicalOnly: true, families: ECC, bitsBelow: 250 }, verdict: 'FAIL', until: null, message: 'elliptic curves must have at least 250 bits' },
    { id: 'pq-hybrid-only', when: { pqWithoutHybrid: true }, verdict: 'WARN', until: null, message: 'post-quantum schemes (ML-KEM, ML-DSA, SLH-DSA, FrodoKEM, Classic McEliece) only in hybrid form with a classical scheme' },
    { id: 'pq-hybrid', when: { pqHybrid: true }, verdict: 'PASS', until: null, message: 'post-quantum scheme in hybrid form with a classical scheme' },
    { id: 'aes', when: { families: ['aes'] }, verdict: 'PASS', until: null, message: 'AES is recommended' },
    { id: 'aes-size', when: { families: ['aes'], bitsBelow: 128 }, verdict: 'FAIL', until: null, message: 'AES keys must have at least 128 bits' },
    { id: 'legacy-cipher', when: { families: ['des', '3des', 'tdea', 'tripledes', 'rc2', 'rc4', 'blowfish', 'idea', 'cast'] }, verdict: 'FAIL', until: null, message: 'legacy ciphers are not acceptable' },
    { id: 'mode-ecb', when: { modes: ['ecb'] }, verdict: 'FAIL', until: null, message: 'ECB mode is not acceptable' },
    { id: 'mode-cbc', when: { modes: ['cbc'] }, verdict: 'WARN', until: null, message: 'plain CBC is discouraged; use an authenticated mode (GCM, CCM)' },
    { id: 'weak-hash', when: { families: ['md5', 'md4', 'md2', 'sha1', 'hmacmd5', 'hmacsha1'] }, verdict: 'FAIL', until: null, message: 'SHA-1 and MD5 are not acceptable for signatures or integrity' },
    { id: 'sha2-sha3', when: { families: ['sha256', 'sha384', 'sha512', 'sha2', 'sha3', 'shake', 'hmacsha256', 'hmacsha384', 'hmacsha512', 'hmacsha3'] }, verdict: 'PASS', until: null, message: 'SHA-2 (256 bits and more) and SHA-3 are recommended' },
  ],
};

export const CRYPTO_RULE_SETS: readonly CryptoRuleSet[] = [TR_02102_1_2026_01];
export const CURRENT_CRYPTO_RULE_SET = TR_02102_1_2026_01;

export function cryptoRuleSet(version: string): CryptoRuleSet | undefined {
  return CRYPTO_RULE_SETS.find((r) => r.version === version);
}
