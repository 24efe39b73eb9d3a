import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';

// Bounded memory: at most this many pages (the service caches pages of up to 50 hits only).
const MAX_ENTRIES = 200;

/**
 * Recent search results of this instance, for at most REGISTRY_SEARCH_CACHE_SECONDS (0 = off).
 * Every publish and component change in this instance empties it twice: when the write happens and
 * again when its transaction ends, so a search that read the database while the write was open cannot
 * store a result from before the commit. Writes by other instances are seen after the TTL at the latest.
 */
@Injectable()
export class SearchCache<T = unknown> implements OnModuleInit {
  private ttlMs: number;
  private readonly entries = new Map<string, { value: T; expires: number }>();
  /** Searches running now: identical concurrent requests wait for one computation (no stampede on expiry). */
  private readonly running = new Map<string, Promise<T>>();
  private generation = 0;
  private readonly openWrites = new WeakSet<QueryRunner>();

  constructor(@Inject(REGISTRY_CONFIG) config: RegistryConfig, @InjectDataSource() private readonly ds: DataSource) {
    this.ttlMs = config.REGISTRY_SEARCH_CACHE_SECONDS * 1000;
  }

  onModuleInit(): void {
    const ended = (event: { queryRunner: QueryRunner }) => {
      if (this.openWrites.has(event.queryRunner)) {
        this.openWrites.delete(event.queryRunner);
        this.clear();
      }
    };
    const subscriber: EntitySubscriberInterface = { afterTransactionCommit: ended, afterTransactionRollback: ended };
    this.ds.subscribers.push(subscriber);
  }

  /** For the benchmark: the same loaded instance measured with and without the cache. */
  setTtlSeconds(seconds: number): void {
    this.ttlMs = seconds * 1000;
    this.clear();
  }

  /** The cached value, or the computed one (stored unless the index changed meanwhile). */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    if (!this.ttlMs) return compute();
    const hit = this.entries.get(key);
    if (hit && hit.expires > Date.now()) return hit.value;
    if (hit) this.entries.delete(key);
    const running = this.running.get(key);
    if (running) return running;
    const generation = this.generation;
    const promise = compute().then((value) => {
      if (generation === this.generation) {
        if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
        this.entries.set(key, { value, expires: Date.now() + this.ttlMs });
      }
      return value;
    }).finally(() => {
      if (this.running.get(key) === promise) this.running.delete(key);
    });
    this.running.set(key, promise);
    return promise;
  }

  /** Called by the index writers inside their transaction. */
  invalidate(em?: EntityManager): void {
    if (em?.queryRunner?.isTransactionActive) this.openWrites.add(em.queryRunner);
    this.clear();
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
    // A search already running may have read the old index: later requests start their own.
    this.running.clear();
  }
}
