import {
  editFreeNotes,
  editQuestionNote,
  markQuestionAsked,
  startMeetingNotes,
  type MeetingNotes,
  type PlannedQuestion,
} from '@rapport/domain';
import type { EntityManager } from 'typeorm';
import { orThrow } from '../common/errors.js';
import { insertMeetingNotes } from './meeting-notes.service.js';

/**
 * The questions of today's demo meeting until its prepared list is seeded
 * by the preparation concept (then that list is passed in instead).
 */
export const DEMO_MEETING_QUESTIONS: readonly PlannedQuestion[] = [
  {
    id: 'a3c1f0d2-6b1e-4c55-9a51-0d4e2b7f1a01',
    category: 'COMPANY',
    text: 'Where is the team putting its effort this year?',
  },
  {
    id: 'a3c1f0d2-6b1e-4c55-9a51-0d4e2b7f1a02',
    category: 'CAREER_PATH',
    text: 'What did your path into this role look like?',
  },
  {
    id: 'a3c1f0d2-6b1e-4c55-9a51-0d4e2b7f1a03',
    category: 'ADVICE',
    text: 'What would you focus on if you were starting out today?',
  },
  {
    id: 'a3c1f0d2-6b1e-4c55-9a51-0d4e2b7f1a04',
    category: 'REFERRALS',
    text: 'Who else would be good for me to talk to?',
  },
];

/**
 * Demo data: meeting mode already opened on a meeting, with the first
 * questions ticked, a note on one and some free notes, so the page shows
 * saved work on first start. `questions` is the meeting's prepared list.
 */
export async function seedDemoMeetingNotes(
  manager: EntityManager,
  input: {
    meetingId: string;
    ownerId: string;
    questions: readonly PlannedQuestion[];
    now: Date;
  },
): Promise<void> {
  const { meetingId, questions, now } = input;
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
        text: 'Two new product teams this year; they hire from support and QA first.',
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
