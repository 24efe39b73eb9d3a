import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { isKebabCase } from '../components/domain/component-facts.js';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import type { ApiToken } from './api-token.entity.js';
import { AuthRepository } from './auth.repository.js';
import { ForbiddenError, UnauthenticatedError } from './auth.errors.js';
import type { Principal, TokenRole } from './domain/access-policy.js';
import { bearerToken, displayPrefix, generateTokenSecret, hashTokenSecret } from './domain/token-secret.js';
import { clampExpiry, derivedOwner, mayRevoke } from './domain/token-policy.js';
import type { RegistryRequest } from './request-context.js';

export interface CreateTokenCommand {
  name: string;
  /** Who acts with the token. Only ADMIN may choose it; otherwise it is derived from the creator. */
  owner?: string;
  role: TokenRole;
  components?: string[];
  contracts?: string[];
  /** Clamped to REGISTRY_TOKEN_MAX_DAYS and to the creating token's own expiry. */
  expiresAt?: Date | null;
  /** Use this secret instead of a random one (only for REGISTRY_ADMIN_TOKEN). */
  presetSecret?: string;
}

export interface CreatedToken {
  token: ApiToken;
  /** The secret, returned exactly once. */
  secret: string;
}

/** The actor of operator tooling (CLI, bootstrap): full rights, no token. */
export function systemPrincipal(name: string): Principal {
  return { tokenId: '', name, tokenName: name, role: 'ADMIN', components: [], contracts: [], expiresAt: null };
}

const LAST_USED_GRANULARITY_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type TokenLifetimeConfig = Pick<RegistryConfig, 'REGISTRY_TOKEN_MAX_DAYS'>;

@Injectable()
export class ApiTokensService {
  clock: () => Date = () => new Date();

  constructor(
    private readonly repo: AuthRepository,
    private readonly audit: AuditService,
    @Inject(REGISTRY_CONFIG) private readonly config: TokenLifetimeConfig,
  ) {}

  /**
   * The principal of an HTTP request, resolved once per request and remembered on it (the rate-limit
   * guard and the access guard both need it). An unusable token is remembered as its error.
   */
  async principalOf(req: RegistryRequest): Promise<Principal | null> {
    if (!req.authChecked) {
      try {
        req.principal = (await this.authenticate(req.headers.authorization)) ?? undefined;
      } catch (err) {
        req.authError = err;
      }
      req.authChecked = true;
    }
    if (req.authError) throw req.authError;
    return req.principal ?? null;
  }

  /** Resolves the Authorization header to a principal; null when absent; UNAUTHENTICATED when unusable. */
  async authenticate(authorization: string | undefined): Promise<Principal | null> {
    const secret = bearerToken(authorization);
    if (secret === undefined) return null;
    if (secret === null) throw new UnauthenticatedError('malformed Authorization header: expected "Bearer <token>"');
    const token = await this.repo.findTokenByHash(hashTokenSecret(secret));
    if (!token) throw new UnauthenticatedError('unknown API token');
    const now = this.clock();
    if (token.revokedAt) throw new UnauthenticatedError('this API token was revoked');
    if (token.expiresAt && token.expiresAt.getTime() <= now.getTime()) throw new UnauthenticatedError('this API token has expired');
    // A CI token a PLATFORM_OWNER minted works only while its creator still holds that role.
    if (token.role === 'PUBLISHER' && token.createdByTokenId && !(await this.repo.creatorStillEntitled(token.createdByTokenId, token.scopeComponents))) {
      throw new UnauthenticatedError('this API token no longer works: the role it was created under was revoked');
    }
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
      await this.repo.touchLastUsed(token.id);
    }
    return toPrincipal(token);
  }

  async create(actor: Principal, cmd: CreateTokenCommand): Promise<CreatedToken> {
    const now = this.clock();
    const input = normalise(cmd, actor, now);
    await authorizeCreate(actor, input, cmd.owner, (owner, slug) => this.repo.rolesOn(owner, slug));
    const expiresAt = clampExpiry(input.expiresAt, now, this.config.REGISTRY_TOKEN_MAX_DAYS, actor.expiresAt ?? null);
    const secret = cmd.presetSecret ?? generateTokenSecret();
    const token = await this.repo.transaction(async (em) => {
      // The creating token must still be valid when the new one commits (a concurrent revocation of
      // the parent waits for this transaction, then revokes the new token with it).
      if (actor.tokenId && !(await this.repo.lockLiveToken(em, actor.tokenId))) throw new UnauthenticatedError('this API token was revoked');
      const row = await this.repo.insertToken(em, {
        name: input.name, owner: input.owner, role: input.role, scopeComponents: input.components,
        scopeContracts: input.contracts, expiresAt, tokenHash: hashTokenSecret(secret),
        tokenPrefix: displayPrefix(secret), createdBy: actor.name, createdByTokenId: actor.tokenId || null,
      });
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId || null, action: 'token.created', subjectType: 'api_token',
        subject: row.id, component: input.components.length === 1 ? input.components[0] : null, after: tokenState(row),
        details: { name: row.name, owner: row.owner, role: row.role, components: row.scopeComponents, contracts: row.scopeContracts, expiresAt: row.expiresAt?.toISOString() ?? null },
      });
      return row;
    });
    return { token, secret };
  }

  /**
   * ADMIN: any token; USER: itself, the tokens it created, and PUBLISHER tokens of components it is
   * PLATFORM_OWNER of; PUBLISHER: none (token-policy.ts). Tokens created by the revoked one are
   * revoked with it, transitively, in the same transaction. Revoking twice is a no-op.
   */
  async revoke(actor: Principal, id: string): Promise<ApiToken> {
    if (actor.role === 'PUBLISHER') throw new ForbiddenError('PUBLISHER tokens may not revoke tokens');
    if (!UUID.test(id)) throw new DomainError('NOT_FOUND', `API token "${id}" not found`);
    return this.repo.transaction(async (em) => {
      const token = await this.repo.findTokenById(id, em, true);
      const ownsAll = !!token && actor.role === 'USER' && token.role === 'PUBLISHER' && await this.ownsAll(actor.name, token.scopeComponents, em);
      // Tokens the actor may not manage look exactly like missing ones.
      if (!token || !mayRevoke(actor, token, ownsAll)) throw new DomainError('NOT_FOUND', `API token "${id}" not found`);
      if (token.revokedAt) return token;
      const at = this.clock();
      const revoked = await this.repo.revokeTree(em, id, at);
      for (const t of revoked) {
        const cascade = t.id !== id;
        await this.audit.append(em, {
          actor: actor.name, actorTokenId: actor.tokenId || null, action: 'token.revoked', subjectType: 'api_token',
          subject: t.id, before: tokenState({ ...t, revokedAt: null }), after: tokenState({ ...t, revokedAt: at }),
          details: { name: t.name, owner: t.owner, ...(cascade ? { revokedWith: id } : { cascaded: revoked.length - 1 }) },
        });
      }
      return { ...token, revokedAt: at };
    });
  }

  private async ownsAll(subject: string, slugs: readonly string[], em: EntityManager): Promise<boolean> {
    for (const slug of slugs) if (!(await this.repo.rolesOn(subject, slug, em)).includes('PLATFORM_OWNER')) return false;
    return true;
  }

  list(limit: number): Promise<ApiToken[]> {
    return this.repo.listTokens(limit);
  }

  countTokens(): Promise<number> {
    return this.repo.countTokens();
  }

  async existsWithSecret(secret: string): Promise<boolean> {
    return (await this.repo.findTokenByHash(hashTokenSecret(secret))) !== null;
  }
}

export function toPrincipal(t: ApiToken): Principal {
  return {
    tokenId: t.id, name: t.owner, tokenName: t.name, role: t.role, components: t.scopeComponents ?? [], contracts: t.scopeContracts ?? [],
    expiresAt: t.expiresAt,
  };
}

function tokenState(t: Pick<ApiToken, 'id' | 'name' | 'owner' | 'role' | 'scopeComponents' | 'scopeContracts' | 'expiresAt' | 'revokedAt' | 'tokenPrefix'>) {
  return {
    id: t.id, name: t.name, owner: t.owner, role: t.role, components: t.scopeComponents, contracts: t.scopeContracts,
    expiresAt: t.expiresAt, revokedAt: t.revokedAt, tokenPrefix: t.tokenPrefix,
  };
}

type NormalisedToken = Required<Omit<CreateTokenCommand, 'presetSecret'>>;

function normalise(cmd: CreateTokenCommand, actor: Principal, now: Date): NormalisedToken {
  const name = cmd.name?.trim() ?? '';
  // Only an ADMIN chooses the owner; everyone else gets the one derived from their own identity.
  const owner = actor.role === 'ADMIN' ? (cmd.owner ?? actor.name).trim() : derivedOwner(actor, cmd.role, name);
  const components = [...new Set((cmd.components ?? []).map((c) => c.trim()))];
  const contracts = [...new Set((cmd.contracts ?? []).map((c) => c.trim()))];
  const causes = [];
  if (!name || name.length > 100) causes.push({ pointer: '/name', message: 'name must be 1–100 characters' });
  if (!owner || owner.length > 200) causes.push({ pointer: '/owner', message: 'owner must be 1–200 characters' });
  if (cmd.role === 'PUBLISHER' && components.length === 0) causes.push({ pointer: '/components', message: 'a PUBLISHER token needs at least one component' });
  if (cmd.role !== 'PUBLISHER' && (components.length || contracts.length)) causes.push({ pointer: '/components', message: 'only PUBLISHER tokens carry a component scope' });
  for (const c of [...components, ...contracts]) if (!isKebabCase(c)) causes.push({ pointer: '/components', message: `"${c}" is not kebab-case` });
  if (cmd.expiresAt && cmd.expiresAt.getTime() <= now.getTime()) causes.push({ pointer: '/expiresAt', message: 'expiry must lie in the future' });
  if (causes.length) throw new DomainError('VALIDATION_FAILED', `token input is invalid: ${causes[0].message}`, causes);
  return { name, owner, role: cmd.role, components, contracts, expiresAt: cmd.expiresAt ?? null };
}

// ADMIN creates any token. A USER may create USER tokens for itself and PUBLISHER (CI) tokens for
// components it is PLATFORM_OWNER of; the owner of both is derived, an explicit other owner is
// refused. PUBLISHER tokens create nothing.
async function authorizeCreate(
  actor: Principal, t: NormalisedToken, requestedOwner: string | undefined, grantsOf: (owner: string, slug: string) => Promise<string[]>,
): Promise<void> {
  if (actor.role === 'ADMIN') return;
  if (actor.role !== 'USER') throw new ForbiddenError('only ADMIN and USER tokens may create tokens');
  if (t.role === 'ADMIN') throw new ForbiddenError('only an ADMIN may create ADMIN tokens');
  if (requestedOwner !== undefined && requestedOwner.trim() !== t.owner) {
    throw new ForbiddenError(`only an ADMIN may choose the owner of a token; this token's owner is "${t.owner}"`);
  }
  for (const slug of t.components) {
    if (!(await grantsOf(actor.name, slug)).includes('PLATFORM_OWNER')) {
      throw new ForbiddenError(`only the PLATFORM_OWNER of "${slug}" or an ADMIN may create publisher tokens for it`);
    }
  }
}
