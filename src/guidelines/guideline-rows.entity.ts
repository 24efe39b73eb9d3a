import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { GuidelineFinding } from './domain/lint-types.js';
import type { ProfileDefinition } from './domain/profile-definition.js';

/** One uploaded governance profile version. Immutable: inserted once, identified by name+version and sha256. */
@Entity({ name: 'governance_profile' })
export class GovernanceProfileRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text' }) version: string;
  @Column({ type: 'int' }) major: number;
  @Column({ type: 'int' }) minor: number;
  @Column({ type: 'int' }) patch: number;
  @Column({ type: 'text', nullable: true }) prerelease: string | null;
  @Column({ type: 'char', length: 64 }) sha256: string;
  @Column({ type: 'text', name: 'source_text' }) sourceText: string;
  @Column({ type: 'jsonb' }) definition: ProfileDefinition;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ type: 'text', name: 'created_by' }) createdBy: string;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
}

export type GuidelineMode = 'OFF' | 'ADVISORY' | 'GATE';
export type PolicyScope = 'REGISTRY' | 'COMPONENT' | 'CONTRACT';

@Entity({ name: 'guideline_policy' })
export class GuidelinePolicyRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) scope: PolicyScope;
  @Column({ type: 'uuid', name: 'component_id', nullable: true }) componentId: string | null;
  @Column({ type: 'text', name: 'contract_name', nullable: true }) contractName: string | null;
  @Column({ type: 'text' }) mode: GuidelineMode;
  @Column({ type: 'text', name: 'profile_name' }) profileName: string;
  /** null: the newest version of the profile at lint time. */
  @Column({ type: 'text', name: 'profile_version', nullable: true }) profileVersion: string | null;
  @Column({ type: 'text', name: 'updated_by' }) updatedBy: string;
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' }) updatedAt: Date;
}

export type LintJobState = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

@Entity({ name: 'guideline_lint_job' })
export class GuidelineLintJobRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', name: 'profile_name' }) profileName: string;
  @Column({ type: 'text', name: 'profile_version' }) profileVersion: string;
  @Column({ type: 'text' }) state: LintJobState;
  @Column({ type: 'int' }) total: number;
  @Column({ type: 'int' }) done: number;
  @Column({ type: 'int' }) failed: number;
  @Column({ type: 'text', nullable: true }) error: string | null;
  @Column({ type: 'text', name: 'created_by' }) createdBy: string;
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' }) createdAt: Date;
  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true }) finishedAt: Date | null;
}

/** The lint result of one contract version against one profile version (one row each; history kept). */
@Entity({ name: 'guideline_result' })
export class GuidelineResultRow {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'version_id' }) versionId: string;
  @Column({ type: 'text', name: 'profile_name' }) profileName: string;
  @Column({ type: 'text', name: 'profile_version' }) profileVersion: string;
  @Column({ type: 'text' }) mode: GuidelineMode;
  @Column({ type: 'int' }) score: number;
  @Column({ type: 'int' }) errors: number;
  @Column({ type: 'int' }) warnings: number;
  @Column({ type: 'int' }) infos: number;
  @Column({ type: 'int' }) hints: number;
  @Column({ type: 'jsonb' }) findings: GuidelineFinding[];
  @Column({ type: 'boolean' }) truncated: boolean;
  @Column({ type: 'uuid', name: 'job_id', nullable: true }) jobId: string | null;
  @Column({ type: 'timestamptz', name: 'linted_at', default: () => 'now()' }) lintedAt: Date;
}
