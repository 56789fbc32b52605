import type { LocationKind, MeetingStatus } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { timestampType } from '../db/column-types.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A meeting a seeker set up from an accepted ask. owner_id is the seeker (the
 * ownership rule's column). The length is stored and the end derived
 * (meetingEndsAt), so the two can never disagree; ended_at is the real end,
 * recorded when the meeting is completed.
 */
@Entity({ name: 'meetings' })
@Index('idx_meetings_owner_starts', ['ownerId', 'startsAt', 'id'])
@Index('idx_meetings_starts', ['startsAt', 'id'])
export class MeetingEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Index('idx_meetings_ask')
  @Column({ name: 'ask_id', type: 'varchar', length: 36 })
  askId: string;

  @ManyToOne(() => AskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ask_id' })
  ask?: AskEntity;

  @Index('idx_meetings_contact')
  @Column({ name: 'contact_id', type: 'varchar', length: 36 })
  contactId: string;

  @ManyToOne(() => ContactEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contact_id' })
  contact?: ContactEntity;

  @Column({ type: 'varchar', length: 16 })
  status: MeetingStatus;

  @Column({ name: 'starts_at', type: timestampType })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'location_kind', type: 'varchar', length: 16 })
  locationKind: LocationKind;

  @Column({ name: 'location_details', type: 'varchar', length: 300, nullable: true })
  locationDetails: string | null;

  @Column({ name: 'status_changed_at', type: timestampType })
  statusChangedAt: Date;

  @Column({ name: 'ended_at', type: timestampType, nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}

/**
 * One move of a meeting: the time it had before the move. Where it went is
 * the next row (or the meeting itself), as the domain's rescheduleHistory
 * reads it; position keeps the order when two moves share a timestamp.
 */
@Entity({ name: 'meeting_reschedules' })
@Index('idx_meeting_reschedules_meeting', ['meetingId', 'position'], { unique: true })
export class MeetingRescheduleEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'starts_at', type: timestampType })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'rescheduled_at', type: timestampType })
  rescheduledAt: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}
