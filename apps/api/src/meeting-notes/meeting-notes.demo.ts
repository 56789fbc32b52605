import {
  editFreeNotes,
  editQuestionNote,
  markQuestionAsked,
  startMeetingNotes,
  type MeetingNotes,
} from '@rapport/domain';
import type { EntityManager } from 'typeorm';
import { orThrow } from '../common/errors.js';
import { PreparationService } from '../preparation/preparation.service.js';
import { insertMeetingNotes } from './meeting-notes.service.js';

/**
 * Demo data: meeting mode already opened on a meeting, with the first
 * questions ticked, a note on one and some free notes, so the page shows
 * saved work on first start, on the meeting's prepared list.
 */
export async function seedDemoMeetingNotes(
  manager: EntityManager,
  input: {
    meetingId: string;
    ownerId: string;
    now: Date;
  },
): Promise<void> {
  const { meetingId, now } = input;
  const questions = await new PreparationService(manager.connection).questionsFor(
    meetingId,
    manager,
  );
  const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000);
  let notes: MeetingNotes = startMeetingNotes({ meetingId, questions });
  for (const [i, question] of questions.slice(0, 2).entries()) {
    notes = orThrow(
      markQuestionAsked(notes, { questionId: question.id, asked: true, at: at(9 - i) }),
    ).notes;
  }
  if (questions[0]) {
    notes = orThrow(
      editQuestionNote(notes, questions[0].id, {
        baseRevision: 0,
        text: 'Clinics go live in a week, not a quarter. New people start in support or QA.',
        receivedAt: at(8),
      }),
    ).notes;
  }
  notes = orThrow(
    editFreeNotes(notes, {
      baseRevision: 0,
      text: 'She prefers email over phone. Mentioned a meetup on the 14th worth going to.',
      receivedAt: at(7),
    }),
  ).notes;
  await insertMeetingNotes(manager, notes, input.ownerId, at(10));
}
