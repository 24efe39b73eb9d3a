import { resolveParseLimits, type ParseLimits, type ParsedContract } from './contract-types.js';
import { payloadTooLarge } from './contract-issues.js';
import { ValidationPool, type ValidationPoolOptions } from './validation-pool.js';
import type { ResolvedProfile } from '../../guidelines/domain/profile-definition.js';

export { parseContractInline } from './parse-contract-inline.js';
export { parseDocumentText } from './parse-document.js';

let pool: ValidationPool | null = null;

/**
 * Parses and validates an uploaded contract in a worker thread (bounded in time and memory).
 * Resolves with the parsed contract; rejects with DomainError INVALID_DOCUMENT (all problems as causes,
 * each with `code`, JSON `pointer` and `line`/`column` where known) or PAYLOAD_TOO_LARGE.
 */
export async function parseContract(bytes: Uint8Array, limits?: Partial<ParseLimits>, lint?: ResolvedProfile): Promise<ParsedContract> {
  const resolved = resolveParseLimits(limits);
  // checked here too, so an oversized body is never copied into a worker
  if (bytes.byteLength > resolved.maxBytes) throw payloadTooLarge(bytes.byteLength, resolved.maxBytes);
  pool ??= new ValidationPool();
  return pool.run(bytes, resolved, null, lint);
}

/** Replaces the shared pool (e.g. at boot with configured size); the old one is closed. */
export async function configureValidationPool(options: Partial<ValidationPoolOptions> = {}): Promise<ValidationPool> {
  await closeValidationPool();
  pool = new ValidationPool(options);
  pool.warmUp();
  return pool;
}

/** Terminates the shared pool's workers (shutdown hooks, tests). */
export async function closeValidationPool(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.close();
}
