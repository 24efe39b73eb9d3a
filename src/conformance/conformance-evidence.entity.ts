import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { OidfModuleResult, OidfResult } from './domain/index.js';

/** Evidence behind verdicts. Immutable (a trigger refuses updates); the id is minted by the service. */
@Entity({ name: 'conformance_evidence' })
export class ConformanceEvidenceRow {
  @PrimaryColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'component_id' }) componentId: string;
  @Column({ type: 'text' }) kind: 'OIDF_CONFORMANCE_EXPORT' | 'REPORT';
  @Column({ type: 'char', length: 64, nullable: true }) sha256: string | null;
  @Column({ type: 'int', name: 'size_bytes', nullable: true }) sizeBytes: number | null;
  @Column({ type: 'text', name: 'file_name', nullable: true }) fileName: string | null;
  @Column({ type: 'text', nullable: true }) url: string | null;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', array: true }) plans: string[];
  @Column({ type: 'jsonb' }) modules: OidfModuleResult[];
  @Column({ type: 'jsonb', nullable: true }) counts: Record<OidfResult, number> | null;
  /** The uploaded ZIP, kept so anyone can re-check it against the sha256. Not loaded in listings. */
  @Column({ type: 'bytea', nullable: true, select: false }) content: Buffer | null;
  @Column({ type: 'text', name: 'created_by' }) createdBy: string;
  @Column({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
