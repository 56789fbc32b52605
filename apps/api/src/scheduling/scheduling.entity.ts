import type { LocationKind, ProposalStatus, SlotOfferer } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * Times a seeker offered a contact for the meeting of one ask (reverse
 * scheduling). owner_id is the seeker (the ownership rule's column). The
 * contact is the ask's, read from it, so a contact merge moves nothing here.
 * The offered times are rows of their own (SchedulingSlotEntity), read back
 * into the domain's proposal in one place (scheduling/proposal-store.ts).
 */
@Entity({ name: 'scheduling_proposals' })
@Index('idx_scheduling_proposals_ask', ['askId', 'proposedAt'])
export class SchedulingProposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('idx_scheduling_proposals_owner')
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'ask_id', type: 'varchar', length: 36 })
  askId: string;

  @ManyToOne(() => AskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'ask_id' })
  ask?: AskEntity;

  @Column({ type: 'varchar', length: 16 })
  status: ProposalStatus;

  /** The contact's zone: the times were checked against their business hours there. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  /** ISO weekdays, comma-separated ("1,2,3,4,5"). */
  @Column({ name: 'business_days', type: 'varchar', length: 20 })
  businessDays: string;

  @Column({ name: 'opens_at', type: 'varchar', length: 5 })
  opensAt: string;

  @Column({ name: 'closes_at', type: 'varchar', length: 5 })
  closesAt: string;

  @Column({ name: 'location_kind', type: 'varchar', length: 16 })
  locationKind: LocationKind;

  @Column({ name: 'location_details', type: 'varchar', length: 300, nullable: true })
  locationDetails: string | null;

  /** The slot (offered or countered) the meeting was booked at. */
  @Column({ name: 'chosen_slot_id', type: 'varchar', length: 36, nullable: true })
  chosenSlotId: string | null;

  /** The meeting booked from it, once a time is agreed. */
  @Column({ name: 'meeting_id', type: 'varchar', length: 36, nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity | null;

  /** What the contact wrote when declining, if anything. */
  @Column({ name: 'reply_note', type: 'varchar', length: 1000, nullable: true })
  replyNote: string | null;

  @Column({ name: 'proposed_at', type: timestampType })
  proposedAt: Date;

  @Column({ name: 'status_changed_at', type: timestampType })
  statusChangedAt: Date;
}

/** One offered time: the seeker's, or the one the contact offered back. */
@Entity({ name: 'scheduling_slots' })
@Index('idx_scheduling_slots_proposal', ['proposalId', 'startsAt'])
export class SchedulingSlotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'proposal_id', type: 'varchar', length: 36 })
  proposalId: string;

  @ManyToOne(() => SchedulingProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: SchedulingProposalEntity;

  @Column({ name: 'offered_by', type: 'varchar', length: 8 })
  offeredBy: SlotOfferer;

  @Column({ name: 'starts_at', type: timestampType })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'integer' })
  durationMinutes: number;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;
}

/**
 * The link the contact answers through. Only the SHA-256 of its token is
 * kept: the token itself is shown to the seeker once, when the link is made.
 */
@Entity({ name: 'scheduling_links' })
export class SchedulingLinkEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('idx_scheduling_links_proposal')
  @Column({ name: 'proposal_id', type: 'varchar', length: 36 })
  proposalId: string;

  @ManyToOne(() => SchedulingProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: SchedulingProposalEntity;

  @Index('uq_scheduling_links_token', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'expires_at', type: timestampType })
  expiresAt: Date;

  @Column({ name: 'used_at', type: timestampType, nullable: true })
  usedAt: Date | null;

  @Column({ name: 'replaced_at', type: timestampType, nullable: true })
  replacedAt: Date | null;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}
