import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A name given to a seeker at the end of a meeting, as it was given. owner_id
 * is the seeker (the ownership rule's column). The person became the
 * seeker's contact (contact_id) when the referral was recorded; the
 * follow-up is due on follow_up_due_on in time_zone (the deadline instant is
 * derived, never stored) and done at followed_up_at, or when the seeker
 * asked them (ask_id).
 *
 * The list index serves "still to follow up, oldest due date first" for one
 * seeker and stops after a page.
 */
@Entity({ name: 'referrals' })
@Index('idx_referrals_owner_due', ['ownerId', 'followUpDueOn', 'recordedAt', 'id'])
@Index('idx_referrals_owner_recorded', ['ownerId', 'recordedAt', 'id'])
export class ReferralEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Index('idx_referrals_meeting')
  @Column({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  /** The contact who gave the name: the person the seeker met. */
  @Index('idx_referrals_given_by')
  @Column({ name: 'given_by_contact_id', type: 'varchar', length: 36 })
  givenByContactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'given_by_contact_id' })
  givenBy?: ContactEntity;

  /** The seeker's contact record of the person named. */
  @Index('idx_referrals_contact')
  @Column({ name: 'contact_id', type: 'varchar', length: 36 })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  /** The ask the seeker made from the follow-up list, when they did. */
  @Column({ name: 'ask_id', type: 'varchar', length: 36, nullable: true })
  askId: string | null;

  @ManyToOne(() => AskEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'ask_id' })
  ask?: AskEntity | null;

  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  title: string | null;

  @Column({ name: 'company_id', type: 'varchar', length: 36, nullable: true })
  companyId: string | null;

  @ManyToOne(() => CompanyEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'company_id' })
  company?: CompanyEntity | null;

  /** As the referrer said it; kept when it matched no company the agency knows. */
  @Column({ name: 'company_name', type: 'varchar', length: 120, nullable: true })
  companyName: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ name: 'how_to_reach', type: 'varchar', length: 300, nullable: true })
  howToReach: string | null;

  /** What the referrer said about them. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_at', type: timestampType })
  recordedAt: Date;

  /** The seeker's local date the follow-up is due (the day the name was given). */
  @Column({ name: 'follow_up_due_on', type: 'varchar', length: 10 })
  followUpDueOn: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'followed_up_at', type: timestampType, nullable: true })
  followedUpAt: Date | null;
}
