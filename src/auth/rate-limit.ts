import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerModuleOptions, type ThrottlerRequest, type ThrottlerStorage } from '@nestjs/throttler';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { DomainError } from '../common/errors/domain-error.js';
import { accessSpecOf, type RateClass } from './access.decorator.js';
import { ApiTokensService } from './api-tokens.service.js';
import { requestOf, type RegistryRequest } from './request-context.js';

// Budgets per minute: writes per token and per IP (a leaked or runaway CI token and a host spraying
// random tokens are both bounded), expensive reads per token or IP. Counters live in process memory:
// with N instances behind a balancer the effective limit is N times higher (documented in docs/ci.md).
//
// The per-token key is the id of the token the request authenticated as (issue #11, finding 8): any
// spelling of the Authorization header (`bearer`, `BEARER`, extra spaces) lands in the same bucket.
// Requests whose token does not authenticate count against their client IP. The client IP is what
// `trust proxy` (REGISTRY_TRUST_PROXY) makes of X-Forwarded-For.

const WINDOW_MS = 60_000;
const DOCUMENT_READ = 'document-read';
const TOKEN_KEYED: ReadonlySet<string> = new Set(['write-token', 'expensive-read']);

function rateClass(ctx: ExecutionContext): RateClass {
  return accessSpecOf(ctx.getHandler(), ctx.getClass())?.rate ?? 'none';
}

function hasAuthorization(req: { headers?: Record<string, unknown> }): boolean {
  const h = req.headers?.authorization;
  return typeof h === 'string' && h !== '';
}

type AnyRequest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- throttler's own type
const ipOf = (req: AnyRequest) => String(req.ip ?? 'unknown');
const byIp = (req: AnyRequest) => `ip:${ipOf(req)}`;
// The principal was resolved by RateLimitGuard.handleRequest before the tracker is asked.
export const byTokenOrIp = (req: AnyRequest) => {
  const id = (req as RegistryRequest).principal?.tokenId;
  return id ? `token:${id}` : byIp(req);
};

export function rateLimitOptions(config: RegistryConfig): ThrottlerModuleOptions {
  return {
    generateKey: (_ctx, tracker, name) => `${name}:${tracker}`,
    // The IP budget comes first: it needs no database work, so a host spraying made-up tokens is
    // stopped before any of them is looked up.
    throttlers: [
      { name: 'write-ip', ttl: WINDOW_MS, limit: config.REGISTRY_RATE_LIMIT_WRITES_PER_IP, getTracker: byIp, skipIf: (ctx) => rateClass(ctx) !== 'write' },
      {
        name: 'write-token', ttl: WINDOW_MS, limit: config.REGISTRY_RATE_LIMIT_WRITES, getTracker: byTokenOrIp,
        skipIf: (ctx) => rateClass(ctx) !== 'write' || !hasAuthorization(requestOf(ctx).req),
      },
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
  @Inject(ApiTokensService) private readonly tokens!: ApiTokensService;

  protected override getRequestResponse(ctx: ExecutionContext) {
    const { req, res } = requestOf(ctx);
    return { req: req as unknown as Record<string, unknown>, res: res as unknown as Record<string, unknown> };
  }

  protected override async handleRequest(props: ThrottlerRequest): Promise<boolean> {
    if (TOKEN_KEYED.has(props.throttler.name ?? '')) {
      // Resolve (and remember) the principal; an unusable token is answered by the access guard.
      await this.tokens.principalOf(requestOf(props.context).req).catch(() => null);
    }
    return super.handleRequest(props);
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
    private readonly tokens: ApiTokensService,
  ) {}

  async charge(req: AnyRequest): Promise<void> {
    // Key on the token id like the other budgets; an unusable token is answered by the access guard.
    await this.tokens.principalOf(req as RegistryRequest).catch(() => null);
    const limit = this.config.REGISTRY_RATE_LIMIT_DOCUMENT_READS;
    const key = `${DOCUMENT_READ}:${byTokenOrIp(req)}`;
    const hit = await this.storage.increment(key, WINDOW_MS, limit, WINDOW_MS, DOCUMENT_READ);
    if (hit.totalHits <= limit && !hit.isBlocked) return;
    const retryAfter = Math.max(1, Math.ceil(hit.timeToBlockExpire || hit.timeToExpire));
    (req.res as { setHeader?: (k: string, v: string) => void } | undefined)?.setHeader?.('Retry-After', String(retryAfter));
    throw new DomainError('RATE_LIMITED', `document read limit exceeded (${limit} per minute); retry in ${retryAfter} s`, [], { retryAfterSeconds: retryAfter });
  }
}
