import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiToken } from './api-token.entity.js';
import type { ComponentRole } from './domain/access-policy.js';
import { RoleGrant } from './role-grant.entity.js';

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction('READ COMMITTED', work);
  }

  findTokenByHash(tokenHash: string): Promise<ApiToken | null> {
    return this.ds.manager.findOne(ApiToken, { where: { tokenHash } });
  }

  findTokenById(id: string, em: EntityManager = this.ds.manager): Promise<ApiToken | null> {
    return em.findOne(ApiToken, { where: { id } });
  }

  countTokens(): Promise<number> {
    return this.ds.manager.count(ApiToken);
  }

  insertToken(em: EntityManager, token: Partial<ApiToken>): Promise<ApiToken> {
    return em.save(ApiToken, em.create(ApiToken, token));
  }

  async markRevoked(em: EntityManager, id: string, at: Date): Promise<void> {
    await em.query(`UPDATE api_token SET revoked_at = $2 WHERE id = $1 AND revoked_at IS NULL`, [id, at]);
  }

  /** Cheap last-use tracking: one UPDATE at most per token and minute (the WHERE makes it a no-op otherwise). */
  async touchLastUsed(id: string): Promise<void> {
    await this.ds.query(
      `UPDATE api_token SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`, [id]);
  }

  listTokens(limit: number): Promise<ApiToken[]> {
    return this.ds.manager.find(ApiToken, { order: { createdAt: 'DESC' }, take: limit });
  }

  /** Roles `subject` holds on the component with this slug (empty when it does not exist). */
  async rolesOn(subject: string, componentSlug: string): Promise<ComponentRole[]> {
    const rows: { role: ComponentRole }[] = await this.ds.query(
      `SELECT g.role FROM role_grant g JOIN component c ON c.id = g.component_id WHERE g.subject = $1 AND c.slug = $2`,
      [subject, componentSlug]);
    return rows.map((r) => r.role);
  }

  findGrant(em: EntityManager, subject: string, role: ComponentRole, componentId: string): Promise<RoleGrant | null> {
    return em.findOne(RoleGrant, { where: { subject, role, componentId } });
  }

  insertGrant(em: EntityManager, grant: Partial<RoleGrant>): Promise<RoleGrant> {
    return em.save(RoleGrant, em.create(RoleGrant, grant));
  }

  async deleteGrant(em: EntityManager, id: string): Promise<void> {
    await em.delete(RoleGrant, { id });
  }

  listGrants(componentId: string): Promise<RoleGrant[]> {
    return this.ds.manager.find(RoleGrant, { where: { componentId }, order: { role: 'ASC', subject: 'ASC' } });
  }
}
