import {
  type PlannedQuestion,
  QUESTION_CATEGORIES,
  type QuestionCategory,
} from '../preparation/question-plan.js';
import { readRecord, type RecordErrorCode, type RecordFields } from '../record.js';
import { fail, ok, type Result } from '../result.js';

/**
 * Meeting mode: the question list to tick off with a note per question, and
 * free notes. Notes are typed on a phone or laptop that may lose the network
 * mid-meeting, so every edit says which revision it started from and the
 * server decides with applyNoteEdit. The rule is that nothing typed is ever
 * lost: a stale edit never overwrites newer text, it is merged into it.
 */
export type MeetingNotesErrorCode =
  'NOTES.UNKNOWN_QUESTION' | 'NOTES.TOO_LONG' | 'NOTES.INVALID_REVISION';

/** Limits on one edit. A merge of two edits may exceed them, because dropping text is worse. */
export const NOTE_LIMITS = { free: 20_000, question: 2_000 } as const;

/** Text that may be edited from more than one place. */
export interface NoteText {
  text: string;
  /** Bumped by every change that is kept; 0 for a note nobody has written yet. */
  revision: number;
  updatedAt: Date | null;
}

/** One save from a client: its whole text, and the revision that text was based on. */
export interface NoteEdit {
  baseRevision: number;
  text: string;
  /** When the server received it; the client's clock is not trusted for ordering text. */
  receivedAt: Date;
}

export const NOTE_EDIT_OUTCOMES = ['APPLIED', 'MERGED', 'UNCHANGED'] as const;
/**
 * APPLIED: the edit replaced the text. MERGED: the edit was based on an older
 * revision and both texts were kept, the newer first. UNCHANGED: the text
 * already held what the edit says (e.g. a retried save).
 */
export type NoteEditOutcome = (typeof NOTE_EDIT_OUTCOMES)[number];

/** Between the text already saved and a merged-in stale edit, so the seeker sees the seam. */
export const MERGE_SEPARATOR = '\n\n';

function emptyNote(): NoteText {
  return { text: '', revision: 0, updatedAt: null };
}

/**
 * Decides what an edit does to a note.
 * - Based on the current revision: it replaces the text (the writer saw
 *   everything there was, so deleting is their choice).
 * - Based on any other revision (an offline client, a second device): the
 *   newer text is never overwritten. If one text contains the other, the
 *   longer one is kept; otherwise the edit is appended after the current text.
 * So the result always contains the edit's text, and also the current text
 * unless the writer had seen it. No three-way merge: without the base text
 * a merge can only guess, and a guess may drop words.
 */
export function applyNoteEdit(
  current: NoteText,
  edit: NoteEdit,
  maxLength: number = NOTE_LIMITS.free,
): Result<{ note: NoteText; outcome: NoteEditOutcome }, MeetingNotesErrorCode> {
  if (!Number.isInteger(edit.baseRevision) || edit.baseRevision < 0) {
    return fail('NOTES.INVALID_REVISION', 'This save does not say which version it changes.', {
      field: 'baseRevision',
    });
  }
  if (edit.text.length > maxLength) {
    return fail(
      'NOTES.TOO_LONG',
      `Notes are limited to ${maxLength} characters; split them or shorten them.`,
      { field: 'text', details: { max: maxLength } },
    );
  }
  const unchanged = { note: current, outcome: 'UNCHANGED' as const };
  const write = (text: string, outcome: NoteEditOutcome) => ({
    note: { text, revision: current.revision + 1, updatedAt: edit.receivedAt },
    outcome,
  });
  if (edit.text === current.text) return ok(unchanged);
  if (edit.baseRevision === current.revision) return ok(write(edit.text, 'APPLIED'));
  if (current.text.includes(edit.text)) return ok(unchanged);
  if (edit.text.includes(current.text)) return ok(write(edit.text, 'APPLIED'));
  return ok(write(`${current.text}${MERGE_SEPARATOR}${edit.text}`, 'MERGED'));
}

export interface MeetingQuestion {
  questionId: string;
  category: QuestionCategory;
  /** The question as planned, copied so later edits to the plan do not rewrite the meeting. */
  question: string;
  asked: boolean;
  /** When the tick last changed; a late tick from an offline client does not undo a newer one. */
  askedChangedAt: Date | null;
  note: NoteText;
}

export interface MeetingNotes {
  meetingId: string;
  /** In the planned order. */
  questions: readonly MeetingQuestion[];
  freeNotes: NoteText;
}

/** Opens meeting mode with the prepared questions, nothing ticked, nothing written. */
export function startMeetingNotes(input: {
  meetingId: string;
  questions: readonly PlannedQuestion[];
}): MeetingNotes {
  return {
    meetingId: input.meetingId,
    questions: input.questions.map((q) => ({
      questionId: q.id,
      category: q.category,
      question: q.text,
      asked: false,
      askedChangedAt: null,
      note: emptyNote(),
    })),
    freeNotes: emptyNote(),
  };
}

/** Whether the seeker did anything with a question in meeting mode (a tick, a word). */
function touched(question: MeetingQuestion): boolean {
  return question.asked || question.askedChangedAt !== null || question.note.revision > 0;
}

/**
 * Brings meeting mode's questions in line with the plan as it is now, for a
 * seeker who opened meeting mode, then went back to prepare. Nothing the
 * seeker did is undone: a question they ticked or wrote about stays, with
 * the wording they saw, even if the plan dropped it (after the planned ones).
 * Untouched questions follow the plan: new ones appear, dropped ones go,
 * reworded ones take the new words, and the order is the plan's.
 */
export function followThePlan(
  notes: MeetingNotes,
  planned: readonly PlannedQuestion[],
): { notes: MeetingNotes; changed: boolean } {
  const byId = new Map(notes.questions.map((q) => [q.questionId, q]));
  const plannedIds = new Set(planned.map((q) => q.id));
  const questions: MeetingQuestion[] = [
    ...planned.map((p): MeetingQuestion => {
      const existing = byId.get(p.id);
      if (existing && touched(existing)) return existing;
      return {
        questionId: p.id,
        category: p.category,
        question: p.text,
        asked: false,
        askedChangedAt: null,
        note: existing?.note ?? emptyNote(),
      };
    }),
    ...notes.questions.filter((q) => !plannedIds.has(q.questionId) && touched(q)),
  ];
  const same = (a: MeetingQuestion, b: MeetingQuestion | undefined) =>
    b !== undefined &&
    a.questionId === b.questionId &&
    a.category === b.category &&
    a.question === b.question;
  const changed =
    questions.length !== notes.questions.length ||
    questions.some((q, i) => !same(q, notes.questions[i]));
  return changed ? { notes: { ...notes, questions }, changed } : { notes, changed };
}

function findQuestion(
  notes: MeetingNotes,
  questionId: string,
): Result<MeetingQuestion, 'NOTES.UNKNOWN_QUESTION'> {
  const question = notes.questions.find((q) => q.questionId === questionId);
  if (!question) {
    return fail('NOTES.UNKNOWN_QUESTION', 'That question is not on this meeting’s list.', {
      field: 'questionId',
      details: { questionId },
    });
  }
  return ok(question);
}

function replaceQuestion(notes: MeetingNotes, updated: MeetingQuestion): MeetingNotes {
  return {
    ...notes,
    questions: notes.questions.map((q) => (q.questionId === updated.questionId ? updated : q)),
  };
}

/**
 * Ticks a question as asked, or unticks it. Ticks are yes/no, so the latest
 * one wins, judged by when it was made (`at`, the client's moment of the
 * tap): a tick queued offline and delivered late does not undo a newer one.
 */
export function markQuestionAsked(
  notes: MeetingNotes,
  input: { questionId: string; asked: boolean; at: Date },
): Result<{ notes: MeetingNotes; changed: boolean }, MeetingNotesErrorCode> {
  const question = findQuestion(notes, input.questionId);
  if (!question.ok) return question;
  const last = question.value.askedChangedAt;
  if (question.value.asked === input.asked || (last && input.at.getTime() < last.getTime())) {
    return ok({ notes, changed: false });
  }
  return ok({
    notes: replaceQuestion(notes, {
      ...question.value,
      asked: input.asked,
      askedChangedAt: input.at,
    }),
    changed: true,
  });
}

export function editQuestionNote(
  notes: MeetingNotes,
  questionId: string,
  edit: NoteEdit,
): Result<{ notes: MeetingNotes; outcome: NoteEditOutcome }, MeetingNotesErrorCode> {
  const question = findQuestion(notes, questionId);
  if (!question.ok) return question;
  const applied = applyNoteEdit(question.value.note, edit, NOTE_LIMITS.question);
  if (!applied.ok) return applied;
  return ok({
    notes: replaceQuestion(notes, { ...question.value, note: applied.value.note }),
    outcome: applied.value.outcome,
  });
}

export function editFreeNotes(
  notes: MeetingNotes,
  edit: NoteEdit,
): Result<{ notes: MeetingNotes; outcome: NoteEditOutcome }, MeetingNotesErrorCode> {
  const applied = applyNoteEdit(notes.freeNotes, edit, NOTE_LIMITS.free);
  if (!applied.ok) return applied;
  return ok({ notes: { ...notes, freeNotes: applied.value.note }, outcome: applied.value.outcome });
}

export interface QuestionProgress {
  asked: number;
  total: number;
  /** Still to ask, in the planned order. */
  remaining: MeetingQuestion[];
  /** The one question the meeting must not end without. */
  referralsAsked: boolean;
}

/**
 * How far through the list the seeker is. A plan without a referral question
 * counts as not having asked for referrals: meeting mode should still remind
 * the seeker before the end.
 */
export function questionProgress(notes: MeetingNotes): QuestionProgress {
  const remaining = notes.questions.filter((q) => !q.asked);
  return {
    asked: notes.questions.length - remaining.length,
    total: notes.questions.length,
    remaining,
    referralsAsked: notes.questions.some((q) => q.category === 'REFERRALS' && q.asked),
  };
}

/**
 * What the seeker wrote, most specific first: the notes on questions that
 * were asked, in the planned order, then the free notes. Feeds the
 * thank-you draft.
 */
export function notesInOrder(notes: MeetingNotes): string[] {
  return [
    ...notes.questions.filter((q) => q.asked).map((q) => q.note.text),
    notes.freeNotes.text,
  ].filter((text) => text.trim().length > 0);
}

function readNote(f: RecordFields): NoteText {
  return {
    text: f.nullableString('text') ?? '',
    revision: f.integer('revision', 0),
    updatedAt: f.nullableInstant('updatedAt'),
  };
}

/**
 * Meeting notes as persistence returns them. Question rows must come in the
 * planned order (the API stores a position and loads by it).
 */
export function meetingNotesFromRecord(raw: unknown): Result<MeetingNotes, RecordErrorCode> {
  return readRecord(raw, (f) => ({
    meetingId: f.string('meetingId'),
    questions: f.list('questions', (q) => ({
      questionId: q.string('questionId'),
      category: q.oneOf('category', QUESTION_CATEGORIES),
      question: q.string('question'),
      asked: q.boolean('asked'),
      askedChangedAt: q.nullableInstant('askedChangedAt'),
      note: q.object('note', readNote),
    })),
    freeNotes: f.object('freeNotes', readNote),
  }));
}
