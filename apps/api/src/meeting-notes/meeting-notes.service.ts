import {
  editFreeNotes,
  editQuestionNote,
  followThePlan,
  markQuestionAsked,
  meetingNotesFromRecord,
  startMeetingNotes,
  type MeetingNotes,
  type MeetingQuestion,
  type NoteEditOutcome,
  type NoteText,
  type PlannedQuestion,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, orThrow } from '../common/errors.js';
import { readable, writable } from '../common/ownership.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import { MeetingNoteQuestionEntity, MeetingNotesEntity } from './meeting-notes.entity.js';

/**
 * Where meeting mode takes its questions from: the meeting's prepared list,
 * in the planned order (the preparation concept's PreparationService).
 */
export interface PlannedQuestionsSource {
  /** Read with `manager`, inside the transaction that writes the notes. */
  questionsFor(meetingId: string, manager: EntityManager): Promise<readonly PlannedQuestion[]>;
}

/** Meeting notes with what meeting mode shows beside them. */
export interface MeetingNotesView extends MeetingNotes {
  /** The agency's warning, in minutes before the agreed end. */
  warningMinutes: number;
}

export interface NoteEditAnswer {
  outcome: NoteEditOutcome;
  note: NoteText;
}

function questionRow(meetingId: string, question: MeetingQuestion, position: number) {
  return {
    meetingId,
    questionId: question.questionId,
    position,
    category: question.category,
    question: question.question,
    asked: question.asked,
    askedChangedAt: question.askedChangedAt,
    noteText: question.note.text,
    noteRevision: question.note.revision,
    noteUpdatedAt: question.note.updatedAt,
  };
}

async function insertQuestions(manager: EntityManager, notes: MeetingNotes): Promise<void> {
  if (notes.questions.length === 0) return;
  await manager.insert(
    MeetingNoteQuestionEntity,
    notes.questions.map((q, i) => questionRow(notes.meetingId, q, i)),
  );
}

/** Writes notes that have no rows yet (meeting mode opened for the first time, or demo data). */
export async function insertMeetingNotes(
  manager: EntityManager,
  notes: MeetingNotes,
  ownerId: string,
  startedAt: Date,
): Promise<void> {
  await manager.insert(MeetingNotesEntity, {
    meetingId: notes.meetingId,
    ownerId,
    freeText: notes.freeNotes.text,
    freeRevision: notes.freeNotes.revision,
    freeUpdatedAt: notes.freeNotes.updatedAt,
    startedAt,
  });
  await insertQuestions(manager, notes);
}

/** The domain's notes from the stored rows, read back through the domain's one reader. */
function notesOf(row: MeetingNotesEntity, questions: readonly MeetingNoteQuestionEntity[]) {
  return orThrow(
    meetingNotesFromRecord({
      meetingId: row.meetingId,
      questions: [...questions]
        .sort((a, b) => a.position - b.position)
        .map((q) => ({
          questionId: q.questionId,
          category: q.category,
          question: q.question,
          asked: q.asked,
          askedChangedAt: q.askedChangedAt,
          note: { text: q.noteText, revision: q.noteRevision, updatedAt: q.noteUpdatedAt },
        })),
      freeNotes: { text: row.freeText, revision: row.freeRevision, updatedAt: row.freeUpdatedAt },
    }),
  );
}

/**
 * Meeting mode's notes: the questions to tick with a note each, and free
 * notes. Every save says which revision it was typed on and the domain's
 * applyNoteEdit decides, so a save from an offline phone merges into newer
 * text instead of replacing it. The seeker writes; staff read (coaching).
 */
export class MeetingNotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    /** Public so tests can stand in for the preparation concept. */
    readonly plan: PlannedQuestionsSource,
  ) {}

  private async load(manager: EntityManager, meetingId: string): Promise<MeetingNotes | null> {
    const row = await manager.getRepository(MeetingNotesEntity).findOneBy({ meetingId });
    if (!row) return null;
    const questions = await manager
      .getRepository(MeetingNoteQuestionEntity)
      .find({ where: { meetingId }, order: { position: 'ASC' } });
    return notesOf(row, questions);
  }

  private async withWarning(manager: EntityManager, notes: MeetingNotes) {
    const settings = await this.settings.current(manager);
    return { ...notes, warningMinutes: settings.meeting.warningMinutes };
  }

  /** The meeting's notes, or null before meeting mode was first opened. Staff may read them. */
  async get(actor: Actor, meetingId: string): Promise<MeetingNotesView | null> {
    const manager = this.dataSource.manager;
    readable(
      actor,
      await manager.getRepository(MeetingEntity).findOneBy({ id: meetingId }),
      SEEKER_MEETING,
    );
    const notes = await this.load(manager, meetingId);
    return notes && this.withWarning(manager, notes);
  }

  /**
   * Runs `work` on the seeker's own meeting's notes, starting them when
   * meeting mode was never opened (an edit queued offline may arrive first).
   * One writer per meeting at a time, so two devices' saves are judged in turn.
   */
  private async change<T>(
    actor: Actor,
    meetingId: string,
    now: Date,
    work: (notes: MeetingNotes, manager: EntityManager, fresh: boolean) => Promise<T>,
  ): Promise<T> {
    if (seekerIdOf(actor) === null)
      throw new ForbiddenError('Only job seekers write meeting notes.');
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const meeting = writable(
          actor,
          await manager.getRepository(MeetingEntity).findOneBy({ id: meetingId }),
          SEEKER_MEETING,
        );
        const existing = await this.load(manager, meetingId);
        if (existing) return work(existing, manager, false);
        const notes = startMeetingNotes({
          meetingId,
          questions: await this.plan.questionsFor(meetingId, manager),
        });
        await insertMeetingNotes(manager, notes, meeting.ownerId, now);
        return work(notes, manager, true);
      },
      [`meeting-notes:${meetingId}`],
    );
  }

  /**
   * Opens meeting mode. Opening it again resets nothing: it only brings the
   * list in line with the plan (new questions appear, untouched dropped ones
   * go) and keeps every tick and word.
   */
  async start(actor: Actor, meetingId: string, now: Date): Promise<MeetingNotesView> {
    return this.change(actor, meetingId, now, async (notes, manager, fresh) => {
      if (fresh) return this.withWarning(manager, notes);
      const followed = followThePlan(notes, await this.plan.questionsFor(meetingId, manager));
      if (followed.changed) {
        await manager.delete(MeetingNoteQuestionEntity, { meetingId });
        await insertQuestions(manager, followed.notes);
      }
      return this.withWarning(manager, followed.notes);
    });
  }

  /**
   * Ticks or unticks a question. `at` is when the seeker tapped (a tap queued
   * offline arrives late); a clock ahead of the server's counts as now, so a
   * wrong clock cannot freeze a tick.
   */
  async markAsked(
    actor: Actor,
    meetingId: string,
    input: { questionId: string; asked: boolean; at?: Date | null },
    now: Date,
  ): Promise<{ question: MeetingQuestion; changed: boolean }> {
    const at = input.at && input.at.getTime() < now.getTime() ? input.at : now;
    return this.change(actor, meetingId, now, async (notes, manager) => {
      const marked = orThrow(
        markQuestionAsked(notes, { questionId: input.questionId, asked: input.asked, at }),
      );
      const question = marked.notes.questions.find((q) => q.questionId === input.questionId)!;
      if (marked.changed) {
        await manager.update(
          MeetingNoteQuestionEntity,
          { meetingId, questionId: input.questionId },
          { asked: question.asked, askedChangedAt: question.askedChangedAt },
        );
      }
      return { question, changed: marked.changed };
    });
  }

  /** Saves a question's note as typed on `baseRevision`; a stale save is merged, never lost. */
  async editQuestionNote(
    actor: Actor,
    meetingId: string,
    input: { questionId: string; baseRevision: number; text: string },
    now: Date,
  ): Promise<NoteEditAnswer> {
    return this.change(actor, meetingId, now, async (notes, manager) => {
      const edited = orThrow(
        editQuestionNote(notes, input.questionId, {
          baseRevision: input.baseRevision,
          text: input.text,
          receivedAt: now,
        }),
      );
      const note = edited.notes.questions.find((q) => q.questionId === input.questionId)!.note;
      if (edited.outcome !== 'UNCHANGED') {
        await manager.update(
          MeetingNoteQuestionEntity,
          { meetingId, questionId: input.questionId },
          { noteText: note.text, noteRevision: note.revision, noteUpdatedAt: note.updatedAt },
        );
      }
      return { outcome: edited.outcome, note };
    });
  }

  /** Saves the free notes as typed on `baseRevision`; a stale save is merged, never lost. */
  async editFreeNotes(
    actor: Actor,
    meetingId: string,
    input: { baseRevision: number; text: string },
    now: Date,
  ): Promise<NoteEditAnswer> {
    return this.change(actor, meetingId, now, async (notes, manager) => {
      const edited = orThrow(
        editFreeNotes(notes, {
          baseRevision: input.baseRevision,
          text: input.text,
          receivedAt: now,
        }),
      );
      const note = edited.notes.freeNotes;
      if (edited.outcome !== 'UNCHANGED') {
        await manager.update(
          MeetingNotesEntity,
          { meetingId },
          { freeText: note.text, freeRevision: note.revision, freeUpdatedAt: note.updatedAt },
        );
      }
      return { outcome: edited.outcome, note };
    });
  }
}
