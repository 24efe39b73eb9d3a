// Worker entry for evidence ZIPs (issue #11, finding 5): one archive per worker, off the event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error.js';
import { readOidfExport } from './oidf-export.js';
import type { EvidenceUnzipReply, EvidenceUnzipRequest } from './evidence-unzip.js';

const port = parentPort;
if (!port) throw new Error('evidence-unzip.worker must run in a worker thread');
const { bytes, limits } = workerData as EvidenceUnzipRequest;

readOidfExport(bytes, limits).then(
  (modules): EvidenceUnzipReply => ({ ok: true, modules }),
  (err: unknown): EvidenceUnzipReply => err instanceof DomainError
    ? { ok: false, error: { code: err.code, message: err.message, causes: err.causes } }
    : { ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err), causes: [] } },
).then((reply) => port.postMessage(reply), () => undefined);
