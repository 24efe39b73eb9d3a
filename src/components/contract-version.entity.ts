import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Contract } from './contract.entity.js';

/** One published version. Immutable: rows are inserted once and never updated. */
@Entity({ name: 'contract_version' })
@Unique('uq_contract_version', ['contractId', 'version'])
export class ContractVersion {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'contract_id' }) contractId: string;
  @Column({ type: 'text' }) version: string;
  // Semver parts, so SQL can order versions and find `latest` without parsing.
  @Column({ type: 'int' }) major: number;
  @Column({ type: 'int' }) minor: number;
  @Column({ type: 'int' }) patch: number;
  @Column({ type: 'text', nullable: true }) prerelease: string | null;
  @Column({ type: 'text', name: 'document_text' }) documentText: string;
  @Column({ type: 'jsonb' }) document: Record<string, unknown>;
  @Column({ type: 'text' }) syntax: 'yaml' | 'json';
  @Column({ type: 'text', name: 'spec_version' }) specVersion: string;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'int', name: 'size_bytes' }) sizeBytes: number;
  @Column({ type: 'text' }) title: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', name: 'document_version', nullable: true }) documentVersion: string | null;
  @Column({ type: 'int', name: 'operation_count' }) operationCount: number;
  @Column({ type: 'int', name: 'channel_count' }) channelCount: number;
  @Column({ type: 'int', name: 'message_count' }) messageCount: number;
  @Column({ type: 'int', name: 'schema_count' }) schemaCount: number;
  @Column({ type: 'text', name: 'published_by' }) publishedBy: string;
  /** The version this one was compared with (semver predecessor), if any. */
  @Column({ type: 'text', name: 'predecessor_version', nullable: true }) predecessorVersion: string | null;
  /** Compatibility report against the predecessor: DiffReport plus mode and outcome. */
  @Column({ type: 'jsonb', name: 'compatibility_report', nullable: true }) compatibilityReport: Record<string, unknown> | null;
  @Column({ type: 'text', nullable: true }) changelog: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @ManyToOne(() => Contract, (c) => c.versions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id' })
  contract?: Relation<Contract>;
}
