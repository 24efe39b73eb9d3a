import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ConformanceRecord, ConformanceRole, RecordFinding, SubmittedStatus, VerdictEntry } from './domain/index.js';

/** A verdict as stored: as submitted, plus the resolved key of the requirement it names. */
export type StoredVerdict = VerdictEntry & { requirementKey: string };

/** Append-only: a new record supersedes the previous one of the component; rows are never updated. */
@Entity({ name: 'conformance_record' })
export class ConformanceRecordRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Insertion order (bigint as string): the highest seq of a component is its current record. */
  @Column({ type: 'bigint', insert: false, update: false }) seq: string;
  @Column({ type: 'uuid', name: 'component_id' }) componentId: string;
  @Column({ type: 'text' }) status: SubmittedStatus;
  @Column({ type: 'text', name: 'arf_version' }) arfVersion: string;
  @Column({ type: 'text', array: true }) roles: ConformanceRole[];
  // Denormalised for the component filters (EXISTS … && array).
  @Column({ type: 'text', array: true, name: 'protocol_names' }) protocolNames: string[];
  @Column({ type: 'text', array: true, name: 'credential_format_names' }) credentialFormatNames: string[];
  @Column({ type: 'jsonb' }) protocols: ConformanceRecord['protocols'];
  @Column({ type: 'jsonb', name: 'credential_formats' }) credentialFormats: ConformanceRecord['credentialFormats'];
  @Column({ type: 'jsonb' }) trust: ConformanceRecord['trust'];
  @Column({ type: 'jsonb' }) verdicts: StoredVerdict[];
  @Column({ type: 'jsonb' }) evidence: ConformanceRecord['evidence'];
  @Column({ type: 'jsonb', name: 'covered_contracts' }) coveredContracts: ConformanceRecord['coveredContracts'];
  @Column({ type: 'text', nullable: true }) assessor: string | null;
  @Column({ type: 'timestamptz', name: 'valid_from' }) validFrom: Date;
  @Column({ type: 'timestamptz', name: 'valid_until', nullable: true }) validUntil: Date | null;
  @Column({ type: 'jsonb' }) warnings: RecordFinding[];
  @Column({ type: 'text', name: 'recorded_by' }) recordedBy: string;
  @Column({ type: 'timestamptz', name: 'recorded_at', default: () => 'now()' }) recordedAt: Date;
}
