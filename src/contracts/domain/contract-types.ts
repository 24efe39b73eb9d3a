// Shared value types of the upload → parse → validate pipeline. Pure: no Nest, no TypeORM.

export type ContractKind = 'OPENAPI' | 'ASYNCAPI';

/** Facts extracted from a valid document, stored with each version. */
export interface ContractSummary {
  title: string;
  description: string | null;
  /** `info.version` of the document (informational; the registry version is the semver key). */
  documentVersion: string | null;
  operations: number;
  channels: number;
  messages: number;
  schemas: number;
}

/** A valid, parsed contract document, ready to be stored. */
export interface ParsedContract {
  kind: ContractKind;
  /** e.g. "2.0", "3.0.3", "3.1.0", "2.6.0", "3.0.0" */
  specVersion: string;
  /** Exactly the uploaded text (UTF-8 decoded, BOM removed). */
  text: string;
  /** sha256 hex of the uploaded bytes. */
  sha256: string;
  /** JSON-safe parsed form (plain data, no cycles; internal $refs left in place). */
  document: Record<string, unknown>;
  /** "yaml" or "json": the syntax the document was uploaded in. */
  syntax: 'yaml' | 'json';
  summary: ContractSummary;
}

export interface ParseLimits {
  /** Maximum document size in bytes (default 10 MiB). */
  maxBytes: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxBytes: 10 * 1024 * 1024 };
