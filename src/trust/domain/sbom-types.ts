// Facts the registry derives from an uploaded SBOM. Pure data: structured-cloned out of the worker.

export type SbomFormat = 'CYCLONEDX' | 'SPDX';

/** Hash algorithms are normalised to upper case without dashes: SHA512, SHA256, … */
export interface SbomHash {
  alg: string;
  value: string;
}

/** One component of an SBOM as far as TR-03183-2 and the licence catalogue need it. */
export interface SbomComponentFacts {
  /** Where it is in the document (JSON pointer), for reports. */
  pointer: string;
  ref: string | null;
  name: string | null;
  version: string | null;
  /** Creator / supplier: names, e-mail addresses or URLs found. */
  creators: string[];
  /** Whether at least one creator is an e-mail address or a URL (the TR asks for a contact). */
  creatorContact: boolean;
  filename: string | null;
  hashes: SbomHash[];
  /** Declared / original licences (as written). */
  licences: string[];
  /** Concluded / effective licences (as written). */
  effectiveLicences: string[];
  sourceUri: string | null;
  deployableUri: string | null;
  /** TR-03183-2 properties executable / archive / structured; null when absent. */
  executable: string | null;
  archive: string | null;
  structured: string | null;
  /** true when the document lists this component's dependencies (possibly none). */
  dependenciesListed: boolean;
}

export interface SbomDocumentFacts {
  format: SbomFormat;
  specVersion: string;
  creators: string[];
  creatorContact: boolean;
  timestamp: string | null;
  /** serialNumber (CycloneDX) or document namespace / spdxId (SPDX). */
  sbomUri: string | null;
  components: SbomComponentFacts[];
}

export type CryptoVerdict = 'PASS' | 'WARN' | 'FAIL';
/** A release's cryptography status: NONE = no cryptographic assets declared. */
export type CryptoStatus = 'NONE' | CryptoVerdict;

/** A cryptographic asset of a CycloneDX 1.6+ CBOM, reduced to what the rules read. */
export interface CryptoAsset {
  bomRef: string;
  name: string;
  pointer: string;
  assetType: string;
  /** algorithm: primitive (ae, block-cipher, signature, kem, hash, mac, …), mode, padding. */
  primitive: string | null;
  mode: string | null;
  padding: string | null;
  /** algorithm parameter set / key size in bits, where given. */
  bits: number | null;
  curve: string | null;
  /** The algorithm or protocol named: `RSA-PSS`, `AES-128-GCM`, `tls`, … (lower-cased). */
  family: string;
  /** protocol version (TLS 1.2) */
  protocolVersion: string | null;
  nistQuantumSecurityLevel: number | null;
}

export interface CryptoFinding {
  bomRef: string;
  asset: string;
  rule: string;
  verdict: CryptoVerdict;
  message: string;
  /** Acceptable until the end of this day (ISO date), or null for no end date / not acceptable. */
  acceptableUntil: string | null;
  quantumVulnerable: boolean;
}

export interface CryptoAssessment {
  ruleSet: string;
  status: CryptoStatus;
  findings: CryptoFinding[];
}

export interface Tr03183Check {
  /** Field id, e.g. `component.hash-sha512`. */
  field: string;
  passed: boolean;
}

export interface Tr03183ComponentResult {
  ref: string | null;
  name: string | null;
  pointer: string;
  compliant: boolean;
  missing: string[];
}

export interface Tr03183Report {
  standard: 'BSI TR-03183-2';
  standardVersion: string;
  compliant: boolean;
  /** Document-level fields missing, plus `format` when the format/version is not accepted. */
  missing: string[];
  componentsChecked: number;
  componentsCompliant: number;
  /** Non-compliant components (all of them; compliant ones are counted only). */
  components: Tr03183ComponentResult[];
}

export interface LicenceFact {
  /** As written in the document or declaration. */
  raw: string;
  /** Normalised SPDX expression, or null when it could not be understood. */
  expression: string | null;
  /** SPDX licence ids inside the expression. */
  ids: string[];
  osiApproved: boolean;
  copyleft: boolean;
  unknown: boolean;
}

/** Everything the worker hands back for one uploaded SBOM. */
export interface AnalysedSbom {
  format: SbomFormat;
  specVersion: string;
  sha256: string;
  sizeBytes: number;
  componentCount: number;
  tr03183: Tr03183Report;
  licences: LicenceFact[];
  cryptoAssets: CryptoAsset[];
  crypto: CryptoAssessment;
}
