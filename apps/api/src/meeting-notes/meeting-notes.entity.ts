import type { QuestionCategory } from '@rapport/domain';
import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * Meeting mode's notes: one row per meeting, made the first time the seeker
 * opens meeting mode. owner_id repeats the meeting's seeker (the ownership
 * rule's column). The free notes live here with their revision; each
 * question of the list is a row of meeting_note_questions.
 */
@Entity({ name: 'meeting_notes' })
export class MeetingNotesEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @OneToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: MeetingEntity;

  @Column({ name: 'owner_id', type: 'varchar', length: 36 })
  ownerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id' })
  owner?: UserEntity;

  @Column({ name: 'free_text', type: 'text' })
  freeText: string;

  @Column({ name: 'free_revision', type: 'integer' })
  freeRevision: number;

  @Column({ name: 'free_updated_at', type: timestampType, nullable: true })
  freeUpdatedAt: Date | null;

  @Column({ name: 'started_at', type: timestampType })
  startedAt: Date;
}

/**
 * One question of meeting mode's list: the words copied from the plan when
 * it was added (so a later edit of the plan does not rewrite a meeting that
 * happened), the tick and the note with its revision. position is the order
 * on screen.
 */
@Entity({ name: 'meeting_note_questions' })
export class MeetingNoteQuestionEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'varchar', length: 36 })
  meetingId: string;

  @ManyToOne(() => MeetingNotesEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  notes?: MeetingNotesEntity;

  @PrimaryColumn({ name: 'question_id', type: 'varchar', length: 36 })
  questionId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 16 })
  category: QuestionCategory;

  @Column({ type: 'text' })
  question: string;

  @Column({ type: 'boolean' })
  asked: boolean;

  @Column({ name: 'asked_changed_at', type: timestampType, nullable: true })
  askedChangedAt: Date | null;

  @Column({ name: 'note_text', type: 'text' })
  noteText: string;

  @Column({ name: 'note_revision', type: 'integer' })
  noteRevision: number;

  @Column({ name: 'note_updated_at', type: timestampType, nullable: true })
  noteUpdatedAt: Date | null;
}
