import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
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

  findTokenById(id: string, em: EntityManager = this.ds.manager, forUpdate = false): Promise<ApiToken | null> {
    return em.findOne(ApiToken, { where: { id }, ...(forUpdate ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  }

  /** Locks a token row against revocation until the transaction ends; false when it is revoked or gone. */
  async lockLiveToken(em: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await em.query(`SELECT 1 FROM api_token WHERE id = $1 AND revoked_at IS NULL FOR SHARE`, [id]);
    return rows.length > 0;
  }

  /**
   * Revokes a token and every token created from it, transitively (UNION stops at cycles). The root
   * is locked first, in its own statement, so children committed by a concurrent create are seen.
   */
  async revokeTree(em: EntityManager, id: string, at: Date): Promise<ApiToken[]> {
    await em.query(`SELECT 1 FROM api_token WHERE id = $1 FOR UPDATE`, [id]);
    const rows: { id: string }[] = await em.query(`
      WITH RECURSIVE tree(id) AS (
        SELECT id FROM api_token WHERE id = $1
        UNION
        SELECT t.id FROM api_token t JOIN tree ON t.created_by_token_id = tree.id
      )
      SELECT a.id FROM api_token a JOIN tree USING (id) WHERE a.revoked_at IS NULL FOR UPDATE OF a`, [id]);
    if (rows.length) await em.query(`UPDATE api_token SET revoked_at = $2 WHERE id = ANY($1::uuid[])`, [rows.map((r) => r.id), at]);
    if (!rows.length) return [];
    const tokens = await em.find(ApiToken, { where: { id: In(rows.map((r) => r.id)) } });
    // The root first, then the rest in creation order (audit events read naturally).
    return tokens.sort((a, b) => (a.id === id ? -1 : b.id === id ? 1 : a.createdAt.getTime() - b.createdAt.getTime()));
  }

  /**
   * Whether the creator of a CI token still stands behind it: it is not revoked and, for a USER
   * creator, its owner still holds PLATFORM_OWNER on every component of the scope.
   */
  async creatorStillEntitled(creatorId: string, scope: readonly string[]): Promise<boolean> {
    const rows: { role: string; revoked: boolean; owned: number }[] = await this.ds.query(`
      SELECT p.role, p.revoked_at IS NOT NULL AS revoked,
             (SELECT count(DISTINCT c.slug)::int FROM role_grant g JOIN component c ON c.id = g.component_id
               WHERE g.subject = p.owner AND g.role = 'PLATFORM_OWNER' AND c.slug = ANY($2::text[])) AS owned
        FROM api_token p WHERE p.id = $1`, [creatorId, [...scope]]);
    const p = rows[0];
    if (!p) return true; // creator gone (ON DELETE SET NULL races): nothing to inherit from
    if (p.revoked) return false;
    return p.role === 'ADMIN' || p.owned >= new Set(scope).size;
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
  /** Inside a transaction pass its `em`: the embedded database has one connection, a second query would wait for it. */
  async rolesOn(subject: string, componentSlug: string, em?: EntityManager): Promise<ComponentRole[]> {
    const rows: { role: ComponentRole }[] = await (em ?? this.ds).query(
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
