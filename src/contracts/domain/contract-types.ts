import type { ErrorCause } from '../../common/errors/domain-error.js';
import type { PreparedSearchIndex } from '../../search/domain/prepare-search-document.js';
import type { GuidelineOutcome } from '../../guidelines/domain/lint-types.js';

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
  /** Non-blocking findings (e.g. AsyncAPI examples that do not match their schema), same shape as error causes. */
  warnings?: ErrorCause[];
  /**
   * JSON.stringify(document), when the validation worker made it: then `document` is parsed from it only
   * when first read, so the main thread neither deserialises nor re-serialises a big document.
   */
  documentJson?: string;
  /** Search-index texts, prepared next to parsing in the validation worker (absent from inline parses). */
  search?: PreparedSearchIndex;
  /** Guideline lint result, when a profile was requested (issue #16). */
  guidelines?: GuidelineOutcome;
  /** Why linting failed (the profile crashed on this document), when it did. */
  guidelinesError?: string;
}

export interface ParseLimits {
  /** Maximum document size in bytes (default 10 MiB). */
  maxBytes: number;
  /** Maximum raw container nesting (objects + arrays) of the parsed document (default 256). */
  maxDepth: number;
  /** Maximum number of values visited by the budgeted walk, aliases expanded (default 2,000,000). */
  maxNodes: number;
  /** Maximum number of keys in one object (default 100,000). */
  maxKeysPerObject: number;
  /** YAML alias expansion budget, passed to `yaml`'s `maxAliasCount` (default 100). */
  maxAliasCount: number;
  /** Time budget of parse + validate in the worker, in milliseconds (default 10 s). */
  timeoutMs: number;
  /** 'json' when the upload was declared JSON (Content-Type): then it must be JSON, no YAML fallback. */
  declaredSyntax?: 'json';
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxDepth: 256,
  maxNodes: 2_000_000,
  maxKeysPerObject: 100_000,
  maxAliasCount: 100,
  timeoutMs: 10_000,
};

export function resolveParseLimits(limits: Partial<ParseLimits> = {}): ParseLimits {
  const merged = { ...DEFAULT_PARSE_LIMITS };
  for (const key of Object.keys(DEFAULT_PARSE_LIMITS) as Exclude<keyof ParseLimits, 'declaredSyntax'>[]) {
    const value = limits[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) merged[key] = value;
  }
  if (limits.declaredSyntax === 'json') merged.declaredSyntax = 'json';
  return merged;
}

/** A worker's contract with `document` parsed lazily from its JSON text (see ParsedContract.documentJson). */
export function withLazyDocument(contract: Omit<ParsedContract, 'document'>, documentJson: string): ParsedContract {
  let document: Record<string, unknown> | undefined;
  const out = { ...contract, documentJson } as ParsedContract;
  Object.defineProperty(out, 'document', {
    enumerable: true,
    configurable: true,
    get: () => (document ??= JSON.parse(documentJson) as Record<string, unknown>),
    set: (value: Record<string, unknown>) => {
      document = value;
    },
  });
  return out;
}
