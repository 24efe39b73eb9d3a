import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';
import type { ErrorCode } from '../../common/errors/error-code.js';
import { invalidDocument, issue } from '../../contracts/domain/contract-issues.js';
import type { SbomLimits } from './analyse-sbom.js';
import type { AnalysedSbom } from './sbom-types.js';

type Reply = { ready: true } | { id: number; ok: true; result: AnalysedSbom } | { id: number; ok: false; error: { code: ErrorCode; message: string; causes: ErrorCause[] } };

interface Task { id: number; bytes: Uint8Array; limits: SbomLimits; resolve: (r: AnalysedSbom) => void; reject: (e: unknown) => void }

// Same layout rule as the contract validation pool: compiled sibling under dist/ when run from source.
function workerUrl(): URL {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) return new URL('./sbom-analysis.worker.js', import.meta.url);
  let root = dirname(here);
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  return pathToFileURL(join(root, 'dist', relative(root, dirname(here)), 'sbom-analysis.worker.js'));
}

/**
 * One SBOM worker, tasks queued (an SBOM upload is rare next to reads; one worker keeps the second core
 * for requests). Time budget per task counted from when the warmed-up worker takes it; on expiry or
 * out-of-memory the worker is replaced.
 */
export class SbomPool {
  private worker: Worker | null = null;
  private ready = false;
  private current: (Task & { timer: NodeJS.Timeout }) | null = null;
  private readonly queue: Task[] = [];
  private nextId = 1;

  constructor(private readonly maxOldGenerationSizeMb = 1024) {}

  run(bytes: Uint8Array, limits: SbomLimits): Promise<AnalysedSbom> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, limits, resolve, reject });
      this.dispatch();
    });
  }

  warmUp(): void {
    if (!this.worker) this.spawn();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    const closed = new DomainError('UNAVAILABLE', 'SBOM analysis is shutting down');
    this.finish()?.reject(closed);
    for (const t of this.queue.splice(0)) t.reject(closed);
    if (w) { w.removeAllListeners(); await w.terminate(); }
  }

  private dispatch(): void {
    if (!this.worker) this.spawn();
    if (!this.ready || this.current || !this.queue.length) return;
    const task = this.queue.shift() as Task;
    this.current = { ...task, timer: setTimeout(() => this.fail(invalidDocument([issue('TIME_LIMIT', `SBOM analysis exceeded its time budget (${task.limits.timeoutMs} ms)`)])), task.limits.timeoutMs) };
    this.worker?.ref();
    this.worker?.postMessage({ id: task.id, bytes: task.bytes, limits: task.limits });
  }

  private spawn(): void {
    const w = new Worker(workerUrl(), { resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenerationSizeMb } });
    this.worker = w;
    this.ready = false;
    w.unref();
    w.on('message', (reply: Reply) => {
      if ('ready' in reply) { this.ready = true; this.dispatch(); return; }
      const task = this.finish();
      if (!task || task.id !== reply.id) return;
      if (reply.ok) task.resolve(reply.result);
      else task.reject(new DomainError(reply.error.code, reply.error.message, reply.error.causes));
      this.dispatch();
    });
    const crashed = (err: Error) => {
      if (this.worker !== w) return;
      const started = this.ready;
      const oom = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      this.fail(oom ? invalidDocument([issue('RESOURCE_LIMIT', 'SBOM analysis exceeded its memory budget')]) : new DomainError('INTERNAL', `SBOM analysis failed: ${err.message}`));
      if (!started) for (const t of this.queue.splice(0)) t.reject(new DomainError('INTERNAL', `SBOM worker failed to start: ${err.message}`));
    };
    w.on('error', crashed);
    w.on('exit', () => crashed(new Error('SBOM worker exited')));
  }

  private fail(err: unknown): void {
    const w = this.worker;
    this.worker = null;
    this.ready = false;
    this.finish()?.reject(err);
    if (w) { w.removeAllListeners(); w.on('error', () => undefined); void w.terminate(); }
    if (this.queue.length) this.dispatch();
  }

  private finish(): Task | null {
    const t = this.current;
    if (t) clearTimeout(t.timer);
    this.current = null;
    this.worker?.unref();
    return t;
  }
}
