import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { TokenRole } from './domain/access-policy.js';

/** An API token. The secret itself is never stored: only its sha256 (unique, the lookup key). */
@Entity({ name: 'api_token' })
export class ApiToken {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) owner: string;
  @Column({ type: 'char', length: 64, name: 'token_hash', unique: true }) tokenHash: string;
  @Column({ type: 'text', name: 'token_prefix' }) tokenPrefix: string;
  @Column({ type: 'text' }) role: TokenRole;
  @Column({ type: 'text', array: true, name: 'scope_components', default: () => "'{}'" }) scopeComponents: string[];
  @Column({ type: 'text', array: true, name: 'scope_contracts', default: () => "'{}'" }) scopeContracts: string[];
  @Column({ type: 'timestamptz', name: 'expires_at', nullable: true }) expiresAt: Date | null;
  @Column({ type: 'timestamptz', name: 'last_used_at', nullable: true }) lastUsedAt: Date | null;
  @Column({ type: 'timestamptz', name: 'revoked_at', nullable: true }) revokedAt: Date | null;
  /** Label of the creator (its owner name); for display only, never for decisions. */
  @Column({ type: 'text', name: 'created_by' }) createdBy: string;
  /** The token that created this one (NULL: operator tooling, bootstrap, or created before issue #11). */
  @Column({ type: 'uuid', name: 'created_by_token_id', nullable: true }) createdByTokenId: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
