import type { ErrorCause } from '../../common/errors/domain-error.js';
import type { ErrorCode } from '../../common/errors/error-code.js';
import type { ResolvedProfile } from '../../guidelines/domain/profile-definition.js';
import type { ParseLimits, ParsedContract } from './contract-types.js';

// Messages between the validation pool and its workers (structured-cloned).
export interface WorkerRequest {
  id: number;
  bytes: Uint8Array;
  limits: ParseLimits;
  /** When set, the valid document is also linted against this profile (issue #16), same budget. */
  lint?: ResolvedProfile;
}

export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; contract: ParsedContract }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; causes: ErrorCause[] } };
