import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEvent } from './audit-event.entity.js';

export interface AuditHead {
  lastSeq: string;
  lastHash: string;
}

export interface AuditFilter {
  component?: string;
  action?: string;
  actor?: string;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Locks the single head row until the surrounding transaction ends: appends serialize here. */
  async lockHead(em: EntityManager): Promise<AuditHead> {
    const rows: { last_seq: string; last_hash: string }[] = await em.query(
      `SELECT last_seq::text AS last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE`);
    if (!rows.length) throw new Error('audit_head row is missing (migrations not applied?)');
    return { lastSeq: rows[0].last_seq, lastHash: rows[0].last_hash };
  }

  async append(em: EntityManager, event: AuditEvent): Promise<void> {
    await em.insert(AuditEvent, event as unknown as Parameters<EntityManager['insert']>[1]);
    await em.query(`UPDATE audit_head SET last_seq = $1, last_hash = $2 WHERE id = 1`, [event.seq, event.hash]);
  }

  async head(): Promise<AuditHead> {
    const rows: { last_seq: string; last_hash: string }[] = await this.ds.query(
      `SELECT last_seq::text AS last_seq, last_hash FROM audit_head WHERE id = 1`);
    return { lastSeq: rows[0]?.last_seq ?? '0', lastHash: rows[0]?.last_hash ?? '' };
  }

  /** Events after `afterSeq` in chain order, for verification in batches. */
  scan(afterSeq: string, limit: number): Promise<AuditEvent[]> {
    return this.ds.getRepository(AuditEvent).createQueryBuilder('e')
      .where('e.seq > :afterSeq', { afterSeq }).orderBy('e.seq', 'ASC').limit(limit).getMany();
  }

  /** Newest first; `beforeSeq` is the keyset cursor. */
  list(filter: AuditFilter, limit: number, beforeSeq?: string): Promise<AuditEvent[]> {
    const qb = this.ds.getRepository(AuditEvent).createQueryBuilder('e').orderBy('e.seq', 'DESC').limit(limit);
    if (beforeSeq) qb.andWhere('e.seq < :beforeSeq', { beforeSeq });
    if (filter.component) qb.andWhere('e.component = :component', { component: filter.component });
    if (filter.action) qb.andWhere('e.action = :action', { action: filter.action });
    if (filter.actor) qb.andWhere('e.actor = :actor', { actor: filter.actor });
    return qb.getMany();
  }
}
