import type { ChecklistItem, QuestionCategory } from '@rapport/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';

/**
 * A question of the agency's bank. Staff order questions within their
 * category by `position` (gaps allowed: only the order counts) and retire
 * them rather than delete them, so lists that took one keep where it came from.
 */
@Entity({ name: 'bank_questions' })
@Index('idx_bank_questions_category', ['category', 'position', 'id'])
export class BankQuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  category: QuestionCategory;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ name: 'retired_at', type: timestampType, nullable: true })
  retiredAt: Date | null;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}

/**
 * One question on a meeting's list, owned through the meeting (its owner_id
 * is the ownership rule's column). The text is the seeker's copy: editing
 * the bank later does not change a list already written. `position` runs
 * 1..n without gaps.
 */
@Entity({ name: 'meeting_questions' })
@Index('idx_meeting_questions_meeting', ['meetingId', 'position'])
export class MeetingQuestionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  category: QuestionCategory;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Index('idx_meeting_questions_bank')
  @Column({ name: 'bank_question_id', type: 'varchar', length: 36, nullable: true })
  bankQuestionId: string | null;

  @ManyToOne(() => BankQuestionEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'bank_question_id' })
  bankQuestion?: BankQuestionEntity;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}

/** A ticked item of a meeting's preparation checklist; unticking deletes the row. */
@Entity({ name: 'meeting_checklist_ticks' })
export class ChecklistTickEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  item: ChecklistItem;

  @Column({ name: 'ticked_at', type: timestampType })
  tickedAt: Date;
}
