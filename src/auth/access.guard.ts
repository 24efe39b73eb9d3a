import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { REGISTRY_CONFIG } from '../config/config.module.js';
import type { RegistryConfig } from '../config/env.schema.js';
import { accessSpecOf } from './access.decorator.js';
import { ApiTokensService } from './api-tokens.service.js';
import { AuthRepository } from './auth.repository.js';
import { ForbiddenError, UnauthenticatedError } from './auth.errors.js';
import { decideAccess, needsGrants, type ComponentRole } from './domain/access-policy.js';
import { pickArg, requestOf } from './request-context.js';

/**
 * The one access check for REST and GraphQL. Runs before the handler, so a refused request stores
 * nothing. The component comes from the route or the arguments and is checked against the token's
 * scope before anything looks it up: out of scope is 403 whether or not the component exists.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly tokens: ApiTokensService,
    private readonly repo: AuthRepository,
    @Inject(REGISTRY_CONFIG) private readonly config: RegistryConfig,
  ) {}

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    const spec = accessSpecOf(ctx.getHandler(), ctx.getClass());
    if (!spec) throw new ForbiddenError(`${ctx.getClass().name}.${ctx.getHandler().name} declares no access rule (deny by default)`);
    if (spec.permission === 'public') return true;
    const { req, args } = requestOf(ctx);
    // Once per HTTP request, even when a GraphQL operation selects several root fields.
    const principal = await this.tokens.principalOf(req);
    const target = { component: pickArg(args, spec.component), contract: pickArg(args, spec.contract) };
    const grants: ComponentRole[] = needsGrants(principal, spec.permission, target)
      ? await this.repo.rolesOn(principal!.name, target.component!)
      : [];
    switch (decideAccess(principal, spec.permission, target, grants, this.config.REGISTRY_ANONYMOUS_READ)) {
      case 'allow':
        return true;
      case 'unauthenticated':
        throw new UnauthenticatedError();
      case 'forbidden':
        throw new ForbiddenError(target.component ? `this token may not ${describe(spec.permission)} component "${target.component}"` : undefined);
    }
  }
}

function describe(permission: string): string {
  return permission === 'publish' ? 'publish to' : permission === 'read-audit' ? 'read the audit log of' : 'manage';
}
