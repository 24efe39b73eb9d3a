import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerStorage } from '@nestjs/throttler';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { DomainError } from '../common/errors/domain-error.js';
import { accessSpecOf, type RateClass } from './access.decorator.js';
import { hashTokenSecret } from './domain/token-secret.js';
import { requestOf } from './request-context.js';

// Budgets per minute: writes per token and per IP (a leaked or runaway CI token and a host spraying
// random tokens are both bounded), expensive reads per token or IP. Counters live in process memory:
// with N instances behind a balancer the effective limit is N times higher (documented in docs/ci.md).

const WINDOW_MS = 60_000;
const DOCUMENT_READ = 'document-read';

function rateClass(ctx: ExecutionContext): RateClass {
  return accessSpecOf(ctx.getHandler(), ctx.getClass())?.rate ?? 'none';
}

function bearer(req: { headers?: Record<string, unknown> }): string | undefined {
  const h = req.headers?.authorization;
  return typeof h === 'string' && h ? h : undefined;
}

type AnyRequest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- throttler's own type
const byToken = (req: AnyRequest) => `token:${hashTokenSecret(bearer(req) ?? '')}`;
const byIp = (req: AnyRequest) => `ip:${String(req.ip ?? 'unknown')}`;
export const byTokenOrIp = (req: AnyRequest) => (bearer(req) ? byToken(req) : byIp(req));

export function rateLimitOptions(config: RegistryConfig): ThrottlerModuleOptions {
  return {
    generateKey: (_ctx, tracker, name) => `${name}:${tracker}`,
    throttlers: [
      {
        name: 'write-token', ttl: WINDOW_MS, limit: config.REGISTRY_RATE_LIMIT_WRITES, getTracker: byToken,
        skipIf: (ctx) => rateClass(ctx) !== 'write' || !bearer(requestOf(ctx).req),
      },
      { name: 'write-ip', ttl: WINDOW_MS, limit: config.REGISTRY_RATE_LIMIT_WRITES_PER_IP, getTracker: byIp, skipIf: (ctx) => rateClass(ctx) !== 'write' },
      {
        name: 'expensive-read', ttl: WINDOW_MS, limit: config.REGISTRY_RATE_LIMIT_EXPENSIVE_READS, getTracker: byTokenOrIp,
        skipIf: (ctx) => rateClass(ctx) !== 'expensive',
      },
    ],
  };
}

/** @nestjs/throttler for both transports; a hit limit is RATE_LIMITED (429) with Retry-After. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override getRequestResponse(ctx: ExecutionContext) {
    const { req, res } = requestOf(ctx);
    return { req: req as unknown as Record<string, unknown>, res: res as unknown as Record<string, unknown> };
  }

  protected override async throwThrottlingException(ctx: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const { res } = requestOf(ctx);
    const retryAfter = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    res?.setHeader?.('Retry-After', String(retryAfter));
    throw new DomainError('RATE_LIMITED', `rate limit exceeded (${detail.limit} per minute); retry in ${retryAfter} s`, [], { retryAfterSeconds: retryAfter });
  }
}

/**
 * The document-read rate class of GraphQL: one unit per request that selects `contractVersion`,
 * `document` or `documentJson`, counted once before execution by the request-limits plugin (a guard
 * would count per root field). REST downloads stay outside it: one document per request, cacheable
 * by ETag. Resolvers declare `rate: 'document'` for the record; the throttler guard skips that class.
 */
@Injectable()
export class DocumentReadLimiter {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async charge(req: AnyRequest): Promise<void> {
    const limit = this.config.REGISTRY_RATE_LIMIT_DOCUMENT_READS;
    const key = `${DOCUMENT_READ}:${byTokenOrIp(req)}`;
    const hit = await this.storage.increment(key, WINDOW_MS, limit, WINDOW_MS, DOCUMENT_READ);
    if (hit.totalHits <= limit && !hit.isBlocked) return;
    const retryAfter = Math.max(1, Math.ceil(hit.timeToBlockExpire || hit.timeToExpire));
    (req.res as { setHeader?: (k: string, v: string) => void } | undefined)?.setHeader?.('Retry-After', String(retryAfter));
    throw new DomainError('RATE_LIMITED', `document read limit exceeded (${limit} per minute); retry in ${retryAfter} s`, [], { retryAfterSeconds: retryAfter });
  }
}
