// Reads an evidence ZIP in a worker thread with a time and memory budget (issue #11, finding 5), so
// no archive, however crafted, blocks the event loop. One short-lived worker per upload: evidence
// uploads are rare, and a worker that overruns is simply terminated.
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';
import type { ErrorCode } from '../../common/errors/error-code.js';
import type { OidfModuleResult } from './oidf-export.js';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './safe-unzip.js';

export interface EvidenceUnzipRequest {
  bytes: Uint8Array;
  limits: ZipLimits;
}

export type EvidenceUnzipReply =
  | { ok: true; modules: OidfModuleResult[] }
  | { ok: false; error: { code: ErrorCode; message: string; causes: ErrorCause[] } };

export interface EvidenceUnzipOptions {
  limits?: ZipLimits;
  timeoutMs?: number;
  maxOldGenerationSizeMb?: number;
}

const WORKER_FILE = 'evidence-unzip.worker.js';

/** The compiled worker: the sibling `.js` in dist/, or its counterpart under dist/ when running TypeScript (Jest). */
function workerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return new URL(`./${WORKER_FILE}`, import.meta.url);
  let root = dirname(here);
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  return pathToFileURL(join(root, 'dist', relative(root, dirname(here)), WORKER_FILE));
}

export function readOidfExportInWorker(bytes: Uint8Array, opts: EvidenceUnzipOptions = {}): Promise<OidfModuleResult[]> {
  const timeoutMs = opts.timeoutMs ?? 10_000;
  const request: EvidenceUnzipRequest = { bytes, limits: opts.limits ?? DEFAULT_ZIP_LIMITS };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl(), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 256 },
    });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new DomainError('INVALID_DOCUMENT', `ZIP rejected: unpacking exceeded its time budget (${timeoutMs} ms)`,
      [{ message: `unpacking took longer than ${timeoutMs} ms`, code: 'ZIP_TIME_LIMIT' }]))), timeoutMs);
    worker.once('message', (reply: EvidenceUnzipReply) => settle(() => {
      if (reply.ok) resolve(reply.modules);
      else reject(new DomainError(reply.error.code, reply.error.message, reply.error.causes));
    }));
    worker.once('error', (err: Error & { code?: string }) => settle(() => reject(err.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new DomainError('PAYLOAD_TOO_LARGE', 'ZIP rejected: unpacking exceeded its memory budget', [{ message: 'memory budget exceeded', code: 'ZIP_LIMIT' }])
      : new DomainError('INTERNAL', `evidence unpacking failed unexpectedly: ${err.message}`))));
    worker.once('exit', () => settle(() => reject(new DomainError('INTERNAL', 'the evidence unpacking worker exited without an answer'))));
  });
}
