import type { ErrorCause } from '../../common/errors/domain-error.js';
import type { ErrorCode } from '../../common/errors/error-code.js';
import type { CompareInput, CompareOutput } from '../../compatibility/policy/compare-for-publish.js';
import type { ResolvedProfile } from '../../guidelines/domain/profile-definition.js';
import type { ParseLimits, ParsedContract } from './contract-types.js';

// Messages between the validation pool and its workers (structured-cloned).
export type WorkerRequest =
  /** When `lint` is set, the valid document is also linted against this profile (issue #16), same budget. */
  | { id: number; bytes: Uint8Array; limits: ParseLimits; lint?: ResolvedProfile }
  | { id: number; compare: CompareInput };

export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; contract: Omit<ParsedContract, 'document'>; documentJson: string }
  | { id: number; ok: true; compared: CompareOutput }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; causes: ErrorCause[] } };
