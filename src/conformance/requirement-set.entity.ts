import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ConformanceRole } from './domain/index.js';

/** One imported release of a requirement set. Immutable: the same name+version never changes content. */
@Entity({ name: 'requirement_set' })
export class RequirementSetRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) version: string;
  @Column({ type: 'int' }) major: number;
  @Column({ type: 'int' }) minor: number;
  @Column({ type: 'int' }) patch: number;
  /** sha256 of the canonical requirement list: re-importing identical content is a no-op. */
  @Column({ type: 'char', length: 64, name: 'content_sha256' }) contentSha256: string;
  /** `builtin` or `csv`. */
  @Column({ type: 'text' }) source: string;
  @Column({ type: 'text', name: 'imported_by' }) importedBy: string;
  @Column({ type: 'timestamptz', name: 'imported_at', default: () => 'now()' }) importedAt: Date;
}

@Entity({ name: 'requirement' })
export class RequirementRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'set_id' }) setId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text', name: 'harmonised_id' }) harmonisedId: string;
  @Column({ type: 'text', name: 'legacy_index', nullable: true }) legacyIndex: string | null;
  @Column({ type: 'text' }) part: string;
  @Column({ type: 'text' }) category: string;
  @Column({ type: 'text' }) topic: string;
  @Column({ type: 'int', name: 'topic_number', nullable: true }) topicNumber: number | null;
  @Column({ type: 'text', nullable: true }) subsection: string | null;
  @Column({ type: 'text' }) text: string;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ type: 'boolean' }) withdrawn: boolean;
  @Column({ type: 'text', array: true, name: 'applies_to' }) appliesTo: ConformanceRole[];
  /** Catalogue-only fields (title, ARF references). */
  @Column({ type: 'jsonb', nullable: true }) extra: Record<string, unknown> | null;
  @ManyToOne(() => RequirementSetRow, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'set_id' })
  set?: Relation<RequirementSetRow>;
}
