import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A seeker told that a company where they met someone has started hiring.
 * owner_id is the seeker (the ownership rule's column). `key` is the
 * domain's hiringAlertKey (company, change time, seeker): unique, so one
 * change never alerts a seeker twice.
 */
@Entity({ name: 'hiring_alerts' })
@Index('idx_hiring_alerts_owner_created', ['ownerId', 'createdAt', 'id'])
@Index('idx_hiring_alerts_company_owner', ['companyId', 'ownerId'])
export class HiringAlertEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('uq_hiring_alerts_key', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  key: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'company_id', type: 'varchar', length: 36 })
  companyId: string;

  @ManyToOne(() => CompanyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity;

  /** The person the seeker met there most recently: the one to get back to. */
  @Column({ name: 'contact_id', type: 'varchar', length: 36 })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  /** That most recent meeting. */
  @Column({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'meeting_count', type: 'integer' })
  meetingCount: number;

  @Column({ name: 'last_met_at', type: timestampType })
  lastMetAt: Date;

  @Column({ type: 'varchar', length: 500 })
  message: string;

  /** When the company turned to HIRING (the change the alert is about). */
  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;

  /** When the seeker put it away, or a later change to HIRING replaced it. */
  @Column({ name: 'dismissed_at', type: timestampType, nullable: true })
  dismissedAt: Date | null;
}
