// Token identity and lifetime rules (issue #11, finding 2). Pure: the service supplies the principal,
// the token and the facts it looked up. Identity is always a token id, never an owner name (owner
// names are free text an ADMIN chooses and a USER inherits).
//
// Who may revoke a token:
// - ADMIN (and operator tooling): any token.
// - USER: itself and the tokens it created (`createdByTokenId` = its own id).
// - a USER that is PLATFORM_OWNER of every component in a PUBLISHER token's scope: that token.
// - PUBLISHER: none.
// Revoking a token revokes the tokens it created, transitively (see AuthRepository.revokeTree).

import type { Principal, TokenRole } from './access-policy.js';

export interface RevocableToken {
  id: string;
  role: TokenRole;
  scopeComponents: readonly string[];
  createdByTokenId: string | null;
}

/** `ownsAll(slugs)`: whether the actor's owner holds PLATFORM_OWNER on every one of these components. */
export function mayRevoke(actor: Principal, token: RevocableToken, ownsAll: boolean): boolean {
  switch (actor.role) {
    case 'ADMIN':
      return true;
    case 'PUBLISHER':
      return false;
    case 'USER':
      if (actor.tokenId && (token.id === actor.tokenId || token.createdByTokenId === actor.tokenId)) return true;
      return token.role === 'PUBLISHER' && token.scopeComponents.length > 0 && ownsAll;
  }
}

/**
 * The owner of a token a non-admin mints: derived from the verified creator, never chosen. USER
 * tokens act as their creator; PUBLISHER (CI) tokens get `ci:<creator>/<token name>`, so `publishedBy`
 * and the audit actor always name who really stands behind the write.
 */
export function derivedOwner(actor: Principal, role: TokenRole, name: string): string {
  return role === 'PUBLISHER' ? `ci:${actor.name}/${name}` : actor.name;
}

const DAY_MS = 86_400_000;

/**
 * The expiry a new token gets: the requested one, but never later than `maxDays` from now nor later
 * than the creating token's own expiry (a child cannot outlive its parent). No request = the maximum.
 */
export function clampExpiry(requested: Date | null, now: Date, maxDays: number, parentExpiry: Date | null): Date {
  let limit = now.getTime() + maxDays * DAY_MS;
  if (parentExpiry) limit = Math.min(limit, parentExpiry.getTime());
  return new Date(requested ? Math.min(requested.getTime(), limit) : limit);
}
