import type { ExpertQuestionStatus } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A seeker's question to the agency's experts and, once given, the answer.
 * owner_id is the seeker (the ownership rule's column). The inbox reads by
 * status: open ones oldest first, answered ones newest answer first.
 */
@Entity({ name: 'expert_questions' })
@Index('idx_expert_questions_owner_asked', ['ownerId', 'askedAt', 'id'])
@Index('idx_expert_questions_status_asked', ['status', 'askedAt', 'id'])
@Index('idx_expert_questions_status_answered', ['status', 'answeredAt', 'id'])
export class ExpertQuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  /** The seeker's meeting the question is about, if any. */
  @Index('idx_expert_questions_meeting')
  @Column({ name: 'meeting_id', type: 'varchar', length: 36, nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity | null;

  @Column({ type: 'varchar', length: 2000 })
  question: string;

  @Column({ type: 'varchar', length: 16 })
  status: ExpertQuestionStatus;

  @Column({ name: 'asked_at', type: timestampType })
  askedAt: Date;

  @Column({ type: 'varchar', length: 5000, nullable: true })
  answer: string | null;

  @Column({ name: 'answered_by_id', type: 'varchar', length: 36, nullable: true })
  answeredById: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'answered_by_id' })
  answeredBy?: UserEntity | null;

  @Column({ name: 'answered_at', type: timestampType, nullable: true })
  answeredAt: Date | null;
}
