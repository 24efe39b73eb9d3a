// Who may do what. Pure: the guard supplies the principal, the target and the principal's grants.
//
// Decisions (issue #7):
// - ADMIN (registry operators) may do everything.
// - create a component: ADMIN only.
// - update a component, set compatibility modes, grant/revoke roles on it: ADMIN or its PLATFORM_OWNER.
// - publish (and the dry-run check): ADMIN, the component's PLATFORM_OWNER or OPERATOR (operators ship
//   the implementation and its contract), or a PUBLISHER token whose scope covers the component and,
//   if the token is narrowed to contracts, the contract. PROCEDURE_OWNER does not publish.
// - read the audit log of a component: ADMIN, its PLATFORM_OWNER or PROCEDURE_OWNER; the whole log: ADMIN.
// - record an EUDI conformance assessment (issue #6): ADMIN, the component's PLATFORM_OWNER or
//   OPERATOR. Uploading evidence counts as `publish` (CI with a scoped PUBLISHER token does it).
// - reads: anonymous unless REGISTRY_ANONYMOUS_READ=false, then any valid token.
// Out-of-scope targets are FORBIDDEN whether or not the component exists (no existence oracle).

export const TOKEN_ROLES = ['ADMIN', 'PUBLISHER', 'USER'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

export const COMPONENT_ROLES = ['PLATFORM_OWNER', 'OPERATOR', 'PROCEDURE_OWNER'] as const;
export type ComponentRole = (typeof COMPONENT_ROLES)[number];

export type Permission =
  | 'public'
  | 'read'
  | 'authenticated'
  | 'admin'
  | 'create-component'
  | 'manage-component'
  | 'manage-roles'
  | 'publish'
  | 'record-conformance'
  | 'read-audit';

export interface Principal {
  tokenId: string;
  /** The token's owner: the person or team acting; recorded as `publishedBy` and audit actor. */
  name: string;
  tokenName: string;
  role: TokenRole;
  /** PUBLISHER scope: component slugs, and optionally contract names within them (empty = all). */
  components: string[];
  contracts: string[];
  /** When the token expires (tokens it creates expire no later). */
  expiresAt?: Date | null;
}

export interface AccessTarget {
  component?: string;
  contract?: string;
}

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

/** Whether a decision for this permission depends on the principal's role grants on the component. */
export function needsGrants(principal: Principal | null, permission: Permission, target: AccessTarget): boolean {
  if (!principal || principal.role !== 'USER' || !target.component) return false;
  return permission === 'manage-component' || permission === 'manage-roles' || permission === 'publish' || permission === 'record-conformance' || permission === 'read-audit';
}

export function decideAccess(
  principal: Principal | null,
  permission: Permission,
  target: AccessTarget,
  grants: readonly ComponentRole[],
  anonymousRead: boolean,
): AccessDecision {
  if (permission === 'public') return 'allow';
  if (permission === 'read') return principal || anonymousRead ? 'allow' : 'unauthenticated';
  if (!principal) return 'unauthenticated';
  if (principal.role === 'ADMIN') return 'allow';
  switch (permission) {
    case 'authenticated':
      return 'allow';
    case 'admin':
    case 'create-component':
      return 'forbidden';
    case 'manage-component':
    case 'manage-roles':
      return principal.role === 'USER' && grants.includes('PLATFORM_OWNER') ? 'allow' : 'forbidden';
    case 'publish':
      return mayPublish(principal, target, grants) ? 'allow' : 'forbidden';
    case 'record-conformance':
      return principal.role === 'USER' && target.component && (grants.includes('PLATFORM_OWNER') || grants.includes('OPERATOR'))
        ? 'allow'
        : 'forbidden';
    case 'read-audit':
      return principal.role === 'USER' && target.component && (grants.includes('PLATFORM_OWNER') || grants.includes('PROCEDURE_OWNER'))
        ? 'allow'
        : 'forbidden';
  }
}

function mayPublish(p: Principal, target: AccessTarget, grants: readonly ComponentRole[]): boolean {
  if (!target.component) return false;
  if (p.role === 'PUBLISHER') {
    if (!p.components.includes(target.component)) return false;
    return p.contracts.length === 0 || (target.contract !== undefined && p.contracts.includes(target.contract));
  }
  return p.role === 'USER' && (grants.includes('PLATFORM_OWNER') || grants.includes('OPERATOR'));
}
