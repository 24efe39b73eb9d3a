import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ParseLimits, ParsedContract } from './contract-types.js';
import { invalidDocument, issue } from './contract-issues.js';
import type { ResolvedProfile } from '../../guidelines/domain/profile-definition.js';
import type { WorkerReply } from './validation-protocol.js';

export interface ValidationPoolOptions {
  /** Workers kept alive (default: cores − 1, at least 1, at most 4). */
  size: number;
  /** V8 old-generation limit of each worker (default 512 MB). */
  maxOldGenerationSizeMb: number;
  /** Worker script; default: the compiled contract-validation.worker.js (see workerScriptUrl). */
  workerUrl: URL;
}

interface Task {
  id: number;
  bytes: Uint8Array;
  limits: ParseLimits;
  lint?: ResolvedProfile;
  resolve: (c: ParsedContract) => void;
  reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  task: Task | null;
  timer: NodeJS.Timeout | null;
}

const WORKER_FILE = 'contract-validation.worker.js';

/**
 * The worker script. From dist/ (production) it is the sibling `.js`; when this module runs as TypeScript
 * source (Jest), it is the compiled counterpart under `<project>/dist/` (`npm test` builds it first).
 */
export function workerScriptUrl(moduleUrl: string = import.meta.url): URL {
  const here = fileURLToPath(moduleUrl);
  if (here.endsWith('.js')) return new URL(`./${WORKER_FILE}`, moduleUrl);
  let root = dirname(here);
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  return pathToFileURL(join(root, 'dist', relative(root, dirname(here)), WORKER_FILE));
}

/**
 * A small pool of validation workers. Each task has a time budget, counted from when a warmed-up worker
 * takes it (start-up and parser warm-up are not charged to the upload); on expiry the worker is killed.
 */
export class ValidationPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Task[] = [];
  private nextId = 1;
  private readonly options: ValidationPoolOptions;

  constructor(options: Partial<ValidationPoolOptions> = {}) {
    this.options = {
      size: options.size ?? Math.min(4, Math.max(1, availableParallelism() - 1)),
      maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 512,
      workerUrl: options.workerUrl ?? workerScriptUrl(),
    };
  }

  run(bytes: Uint8Array, limits: ParseLimits, lint?: ResolvedProfile): Promise<ParsedContract> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, bytes, limits, lint, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts the workers ahead of the first upload (they load the parsers and warm up). */
  warmUp(): void {
    while (this.slots.size < this.options.size) this.spawn();
  }

  async close(): Promise<void> {
    const slots = [...this.slots];
    this.slots.clear();
    const closed = new DomainError('UNAVAILABLE', 'contract validation is shutting down');
    for (const s of slots) this.finish(s, null)?.reject(closed);
    this.rejectQueue(closed);
    await Promise.all(slots.map((s) => { s.worker.removeAllListeners(); return s.worker.terminate(); }));
  }

  private rejectQueue(err: unknown): void {
    for (const task of this.queue.splice(0)) task.reject(err);
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = [...this.slots].find((s) => s.ready && s.task === null);
      if (!slot) {
        // a starting worker picks the queue up once it reports ready
        const starting = [...this.slots].some((s) => !s.ready);
        if (!starting && this.slots.size < this.options.size) this.spawn();
        return;
      }
      const task = this.queue.shift() as Task;
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timedOut(slot), task.limits.timeoutMs);
      slot.worker.postMessage({ id: task.id, bytes: task.bytes, limits: task.limits, lint: task.lint });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxOldGenerationSizeMb },
    });
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    worker.unref(); // an idle pool never keeps the process alive
    worker.on('message', (reply: WorkerReply) => this.replied(slot, reply));
    worker.on('error', (err) => this.crashed(slot, err));
    worker.on('exit', () => this.crashed(slot, new Error('validation worker exited')));
    this.slots.add(slot);
    return slot;
  }

  private replied(slot: Slot, reply: WorkerReply): void {
    if ('ready' in reply) {
      slot.ready = true;
      this.dispatch();
      return;
    }
    const task = this.finish(slot, null);
    if (!task || task.id !== reply.id) return;
    if (reply.ok) task.resolve(reply.contract);
    else task.reject(new DomainError(reply.error.code, reply.error.message, reply.error.causes));
    this.dispatch();
  }

  private timedOut(slot: Slot): void {
    const task = this.finish(slot, null);
    this.retire(slot);
    task?.reject(invalidDocument([issue('TIME_LIMIT', `validation exceeded time budget (${task.limits.timeoutMs} ms)`)]));
    this.dispatch();
  }

  private crashed(slot: Slot, err: Error): void {
    const task = this.finish(slot, null);
    this.retire(slot);
    if (!slot.ready) {
      // the worker could not even start (e.g. dist/ not built): respawning would only loop
      this.rejectQueue(new DomainError('INTERNAL', `contract validation worker failed to start: ${err.message}`));
      return;
    }
    if (task) {
      const outOfMemory = (err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
      task.reject(
        outOfMemory
          ? invalidDocument([issue('RESOURCE_LIMIT', 'validation exceeded memory budget')])
          : new DomainError('INTERNAL', `contract validation failed unexpectedly: ${err.message}`),
      );
    }
    this.dispatch();
  }

  private finish(slot: Slot, next: Task | null): Task | null {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = next;
    slot.worker.unref();
    return task;
  }

  private retire(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
  }
}
