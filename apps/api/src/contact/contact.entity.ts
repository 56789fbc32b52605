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
 *
 * Several rows can be one person (the agency's record, a seeker's private
 * copy, a converted referral): they share `person_id`, and the ask rules key
 * on it. A person's id is the id of the first row recorded for them.
 *
 * The list indexes start with owner_id because every list is either "the
 * agency's rows" (owner_id IS NULL) or "this seeker's rows", and end with the
 * sort keys and id so a keyset page reads the index in order and stops after
 * one page.
 */
@Entity({ name: 'contacts' })
@Index('idx_contacts_list_name', ['ownerId', 'nameKey', 'id'])
@Index('idx_contacts_list_company', ['ownerId', 'companyNameKey', 'nameKey', 'id'])
@Index('idx_contacts_list_newest', ['ownerId', 'createdAt', 'id'])
@Index('idx_contacts_company_name', ['companyId', 'nameKey', 'id'])
@Index('idx_contacts_company_owner', ['companyId', 'ownerId'])
export class ContactEntity {
  /**
   * Also in idx_contacts_agency_live, a partial index of the listed agency
   * contacts made by ContactAgencyLiveIndex1771000500000 (TypeORM is told to
   * leave it alone: it would compare PostgreSQL's rewording of the condition).
   */
  @Index('idx_contacts_agency_live', { synchronize: false })
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'company_id', type: 'varchar', length: 36, nullable: true })
  companyId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity | null;

  @Column({ name: 'owner_id', type: 'varchar', length: 36, nullable: true })
  ownerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity | null;

  /** The person this row is a record of (see above). */
  @Index('idx_contacts_person')
  @Column({ name: 'person_id', type: 'varchar', length: 36 })
  personId: string;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  fullName: string;

  /** The name folded for sorting and matching: lower case, accents and extra spaces removed. */
  @Column({ name: 'name_key', type: 'varchar', length: 120 })
  nameKey: string;

  /** The company's name folded the same way, '' without a company: the COMPANY sort and search. */
  @Index('idx_contacts_company_trgm', { synchronize: false })
  @Column({ name: 'company_name_key', type: 'varchar', length: 120, default: '' })
  companyNameKey: string;

  /**
   * Name, title and email folded into one lower-case string for "contains"
   * search. On PostgreSQL with pg_trgm a trigram index serves LIKE '%…%'
   * (made by the migration; TypeORM is told to leave it alone).
   */
  @Index('idx_contacts_search_trgm', { synchronize: false })
  @Column({ name: 'search_key', type: 'varchar', length: 520 })
  searchKey: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The email as person matching compares it; indexed to find the same person at once. */
  @Index('idx_contacts_email_key')
  @Column({ name: 'email_key', type: 'varchar', length: 254, nullable: true })
  emailKey: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ name: 'mailing_address', type: 'varchar', length: 300, nullable: true })
  mailingAddress: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** As shown; contact_tags holds the same tags for filtering. */
  @Column({ type: 'simple-json' })
  tags: string[];

  @Column({ type: 'varchar', length: 16 })
  source: ContactSource;

  /** Kept equal on every record of a person: flagging one record flags the person. */
  @Column({ name: 'do_not_contact', type: 'boolean', default: false })
  doNotContact: boolean;

  @Column({ name: 'do_not_contact_reason', type: 'varchar', length: 300, nullable: true })
  doNotContactReason: string | null;

  /** Agency contacts only: seekers see the agency's contacts that are shared with them. */
  @Column({ name: 'shared_with_seekers', type: 'boolean', default: false })
  sharedWithSeekers: boolean;

  @Column({ name: 'archived_at', type: timestampType, nullable: true })
  archivedAt: Date | null;

  /** Set when staff merged this record into another; it is then archived for good. */
  @Column({ name: 'merged_into_id', type: 'varchar', length: 36, nullable: true })
  mergedIntoId: string | null;

  @CreateDateColumn({ name: 'created_at', type: timestampType })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: timestampType })
  updatedAt: Date;
}

/** One tag of one contact, keyed by its lower-cased form, so filtering by tag uses an index. */
@Entity({ name: 'contact_tags' })
@Index('idx_contact_tags_tag', ['tagKey', 'contactId'])
export class ContactTagEntity {
  @PrimaryColumn({ name: 'contact_id', type: 'varchar', length: 36 })
  contactId: string;

  @PrimaryColumn({ name: 'tag_key', type: 'varchar', length: 40 })
  tagKey: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;
}
