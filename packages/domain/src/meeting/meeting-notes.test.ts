import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlannedQuestion } from '../preparation/question-plan.js';
import { at, expectOk, minutesAfter } from '../test-support/fixtures.js';
import {
  applyNoteEdit,
  editFreeNotes,
  editQuestionNote,
  followThePlan,
  markQuestionAsked,
  MERGE_SEPARATOR,
  meetingNotesFromRecord,
  NOTE_LIMITS,
  type NoteText,
  notesInOrder,
  questionProgress,
  startMeetingNotes,
} from './meeting-notes.js';

const start = at('2025-03-05T15:00:00Z');
const t = (minutes: number) => minutesAfter(start, minutes);

const plan: PlannedQuestion[] = [
  { id: 'q1', category: 'COMPANY', text: 'Where is the team heading this year?' },
  { id: 'q2', category: 'CAREER_PATH', text: 'How did you get into this role?' },
  { id: 'q3', category: 'REFERRALS', text: 'Who else should I talk to?' },
];
const fresh = () => startMeetingNotes({ meetingId: 'meeting-1', questions: plan });
const note = (text: string, revision: number): NoteText => ({ text, revision, updatedAt: t(0) });

describe('startMeetingNotes', () => {
  it('copies the plan, nothing ticked, nothing written', () => {
    const notes = fresh();
    expect(notes.questions.map((q) => [q.questionId, q.category, q.asked])).toEqual([
      ['q1', 'COMPANY', false],
      ['q2', 'CAREER_PATH', false],
      ['q3', 'REFERRALS', false],
    ]);
    expect(notes.freeNotes).toEqual({ text: '', revision: 0, updatedAt: null });
    expect(notes.questions[0]?.question).toBe('Where is the team heading this year?');
  });
});

describe('followThePlan', () => {
  it('changes nothing when the plan is the one meeting mode started with', () => {
    const notes = fresh();
    expect(followThePlan(notes, plan)).toEqual({ notes, changed: false });
  });

  it('adds new questions, drops untouched ones and follows the new order and words', () => {
    const reworded = { ...plan[0]!, text: 'What is the team working towards?' };
    const added: PlannedQuestion = { id: 'q4', category: 'ADVICE', text: 'What would you do?' };
    const { notes, changed } = followThePlan(fresh(), [plan[2]!, added, reworded]);
    expect(changed).toBe(true);
    expect(notes.questions.map((q) => [q.questionId, q.question, q.asked])).toEqual([
      ['q3', 'Who else should I talk to?', false],
      ['q4', 'What would you do?', false],
      ['q1', 'What is the team working towards?', false],
    ]);
  });

  it('keeps every question the seeker ticked or wrote about, with the words they saw', () => {
    let notes = fresh();
    notes = expectOk(markQuestionAsked(notes, { questionId: 'q1', asked: true, at: t(1) })).notes;
    // Ticked, then unticked: still something the seeker did.
    notes = expectOk(markQuestionAsked(notes, { questionId: 'q3', asked: true, at: t(1) })).notes;
    notes = expectOk(markQuestionAsked(notes, { questionId: 'q3', asked: false, at: t(2) })).notes;
    notes = expectOk(
      editQuestionNote(notes, 'q2', {
        baseRevision: 0,
        text: 'Started in sales.',
        receivedAt: t(3),
      }),
    ).notes;
    const reworded = { ...plan[0]!, text: 'Reworded' };
    const result = followThePlan(notes, [reworded]);
    // All three were touched: the list stays exactly as the seeker saw it.
    expect(result).toEqual({ notes, changed: false });
    expect(result.notes.questions.map((q) => [q.questionId, q.question])).toEqual([
      ['q1', 'Where is the team heading this year?'],
      ['q2', 'How did you get into this role?'],
      ['q3', 'Who else should I talk to?'],
    ]);
    expect(result.notes.questions[1]?.note.text).toBe('Started in sales.');
    // A new plan order moves the planned ones first, the dropped ones after.
    const reordered = followThePlan(notes, [plan[2]!]);
    expect(reordered.changed).toBe(true);
    expect(reordered.notes.questions.map((q) => q.questionId)).toEqual(['q3', 'q1', 'q2']);
  });

  it('notices a new category on an untouched question', () => {
    const recategorised = [{ ...plan[0]!, category: 'ROLE' as const }, plan[1]!, plan[2]!];
    const result = followThePlan(fresh(), recategorised);
    expect(result.changed).toBe(true);
    expect(result.notes.questions[0]?.category).toBe('ROLE');
  });
});

describe('applyNoteEdit', () => {
  const current = note('Team of 8. Moving to Kubernetes.', 3);

  it('applies an edit based on the current revision, deletions included', () => {
    expect(
      applyNoteEdit(current, { baseRevision: 3, text: 'Team of 8.', receivedAt: t(5) }),
    ).toEqual({
      ok: true,
      value: { note: { text: 'Team of 8.', revision: 4, updatedAt: t(5) }, outcome: 'APPLIED' },
    });
  });

  it('keeps a retried save as it is', () => {
    expect(
      applyNoteEdit(current, { baseRevision: 3, text: current.text, receivedAt: t(5) }),
    ).toEqual({ ok: true, value: { note: current, outcome: 'UNCHANGED' } });
    // The save went through, the answer was lost, the client sends it again.
    expect(
      applyNoteEdit(current, { baseRevision: 2, text: 'Team of 8.', receivedAt: t(5) }),
    ).toEqual({ ok: true, value: { note: current, outcome: 'UNCHANGED' } });
  });

  it('takes a stale edit that only adds to the current text', () => {
    const edit = { baseRevision: 1, text: `${current.text} Hiring in Q3.`, receivedAt: t(6) };
    expect(expectOk(applyNoteEdit(current, edit))).toEqual({
      note: { text: edit.text, revision: 4, updatedAt: t(6) },
      outcome: 'APPLIED',
    });
  });

  it('merges a stale edit that would overwrite newer text, keeping both', () => {
    const offline = 'Ask Priya about the platform team.';
    const result = expectOk(
      applyNoteEdit(current, { baseRevision: 2, text: offline, receivedAt: t(7) }),
    );
    expect(result).toEqual({
      note: { text: `${current.text}${MERGE_SEPARATOR}${offline}`, revision: 4, updatedAt: t(7) },
      outcome: 'MERGED',
    });
  });

  it('merges an edit claiming a revision the server never had', () => {
    expect(
      expectOk(applyNoteEdit(current, { baseRevision: 9, text: 'Other', receivedAt: t(7) }))
        .outcome,
    ).toBe('MERGED');
  });

  it('refuses a bad revision and an over-long edit', () => {
    expect(applyNoteEdit(current, { baseRevision: -1, text: 'x', receivedAt: t(1) })).toMatchObject(
      { error: { code: 'NOTES.INVALID_REVISION', field: 'baseRevision' } },
    );
    expect(applyNoteEdit(current, { baseRevision: 1.5, text: 'x', receivedAt: t(1) }).ok).toBe(
      false,
    );
    expect(
      applyNoteEdit(current, { baseRevision: 3, text: 'x'.repeat(11), receivedAt: t(1) }, 10),
    ).toMatchObject({ error: { code: 'NOTES.TOO_LONG', details: { max: 10 } } });
  });

  it('property: nothing typed is lost', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.nat(5),
        fc.string(),
        fc.nat(5),
        (currentText, currentRevision, editText, baseRevision) => {
          const before = note(currentText, currentRevision);
          const { note: after, outcome } = expectOk(
            applyNoteEdit(before, { baseRevision, text: editText, receivedAt: t(1) }),
          );
          expect(after.text.includes(editText)).toBe(true);
          if (baseRevision !== currentRevision) expect(after.text.includes(currentText)).toBe(true);
          expect(after.revision).toBe(
            outcome === 'UNCHANGED' ? currentRevision : currentRevision + 1,
          );
          if (outcome === 'UNCHANGED') expect(after).toBe(before);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('ticking questions', () => {
  it('ticks and unticks, the latest tap winning', () => {
    const ticked = expectOk(
      markQuestionAsked(fresh(), { questionId: 'q2', asked: true, at: t(4) }),
    );
    expect(ticked.changed).toBe(true);
    expect(ticked.notes.questions[1]).toMatchObject({ asked: true, askedChangedAt: t(4) });
    const again = expectOk(
      markQuestionAsked(ticked.notes, { questionId: 'q2', asked: true, at: t(5) }),
    );
    expect(again).toEqual({ notes: ticked.notes, changed: false });
    const lateUntick = expectOk(
      markQuestionAsked(ticked.notes, { questionId: 'q2', asked: false, at: t(3) }),
    );
    expect(lateUntick.changed).toBe(false);
    const untick = expectOk(
      markQuestionAsked(ticked.notes, { questionId: 'q2', asked: false, at: t(6) }),
    );
    expect(untick.notes.questions[1]).toMatchObject({ asked: false, askedChangedAt: t(6) });
  });

  it('refuses a question that is not on the list', () => {
    expect(markQuestionAsked(fresh(), { questionId: 'q9', asked: true, at: t(1) })).toMatchObject({
      error: { code: 'NOTES.UNKNOWN_QUESTION', details: { questionId: 'q9' } },
    });
    expect(
      editQuestionNote(fresh(), 'q9', { baseRevision: 0, text: 'x', receivedAt: t(1) }),
    ).toMatchObject({ error: { code: 'NOTES.UNKNOWN_QUESTION' } });
  });
});

describe('notes per question and free notes', () => {
  it('keeps a note per question, with its own revision', () => {
    const edited = expectOk(
      editQuestionNote(fresh(), 'q1', {
        baseRevision: 0,
        text: 'Expanding to Europe.',
        receivedAt: t(3),
      }),
    );
    expect(edited.outcome).toBe('APPLIED');
    expect(edited.notes.questions[0]?.note).toEqual({
      text: 'Expanding to Europe.',
      revision: 1,
      updatedAt: t(3),
    });
    expect(edited.notes.questions[1]?.note.revision).toBe(0);
    expect(
      editQuestionNote(fresh(), 'q1', {
        baseRevision: 0,
        text: 'x'.repeat(NOTE_LIMITS.question + 1),
        receivedAt: t(3),
      }),
    ).toMatchObject({ error: { code: 'NOTES.TOO_LONG' } });
  });

  it('merges free notes from two devices', () => {
    const laptop = expectOk(
      editFreeNotes(fresh(), { baseRevision: 0, text: 'Met Dana.', receivedAt: t(1) }),
    );
    const phone = expectOk(
      editFreeNotes(laptop.notes, { baseRevision: 0, text: 'Call Sam.', receivedAt: t(2) }),
    );
    expect(phone.outcome).toBe('MERGED');
    expect(phone.notes.freeNotes.text).toBe(`Met Dana.${MERGE_SEPARATOR}Call Sam.`);
    expect(
      editFreeNotes(fresh(), {
        baseRevision: 0,
        text: 'x'.repeat(NOTE_LIMITS.free + 1),
        receivedAt: t(1),
      }).ok,
    ).toBe(false);
  });
});

describe('questionProgress and notesInOrder', () => {
  it('counts what is asked and whether referrals were', () => {
    let notes = fresh();
    expect(questionProgress(notes)).toMatchObject({ asked: 0, total: 3, referralsAsked: false });
    notes = expectOk(markQuestionAsked(notes, { questionId: 'q3', asked: true, at: t(18) })).notes;
    const progress = questionProgress(notes);
    expect(progress).toMatchObject({ asked: 1, total: 3, referralsAsked: true });
    expect(progress.remaining.map((q) => q.questionId)).toEqual(['q1', 'q2']);
  });

  it('lists the notes of asked questions first, then the free notes', () => {
    let notes = fresh();
    notes = expectOk(
      editFreeNotes(notes, { baseRevision: 0, text: 'Office on 5th.', receivedAt: t(1) }),
    ).notes;
    notes = expectOk(
      editQuestionNote(notes, 'q2', {
        baseRevision: 0,
        text: 'Started in sales.',
        receivedAt: t(2),
      }),
    ).notes;
    notes = expectOk(
      editQuestionNote(notes, 'q1', { baseRevision: 0, text: 'Not asked yet.', receivedAt: t(2) }),
    ).notes;
    notes = expectOk(markQuestionAsked(notes, { questionId: 'q2', asked: true, at: t(3) })).notes;
    expect(notesInOrder(notes)).toEqual(['Started in sales.', 'Office on 5th.']);
    expect(notesInOrder(fresh())).toEqual([]);
  });
});

describe('meetingNotesFromRecord', () => {
  it('reads back notes stored as JSON', () => {
    let notes = fresh();
    notes = expectOk(markQuestionAsked(notes, { questionId: 'q1', asked: true, at: t(2) })).notes;
    notes = expectOk(
      editFreeNotes(notes, { baseRevision: 0, text: 'Met Dana.', receivedAt: t(1) }),
    ).notes;
    const read = expectOk(meetingNotesFromRecord(JSON.parse(JSON.stringify(notes))));
    expect(read).toEqual(notes);
    expect(read.questions[0]?.askedChangedAt).toBeInstanceOf(Date);
  });

  it('reads a missing text as empty and refuses a bad revision', () => {
    const stored = JSON.parse(JSON.stringify(fresh())) as { freeNotes: Record<string, unknown> };
    expect(
      expectOk(meetingNotesFromRecord({ ...stored, freeNotes: { revision: 0, updatedAt: null } }))
        .freeNotes.text,
    ).toBe('');
    expect(
      meetingNotesFromRecord({
        ...stored,
        freeNotes: { text: 'x', revision: -1, updatedAt: null },
      }),
    ).toMatchObject({ error: { code: 'RECORD.INVALID', field: 'freeNotes.revision' } });
    expect(
      meetingNotesFromRecord({ ...stored, questions: [{ questionId: 'q1', category: 'NOPE' }] }),
    ).toMatchObject({ error: { field: 'questions.0.category' } });
  });
});
