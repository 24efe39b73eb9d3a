import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DomainError } from '../../common/errors/domain-error.js';
import { withLazyDocument, type ParseLimits, type ParsedContract } from './contract-types.js';
import { invalidDocument, issue } from './contract-issues.js';
import type { CompareInput, CompareOutput } from '../../compatibility/policy/compare-for-publish.js';
import type { WorkerReply, WorkerRequest } from './validation-protocol.js';
import type { ResolvedProfile } from '../../guidelines/domain/profile-definition.js';

export interface ValidationPoolOptions {
  /** Workers kept alive (default: the number of cores, at least 2, at most 4). */
  size: number;
  /** Validations of one owner (API token) running at once; more wait in that owner's queue (default 2). */
  perOwnerConcurrency: number;
  /** Longest wait in the queue before a task is refused with UNAVAILABLE (default 30 s). */
  queueMs: number;
  /** Documents above this many bytes are "big": they may occupy at most size − 1 workers (default 256 KiB). */
  bigBytes: number;
  /** V8 old-generation limit of each worker (default 512 MB). */
  maxOldGenerationSizeMb: number;
  /** Worker script; default: the compiled contract-validation.worker.js (see workerScriptUrl). */
  workerUrl: URL;
}

interface Task {
  id: number;
  owner: string;
  message: WorkerRequest;
  timeoutMs: number;
  /** What the time limit message names. */
  what: string;
  big: boolean;
  /** Runs before any queued validation, past the owner's cap: the compatibility diff of a publish holding its row lock. */
  urgent: boolean;
  queueTimer: NodeJS.Timeout | null;
  resolve: (reply: WorkerReply) => void;
  reject: (e: unknown) => void;
}

/** Who a task is queued for: the API token id (null = anonymous/operator tooling, one shared queue). */
export type TaskOwner = string | null;

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

export const DEFAULT_POOL_SIZE = Math.min(4, Math.max(2, availableParallelism()));

/**
 * A small pool of validation workers (parse, validate, search-index preparation). Each task has a time
 * budget, counted from when a warmed-up worker takes it (start-up and parser warm-up are not charged to
 * the upload); on expiry the worker is killed.
 *
 * Fairness (ADR 0003): one queue per owner (API token), served round-robin, at most `perOwnerConcurrency`
 * running per owner; big documents never take the last free worker, so a small upload never waits behind
 * big ones; a task still queued after `queueMs` is refused with UNAVAILABLE (503, Retry-After).
 */
export class ValidationPool {
  private readonly slots = new Set<Slot>();
  /** Queued tasks per owner; Map order is the round-robin order (an owner served moves to the end). */
  private readonly queues = new Map<string, Task[]>();
  private readonly running = new Map<string, number>();
  private nextId = 1;
  private readyWaiters: (() => void)[] = [];
  private readonly options: ValidationPoolOptions;

  constructor(options: Partial<ValidationPoolOptions> = {}) {
    this.options = {
      size: options.size ?? DEFAULT_POOL_SIZE,
      perOwnerConcurrency: options.perOwnerConcurrency ?? 2,
      queueMs: options.queueMs ?? 30_000,
      bigBytes: options.bigBytes ?? 256 * 1024,
      maxOldGenerationSizeMb: options.maxOldGenerationSizeMb ?? 512,
      workerUrl: options.workerUrl ?? workerScriptUrl(),
    };
  }

  /**
   * `lint`: also lint the valid document against this profile (issue #16) in the same task, which then gets
   * the lint's own budget on top (Spectral runs synchronously and cannot be interrupted). A document whose
   * lint does not finish in time or memory is validated again without it and reported as not linted: a
   * valid document is never refused because its guideline check is slow or large.
   */
  run(bytes: Uint8Array, limits: ParseLimits, owner: TaskOwner = null, lint?: ResolvedProfile): Promise<ParsedContract> {
    const attempt = (withLint: boolean): Promise<ParsedContract> => {
      const id = this.nextId++;
      const message: WorkerRequest = withLint && lint ? { id, bytes, limits, lint } : { id, bytes, limits };
      const timeoutMs = withLint ? limits.timeoutMs * 2 : limits.timeoutMs;
      return this.enqueue({ id, message, timeoutMs, what: 'validation', big: bytes.byteLength > this.options.bigBytes, urgent: false }, owner)
        .then((reply) => {
          if (!('contract' in reply)) throw new DomainError('INTERNAL', 'validation worker answered out of protocol');
          return withLazyDocument(reply.contract, reply.documentJson);
        });
    };
    if (!lint) return attempt(false);
    return attempt(true).catch(async (err: unknown) => {
      const limit = budgetExceeded(err);
      if (!limit) throw err;
      const parsed = await attempt(false);
      parsed.guidelinesError = `not linted: the guideline check exceeded the validation ${limit === 'TIME_LIMIT' ? `time budget (${limits.timeoutMs} ms)` : 'memory budget'}`;
      return parsed;
    });
  }

  /** The compatibility diff of a publish (CPU-heavy for big documents), under the same queue and fairness. */
  compare(input: CompareInput, timeoutMs: number, owner: TaskOwner = null): Promise<CompareOutput> {
    const id = this.nextId++;
    const size = input.candidateJson.length + input.earlier.reduce((n, e) => n + e.documentJson.length, 0);
    return this.enqueue({ id, message: { id, compare: input }, timeoutMs, what: 'compatibility check', big: size > this.options.bigBytes, urgent: true }, owner)
      .then((reply) => {
        if (!('compared' in reply)) throw new DomainError('INTERNAL', 'validation worker answered out of protocol');
        return reply.compared;
      });
  }

  private enqueue(spec: Pick<Task, 'id' | 'message' | 'timeoutMs' | 'what' | 'big' | 'urgent'>, owner: TaskOwner): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      const key = owner ?? '';
      const task: Task = { ...spec, owner: key, queueTimer: null, resolve, reject };
      task.queueTimer = setTimeout(() => this.queueExpired(task), this.options.queueMs);
      task.queueTimer.unref();
      const queue = this.queues.get(key);
      if (queue) queue.push(task);
      else this.queues.set(key, [task]);
      this.dispatch();
    });
  }

  /** Tasks waiting for a worker (all owners). */
  get queued(): number {
    let n = 0;
    for (const q of this.queues.values()) n += q.length;
    return n;
  }

  private queueExpired(task: Task): void {
    const queue = this.queues.get(task.owner);
    const at = queue ? queue.indexOf(task) : -1;
    if (!queue || at < 0) return;
    if (![...this.slots].some((s) => s.ready)) {
      // the workers are still starting (boot, or after a crash): start-up is not the upload's wait
      task.queueTimer = setTimeout(() => this.queueExpired(task), this.options.queueMs);
      task.queueTimer.unref();
      return;
    }
    queue.splice(at, 1);
    if (queue.length === 0) this.queues.delete(task.owner);
    const retryAfterSeconds = Math.max(1, Math.ceil(this.options.queueMs / 1000));
    task.reject(new DomainError('UNAVAILABLE', `contract validation is busy: the upload waited ${this.options.queueMs} ms for a free worker; retry in ${retryAfterSeconds} s`, [], { retryAfterSeconds }));
  }

  /** Starts the workers ahead of the first upload (they load the parsers and warm up). */
  warmUp(): void {
    while (this.slots.size < this.options.size) this.spawn();
  }

  /** Resolves once every worker of the pool has started and warmed up (tests, benchmarks). */
  whenReady(): Promise<void> {
    this.warmUp();
    if (this.allReady()) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  private allReady(): boolean {
    return this.slots.size >= this.options.size && [...this.slots].every((s) => s.ready);
  }

  /**
   * Shutdown without cutting in-flight publishes short: terminates the workers once nothing has been queued
   * or running for `idleMs` (a publish's diff task may follow its validation). Does not block process exit.
   */
  closeWhenIdle(idleMs = 500): void {
    let idleSince = performance.now();
    const check = () => {
      if (this.queued > 0 || this.running.size > 0) idleSince = performance.now();
      else if (performance.now() - idleSince >= idleMs) return void this.close();
      setTimeout(check, 100).unref();
    };
    check();
  }

  async close(): Promise<void> {
    const slots = [...this.slots];
    this.slots.clear();
    const closed = new DomainError('UNAVAILABLE', 'contract validation is shutting down');
    for (const s of slots) this.finish(s)?.reject(closed);
    this.rejectQueue(closed);
    await Promise.all(slots.map((s) => { s.worker.removeAllListeners(); return s.worker.terminate(); }));
  }

  private rejectQueue(err: unknown): void {
    const tasks = [...this.queues.values()].flat();
    this.queues.clear();
    for (const task of tasks) {
      if (task.queueTimer) clearTimeout(task.queueTimer);
      task.reject(err);
    }
  }

  private dispatch(): void {
    while (this.queued > 0) {
      const free = [...this.slots].filter((s) => s.ready && s.task === null);
      if (free.length === 0) {
        // a starting worker picks the queue up once it reports ready
        const starting = [...this.slots].some((s) => !s.ready);
        if (!starting && this.slots.size < this.options.size) this.spawn();
        return;
      }
      if (this.slots.size < this.options.size && free.length === 1 && ![...this.slots].some((s) => !s.ready)) this.spawn();
      const task = this.nextTask();
      if (!task) return;
      const slot = free[0];
      if (task.queueTimer) clearTimeout(task.queueTimer);
      task.queueTimer = null;
      this.running.set(task.owner, (this.running.get(task.owner) ?? 0) + 1);
      slot.task = task;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.timedOut(slot), task.timeoutMs);
      slot.worker.postMessage(task.message);
    }
  }

  /**
   * The next task by the fairness policy: owners in round-robin order, skipping owners at their
   * concurrency cap; an owner's big document is skipped while it would take the last free worker.
   */
  private nextTask(): Task | null {
    const bigRunning = [...this.slots].filter((s) => s.task?.big).length;
    const bigAllowed = bigRunning < Math.max(1, this.options.size - 1);
    // A publish waiting for its diff holds its contract row lock and a database connection: it goes first.
    for (const [owner, queue] of this.queues) {
      const at = queue.findIndex((t) => t.urgent);
      if (at < 0) continue;
      const [task] = queue.splice(at, 1);
      if (queue.length === 0) this.queues.delete(owner);
      return task;
    }
    for (const [owner, queue] of this.queues) {
      if ((this.running.get(owner) ?? 0) >= this.options.perOwnerConcurrency) continue;
      const at = queue.findIndex((t) => !t.big || bigAllowed);
      if (at < 0) continue;
      const [task] = queue.splice(at, 1);
      this.queues.delete(owner);
      if (queue.length > 0) this.queues.set(owner, queue); // served: to the back of the round
      return task;
    }
    return null;
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
      if (this.allReady()) for (const resolve of this.readyWaiters.splice(0)) resolve();
      this.dispatch();
      return;
    }
    const task = this.finish(slot);
    if (!task || task.id !== reply.id) return;
    if (reply.ok) task.resolve(reply);
    else task.reject(new DomainError(reply.error.code, reply.error.message, reply.error.causes));
    this.dispatch();
  }

  private timedOut(slot: Slot): void {
    const task = this.finish(slot);
    this.retire(slot);
    task?.reject(invalidDocument([issue('TIME_LIMIT', `${task.what} exceeded time budget (${task.timeoutMs} ms)`)]));
    this.dispatch();
  }

  private crashed(slot: Slot, err: Error): void {
    const task = this.finish(slot);
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

  private finish(slot: Slot): Task | null {
    const task = slot.task;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    slot.worker.unref();
    if (task) {
      const n = (this.running.get(task.owner) ?? 1) - 1;
      if (n > 0) this.running.set(task.owner, n);
      else this.running.delete(task.owner);
    }
    return task;
  }

  private retire(slot: Slot): void {
    if (!this.slots.delete(slot)) return;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate();
  }
}

function budgetExceeded(err: unknown): 'TIME_LIMIT' | 'RESOURCE_LIMIT' | null {
  if (!(err instanceof DomainError)) return null;
  const code = err.causes.map((c) => (c as { code?: string }).code).find((c) => c === 'TIME_LIMIT' || c === 'RESOURCE_LIMIT');
  return (code as 'TIME_LIMIT' | 'RESOURCE_LIMIT' | undefined) ?? null;
}
