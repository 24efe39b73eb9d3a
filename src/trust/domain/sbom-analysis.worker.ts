// Worker entry: SBOM analysis off the main event loop (see sbom-pool.ts).
import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error.js';
import { analyseSbom, type SbomLimits } from './analyse-sbom.js';
import { warmUpSchemas } from './schema-validators.js';

const port = parentPort;
if (!port) throw new Error('sbom-analysis.worker must run in a worker thread');

warmUpSchemas();
port.postMessage({ ready: true });

port.on('message', ({ id, bytes, limits }: { id: number; bytes: Uint8Array; limits: SbomLimits }) => {
  try {
    port.postMessage({ id, ok: true, result: analyseSbom(bytes, limits) });
  } catch (err) {
    const e = err instanceof DomainError ? err : new DomainError('INTERNAL', err instanceof Error ? err.message : String(err));
    port.postMessage({ id, ok: false, error: { code: e.code, message: e.message, causes: e.causes } });
  }
});
