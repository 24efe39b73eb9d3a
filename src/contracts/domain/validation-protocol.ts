import type { ErrorCause } from '../../common/errors/domain-error.js';
import type { ErrorCode } from '../../common/errors/error-code.js';
import type { CompareInput, CompareOutput } from '../../compatibility/policy/compare-for-publish.js';
import type { ParseLimits, ParsedContract } from './contract-types.js';

// Messages between the validation pool and its workers (structured-cloned).
export type WorkerRequest =
  | { id: number; bytes: Uint8Array; limits: ParseLimits }
  | { id: number; compare: CompareInput };

export type WorkerReply =
  | { ready: true }
  | { id: number; ok: true; contract: Omit<ParsedContract, 'document'>; documentJson: string }
  | { id: number; ok: true; compared: CompareOutput }
  | { id: number; ok: false; error: { code: ErrorCode; message: string; causes: ErrorCause[] } };
