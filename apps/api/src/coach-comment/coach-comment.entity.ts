import type { CoachCommentTarget } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * A coach's comment on a seeker's meeting: on its question list or on its
 * notes. owner_id is the meeting's seeker (copied from the meeting, so the
 * ownership rule reads it like every other seeker-owned row); author_id is
 * the staff member who wrote it.
 */
@Entity({ name: 'coach_comments' })
@Index('idx_coach_comments_meeting', ['meetingId', 'createdAt', 'id'])
export class CoachCommentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Index('idx_coach_comments_owner')
  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  target: CoachCommentTarget;

  @Column({ type: 'varchar', length: 2000 })
  body: string;

  /** Null once the author's account is gone; the comment stays. */
  @Column({ name: 'author_id', type: 'varchar', length: 36, nullable: true })
  authorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;

  @Column({ name: 'updated_at', type: timestampType })
  updatedAt: Date;
}
