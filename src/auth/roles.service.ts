import { Injectable } from '@nestjs/common';
import { DomainError, NotFoundError } from '../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { ComponentsRepository } from '../components/components.repository.js';
import { AuthRepository } from './auth.repository.js';
import { COMPONENT_ROLES, type ComponentRole, type Principal } from './domain/access-policy.js';
import type { RoleGrant } from './role-grant.entity.js';

export interface RoleGrantCommand {
  subject: string;
  role: ComponentRole;
  component: string;
}

/** Component roles. Who may call these is decided by the guard (`manage-roles` on the component). */
@Injectable()
export class RolesService {
  constructor(
    private readonly repo: AuthRepository,
    private readonly components: ComponentsRepository,
    private readonly audit: AuditService,
  ) {}

  rolesOn(subject: string, componentSlug: string): Promise<ComponentRole[]> {
    return this.repo.rolesOn(subject, componentSlug);
  }

  /** Idempotent: granting a role the subject already holds returns the existing grant. */
  async grant(actor: Principal, cmd: RoleGrantCommand): Promise<RoleGrant> {
    const subject = assertValid(cmd);
    return this.repo.transaction(async (em) => {
      const component = await this.components.findComponentBySlug(cmd.component, em);
      if (!component) throw new NotFoundError(`component "${cmd.component}"`);
      const existing = await this.repo.findGrant(em, subject, cmd.role, component.id);
      if (existing) return existing;
      const grant = await this.repo.insertGrant(em, { subject, role: cmd.role, componentId: component.id, grantedBy: actor.name });
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId || null, action: 'role.granted', subjectType: 'role_grant',
        subject: `${cmd.component}/${cmd.role}/${subject}`, component: cmd.component,
        after: { subject, role: cmd.role, component: cmd.component }, details: { subject, role: cmd.role },
      });
      return grant;
    });
  }

  /** Returns false when the subject did not hold the role. */
  async revoke(actor: Principal, cmd: RoleGrantCommand): Promise<boolean> {
    const subject = assertValid(cmd);
    return this.repo.transaction(async (em) => {
      const component = await this.components.findComponentBySlug(cmd.component, em);
      if (!component) throw new NotFoundError(`component "${cmd.component}"`);
      const existing = await this.repo.findGrant(em, subject, cmd.role, component.id);
      if (!existing) return false;
      await this.repo.deleteGrant(em, existing.id);
      await this.audit.append(em, {
        actor: actor.name, actorTokenId: actor.tokenId || null, action: 'role.revoked', subjectType: 'role_grant',
        subject: `${cmd.component}/${cmd.role}/${subject}`, component: cmd.component,
        before: { subject, role: cmd.role, component: cmd.component }, details: { subject, role: cmd.role },
      });
      return true;
    });
  }

  async list(componentSlug: string): Promise<RoleGrant[]> {
    const component = await this.components.findComponentBySlug(componentSlug);
    if (!component) throw new NotFoundError(`component "${componentSlug}"`);
    return this.repo.listGrants(component.id);
  }
}

function assertValid(cmd: RoleGrantCommand): string {
  const subject = cmd.subject?.trim() ?? '';
  if (!subject || subject.length > 200) {
    throw new DomainError('VALIDATION_FAILED', 'subject must be 1–200 characters', [{ pointer: '/subject', message: 'invalid subject' }]);
  }
  if (!COMPONENT_ROLES.includes(cmd.role)) {
    throw new DomainError('VALIDATION_FAILED', `role must be one of ${COMPONENT_ROLES.join(', ')}`, [{ pointer: '/role', message: 'unknown role' }]);
  }
  return subject;
}
