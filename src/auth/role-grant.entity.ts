import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ComponentRole } from './domain/access-policy.js';

/** A component role held by a subject (the `owner` of USER tokens). */
@Entity({ name: 'role_grant' })
@Unique('uq_role_grant', ['subject', 'role', 'componentId'])
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'text' }) subject: string;
  @Column({ type: 'text' }) role: ComponentRole;
  @Column({ type: 'uuid', name: 'component_id' }) componentId: string;
  @Column({ type: 'text', name: 'granted_by' }) grantedBy: string;
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' }) createdAt: Date;
}
