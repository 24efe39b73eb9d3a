import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { ComponentLifecycle, Contact } from './domain/component-facts.js';
import { Contract } from './contract.entity.js';

@Entity({ name: 'component' })
export class Component {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text', unique: true }) slug: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'text', default: '' }) description: string;
  @Column({ type: 'text' }) layer: string;
  @Column({ type: 'text', default: 'ACTIVE' }) lifecycle: ComponentLifecycle;
  @Column({ type: 'text', array: true, default: () => "'{}'" }) tags: string[];
  @Column({ type: 'text', name: 'owner_organisation', nullable: true }) ownerOrganisation: string | null;
  @Column({ type: 'jsonb', name: 'platform_owner', nullable: true }) platformOwner: Contact | null;
  @Column({ type: 'jsonb', nullable: true }) operator: Contact | null;
  @Column({ type: 'jsonb', name: 'procedure_owner', nullable: true }) procedureOwner: Contact | null;
  @Column({ type: 'text', nullable: true }) license: string | null;
  @Column({ type: 'text', name: 'repository_url', nullable: true }) repositoryUrl: string | null;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' }) updatedAt: Date;
  @OneToMany(() => Contract, (c) => c.component) contracts?: Relation<Contract[]>;
}
