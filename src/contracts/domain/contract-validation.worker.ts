// Worker entry of the validation pool: runs the pipeline off the main event loop, under resourceLimits.
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ParseLimits } from './contract-types.js';
import { lintParsedContract } from '../../guidelines/domain/lint-parsed-contract.js';
import { parseContractInline } from './parse-contract-inline.js';
import { warmUpAsyncApi } from './validate-asyncapi.js';
import type { WorkerReply, WorkerRequest } from './validation-protocol.js';

const port = parentPort;
if (!port) throw new Error('contract-validation.worker must run in a worker thread');

// Warm up before announcing readiness: the pool starts a task's time budget only after this.
void warmUpAsyncApi()
  .catch(() => undefined)
  .then(() => port.postMessage({ ready: true }));

port.on('message', (request: WorkerRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});

async function handle({ id, bytes, limits, lint }: WorkerRequest): Promise<WorkerReply> {
  try {
    const contract = await parseContractInline(bytes, limits as ParseLimits);
    if (lint) await lintParsedContract(contract, lint);
    return { id, ok: true, contract };
  } catch (err) {
    if (err instanceof DomainError) {
      return { id, ok: false, error: { code: err.code, message: err.message, causes: err.causes } };
    }
    return { id, ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err), causes: [] } };
  }
}
