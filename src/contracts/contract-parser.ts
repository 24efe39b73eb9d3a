import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import type { CompareInput, CompareOutput } from '../compatibility/policy/compare-for-publish.js';
import type { ParsedContract } from './domain/contract-types.js';
import { payloadTooLarge } from './domain/contract-issues.js';
import { resolveParseLimits } from './domain/contract-types.js';
import { ValidationPool, type TaskOwner } from './domain/validation-pool.js';
import type { ResolvedProfile } from '../guidelines/domain/profile-definition.js';

/**
 * Nest-facing wrapper of the pure parse/validate pipeline, with the configured limits and this instance's
 * validation worker pool (per-token fairness and a queue deadline, ADR 0003).
 */
@Injectable()
export class ContractParser implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly pool: ValidationPool;

  constructor(@Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig) {
    this.pool = new ValidationPool({
      ...(config.REGISTRY_VALIDATION_WORKERS ? { size: config.REGISTRY_VALIDATION_WORKERS } : {}),
      perOwnerConcurrency: config.REGISTRY_PUBLISH_CONCURRENCY_PER_TOKEN,
      queueMs: config.REGISTRY_VALIDATION_QUEUE_MS,
    });
  }

  /** The workers start with the app (not on the first upload), so a first big upload has a second worker. */
  onApplicationBootstrap(): void {
    this.pool.warmUp();
  }

  /** Resolves once all validation workers are warm (tests and benchmarks measure uploads, not start-up). */
  whenReady(): Promise<void> {
    return this.pool.whenReady();
  }

  /**
   * `owner`: the API token id the upload came with; its uploads share one fair-queue slot.
   * `declaredSyntax` 'json': the upload said Content-Type application/json, so it must be JSON.
   * With `lint`, the worker also lints the valid document against that profile (same time and memory budget).
   */
  parse(bytes: Uint8Array, owner: TaskOwner = null, declaredSyntax?: 'json', lint?: ResolvedProfile): Promise<ParsedContract> {
    const limits = resolveParseLimits({ maxBytes: this.config.REGISTRY_MAX_DOCUMENT_BYTES, timeoutMs: this.config.REGISTRY_VALIDATION_TIMEOUT_MS, declaredSyntax });
    // checked here too, so an oversized body is never copied into a worker
    if (bytes.byteLength > limits.maxBytes) return Promise.reject(payloadTooLarge(bytes.byteLength, limits.maxBytes));
    return this.pool.run(bytes, limits, owner, lint);
  }

  /** The compatibility diff of a publish, in the same pool (same owner queue and time budget). */
  compare(input: CompareInput, owner: TaskOwner = null): Promise<CompareOutput> {
    return this.pool.compare(input, this.config.REGISTRY_VALIDATION_TIMEOUT_MS, owner);
  }

  /** In-flight publishes (SIGTERM) finish first: the workers stop once the pool has been idle a moment. */
  onApplicationShutdown(): void {
    this.pool.closeWhenIdle();
  }
}
