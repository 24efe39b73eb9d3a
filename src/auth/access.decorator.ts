import { SetMetadata } from '@nestjs/common';
import type { Permission } from './domain/access-policy.js';

export const ACCESS_METADATA = 'registry:access';

/** Which rate-limit budget an operation spends (see rate-limit.ts). */
export type RateClass = 'write' | 'expensive' | 'document' | 'none';

export interface AccessSpec {
  permission: Permission;
  /** Where the component slug is: a route parameter name, or a dotted path into the GraphQL arguments. */
  component?: string;
  /** Same for the contract name (PUBLISHER tokens may be narrowed to contracts). */
  contract?: string;
  rate: RateClass;
}

const WRITE_PERMISSIONS: ReadonlySet<Permission> = new Set(['create-component', 'manage-component', 'manage-roles', 'publish']);

/**
 * Declares who may call a route or resolver method. Every handler must carry one (deny by default:
 * the guard refuses undeclared handlers and test/e2e/access-declarations.e2e-spec.ts fails on them).
 */
export function Access(permission: Permission, opts: { component?: string; contract?: string; rate?: RateClass } = {}) {
  const spec: AccessSpec = { permission, component: opts.component, contract: opts.contract, rate: opts.rate ?? (WRITE_PERMISSIONS.has(permission) ? 'write' : 'none') };
  return SetMetadata(ACCESS_METADATA, spec);
}

export function accessSpecOf(handler: object, cls?: object): AccessSpec | undefined {
  return (Reflect.getMetadata(ACCESS_METADATA, handler) ?? (cls ? Reflect.getMetadata(ACCESS_METADATA, cls) : undefined)) as AccessSpec | undefined;
}
