import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import type { ContractKind } from '../contracts/domain/contract-types.js';
import type { CompatibilityMode, CompatibilityScope, SemverPolicy } from './domain/component-facts.js';
import { Component } from './component.entity.js';
import { ContractVersion } from './contract-version.entity.js';

@Entity({ name: 'contract' })
@Unique('uq_contract_component_name', ['componentId', 'name'])
export class Contract {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid', name: 'component_id' }) componentId: string;
  @Column({ type: 'text' }) name: string;
  /** null until the first version is published (a mode may be set before that). */
  @Column({ type: 'text', nullable: true }) kind: ContractKind | null;
  @Column({ type: 'text', name: 'compatibility_mode', default: 'BACKWARD' }) compatibilityMode: CompatibilityMode;
  @Column({ type: 'text', name: 'semver_policy', default: 'ENFORCED' }) semverPolicy: SemverPolicy;
  @Column({ type: 'text', name: 'compatibility_scope', default: 'MAJOR_LINE' }) compatibilityScope: CompatibilityScope;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @ManyToOne(() => Component, (c) => c.contracts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'component_id' })
  component?: Relation<Component>;
  @OneToMany(() => ContractVersion, (v) => v.contract) versions?: Relation<ContractVersion[]>;
}
