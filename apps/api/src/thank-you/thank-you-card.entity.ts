import type { ThankYouKind, ThankYouStatus } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ContactEntity } from '../contact/contact.entity.js';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * The thank-you note a completed meeting puts on its seeker's list, one per
 * meeting. owner_id is the seeker (the ownership rule's column). Only the
 * due date and the zone it is counted in are stored: the deadline instant
 * (cardDueAt) and whether it is due today or overdue (thankYouState) are
 * derived, and the meeting's real end, which no note may precede, is read
 * from the meeting itself.
 */
@Entity({ name: 'thank_you_cards' })
@Index('idx_thank_you_cards_owner_due', ['ownerId', 'status', 'dueOn', 'id'])
@Index('idx_thank_you_cards_owner_sent', ['ownerId', 'status', 'sentAt', 'id'])
export class ThankYouCardEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Index('uq_thank_you_cards_meeting', { unique: true })
  @Column({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  /** The person thanked: the one the seeker met. */
  @Index('idx_thank_you_cards_contact')
  @Column({ name: 'contact_id', type: 'varchar', length: 36 })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'varchar', length: 16 })
  status: ThankYouStatus;

  /** The seeker's local date the note is due (YYYY-MM-DD). */
  @Column({ name: 'due_on', type: 'varchar', length: 10 })
  dueOn: string;

  /** The seeker's zone when the note was planned; the due date is counted in it. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  kind: ThankYouKind | null;

  @Column({ name: 'sent_at', type: timestampType, nullable: true })
  sentAt: Date | null;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}
