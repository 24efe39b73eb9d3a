import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One link of the audit hash chain. Append-only: written by AuditService.append, never updated. */
@Entity({ name: 'audit_event' })
export class AuditEvent {
  @PrimaryColumn({ type: 'bigint' }) seq: string;
  @Column({ type: 'timestamptz', name: 'occurred_at' }) occurredAt: Date;
  @Column({ type: 'text' }) actor: string;
  @Column({ type: 'uuid', name: 'actor_token_id', nullable: true }) actorTokenId: string | null;
  @Column({ type: 'text' }) action: string;
  @Column({ type: 'text', name: 'subject_type' }) subjectType: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text', nullable: true }) component: string | null;
  @Column({ type: 'char', length: 64, name: 'before_digest', nullable: true }) beforeDigest: string | null;
  @Column({ type: 'char', length: 64, name: 'after_digest', nullable: true }) afterDigest: string | null;
  @Column({ type: 'jsonb', default: () => "'{}'" }) details: Record<string, unknown>;
  @Column({ type: 'char', length: 64, name: 'prev_hash' }) prevHash: string;
  @Column({ type: 'char', length: 64 }) hash: string;
}
