import type { ContactSource } from '@rapport/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { CompanyEntity } from '../company/company.entity.js';
import { UserEntity } from '../user/user.entity.js';
import { timestampType } from '../db/column-types.js';

/**
 * A person at a company, usually a hiring manager. Agency contacts have no
 * owner; a seeker's own contacts carry owner_id and stay private to them.
 */
@Entity({ name: 'contacts' })
export class ContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('idx_contacts_company')
  @Column({ name: 'company_id', type: 'varchar', length: 36, nullable: true })
  companyId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity | null;

  @Index('idx_contacts_owner')
  @Column({ name: 'owner_id', type: 'varchar', length: 36, nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ name: 'mailing_address', type: 'varchar', length: 300, nullable: true })
  mailingAddress: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'simple-json' })
  tags: string[];

  @Column({ type: 'varchar', length: 16 })
  source: ContactSource;

  @Column({ name: 'do_not_contact', type: 'boolean', default: false })
  doNotContact: boolean;

  @CreateDateColumn({ name: 'created_at', type: timestampType })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: timestampType })
  updatedAt: Date;
}
