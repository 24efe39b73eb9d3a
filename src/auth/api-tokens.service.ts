import { Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { isKebabCase } from '../components/domain/component-facts.js';
import type { ApiToken } from './api-token.entity.js';
import { AuthRepository } from './auth.repository.js';
import { ForbiddenError, UnauthenticatedError } from './auth.errors.js';
import type { Principal, TokenRole } from './domain/access-policy.js';
import { bearerToken, displayPrefix, generateTokenSecret, hashTokenSecret } from './domain/token-secret.js';

export interface CreateTokenCommand {
  name: string;
  /** Who acts with the token (USER tokens inherit this subject's role grants). Defaults to the creator. */
  owner?: string;
  role: TokenRole;
  components?: string[];
  contracts?: string[];
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
  return { tokenId: '', name, tokenName: name, role: 'ADMIN', components: [], contracts: [] };
}

const LAST_USED_GRANULARITY_MS = 60_000;

@Injectable()
export class ApiTokensService {
  clock: () => Date = () => new Date();

  constructor(
    private readonly repo: AuthRepository,
    private readonly audit: AuditService,
  ) {}

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
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_GRANULARITY_MS) {
      await this.repo.touchLastUsed(token.id);
    }
    return toPrincipal(token);
  }

  async create(actor: Principal, cmd: CreateTokenCommand): Promise<CreatedToken> {
    const input = normalise(cmd, actor, this.clock());
    await authorizeCreate(actor, input, (owner, slug) => this.repo.rolesOn(owner, slug));
    const secret = cmd.presetSecret ?? generateTokenSecret();
    const token = await this.repo.transaction(async (em) => {
      const row = await this.repo.insertToken(em, {
        name: input.name, owner: input.owner, role: input.role, scopeComponents: input.components,
        scopeContracts: input.contracts, expiresAt: input.expiresAt, tokenHash: hashTokenSecret(secret),
        tokenPrefix: displayPrefix(secret), createdBy: actor.name,
      });
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId || null, action: 'token.created', subjectType: 'api_token',
        subject: row.id, component: input.components.length === 1 ? input.components[0] : null, after: tokenState(row),
        details: { name: row.name, owner: row.owner, role: row.role, components: row.scopeComponents, contracts: row.scopeContracts },
      });
      return row;
    });
    return { token, secret };
  }

  /** ADMIN, the creator or the owner may revoke. Revoking twice is a no-op. */
  async revoke(actor: Principal, id: string): Promise<ApiToken> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw new DomainError('NOT_FOUND', `API token "${id}" not found`);
    return this.repo.transaction(async (em) => {
      const token = await this.repo.findTokenById(id, em);
      const allowed = token && (actor.role === 'ADMIN' || token.createdBy === actor.name || (token.owner === actor.name && actor.role === 'USER'));
      // Tokens the actor may not manage look exactly like missing ones.
      if (!token || !allowed) throw new DomainError('NOT_FOUND', `API token "${id}" not found`);
      if (token.revokedAt) return token;
      const before = tokenState(token);
      token.revokedAt = this.clock();
      await this.repo.markRevoked(em, id, token.revokedAt);
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId || null, action: 'token.revoked', subjectType: 'api_token',
        subject: id, before, after: tokenState(token), details: { name: token.name, owner: token.owner },
      });
      return token;
    });
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
  return { tokenId: t.id, name: t.owner, tokenName: t.name, role: t.role, components: t.scopeComponents ?? [], contracts: t.scopeContracts ?? [] };
}

function tokenState(t: ApiToken) {
  return {
    id: t.id, name: t.name, owner: t.owner, role: t.role, components: t.scopeComponents, contracts: t.scopeContracts,
    expiresAt: t.expiresAt, revokedAt: t.revokedAt, tokenPrefix: t.tokenPrefix,
  };
}

type NormalisedToken = Required<Omit<CreateTokenCommand, 'presetSecret'>>;

function normalise(cmd: CreateTokenCommand, actor: Principal, now: Date): NormalisedToken {
  const name = cmd.name?.trim() ?? '';
  const owner = (cmd.owner ?? actor.name).trim();
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
// components it is PLATFORM_OWNER of. PUBLISHER tokens create nothing.
async function authorizeCreate(actor: Principal, t: NormalisedToken, grantsOf: (owner: string, slug: string) => Promise<string[]>): Promise<void> {
  if (actor.role === 'ADMIN') return;
  if (actor.role !== 'USER') throw new ForbiddenError('only ADMIN and USER tokens may create tokens');
  if (t.role === 'ADMIN') throw new ForbiddenError('only an ADMIN may create ADMIN tokens');
  if (t.role === 'USER' && t.owner !== actor.name) throw new ForbiddenError('you may create USER tokens only for yourself');
  for (const slug of t.components) {
    if (!(await grantsOf(actor.name, slug)).includes('PLATFORM_OWNER')) {
      throw new ForbiddenError(`only the PLATFORM_OWNER of "${slug}" or an ADMIN may create publisher tokens for it`);
    }
  }
}
