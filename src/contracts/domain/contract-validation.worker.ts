// Worker entry of the validation pool: runs the pipeline off the main event loop, under resourceLimits.
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ParseLimits } from './contract-types.js';
import { compareForPublish } from '../../compatibility/policy/compare-for-publish.js';
import { prepareSearchIndex } from '../../search/domain/prepare-search-document.js';
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

async function handle(request: WorkerRequest): Promise<WorkerReply> {
  const { id } = request;
  try {
    if ('compare' in request) return { id, ok: true, compared: compareForPublish(request.compare) };
    const { bytes, limits } = request;
    const contract = await parseContractInline(bytes, limits as ParseLimits);
    if (request.lint) await lintParsedContract(contract, request.lint);
    // The CPU-heavy half of indexing runs here too, so the publish transaction on the main thread only writes rows.
    contract.search = prepareSearchIndex(contract.document);
    // Sent as JSON text: a string crosses to the main thread as one copy, an object graph of 20,000 paths
    // takes ~0.4 s to deserialise there, and the jsonb insert needs the text anyway.
    const { document, ...rest } = contract;
    return { id, ok: true, contract: rest, documentJson: JSON.stringify(document) };
  } catch (err) {
    if (err instanceof DomainError) {
      return { id, ok: false, error: { code: err.code, message: err.message, causes: err.causes } };
    }
    return { id, ok: false, error: { code: 'INTERNAL', message: err instanceof Error ? err.message : String(err), causes: [] } };
  }
}
