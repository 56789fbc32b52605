import { randomUUID } from 'node:crypto';
import { NOTE_LIMITS, type PlannedQuestion } from '@rapport/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { MeetingEntity } from '../src/meeting/meeting.entity.js';
import { QUESTION_ID_TYPE } from '../src/meeting-notes/meeting-notes.resolver.js';
import { DEMO_PASSWORD, seedDemoData } from '../src/seed/demo-data.js';
import { asKey, makeKey } from './support/api-keys.js';
import { insertAsk, insertContact, userIdOf } from './support/contacts.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  type GraphQLResponse,
  signedInAs,
  statementsFor,
  type TestApp,
} from './support/test-app.js';

const NOTE = 'text revision updatedAt';
const NOTES = `meetingId warningMinutes progress { asked total referralsAsked }
  questions { questionId category question asked askedChangedAt note { ${NOTE} } }
  freeNotes { ${NOTE} }`;
const GET = `query($id: ID!) { meetingNotes(meetingId: $id) { ${NOTES} } }`;
const START = `mutation($id: ID!) { startMeetingNotes(meetingId: $id) { ${NOTES} } }`;
const MARK = `mutation($input: MarkMeetingQuestionInput!) {
  markMeetingQuestion(input: $input) { changed question { questionId asked askedChangedAt } } }`;
const EDIT_QUESTION = `mutation($input: EditMeetingQuestionNoteInput!) {
  editMeetingQuestionNote(input: $input) { outcome note { ${NOTE} } } }`;
const EDIT_FREE = `mutation($input: EditMeetingFreeNotesInput!) {
  editMeetingFreeNotes(input: $input) { outcome note { ${NOTE} } } }`;

interface Note {
  text: string;
  revision: number;
  updatedAt: string | null;
}
interface Notes {
  meetingId: string;
  warningMinutes: number;
  progress: { asked: number; total: number; referralsAsked: boolean };
  questions: {
    questionId: string;
    category: string;
    question: string;
    asked: boolean;
    askedChangedAt: string | null;
    note: Note;
  }[];
  freeNotes: Note;
}
interface EditAnswer {
  outcome: 'APPLIED' | 'MERGED' | 'UNCHANGED';
  note: Note;
}

const question = (category: PlannedQuestion['category'], text: string): PlannedQuestion => ({
  id: randomUUID(),
  category,
  text,
});

describe('meeting notes', () => {
  let app: TestApp;
  let jordan: Client;
  let jordanId: string;
  const now = new Date('2026-04-01T12:00:00Z');
  /** The prepared list of each meeting, standing in for the preparation concept. */
  const plans = new Map<string, PlannedQuestion[]>();

  beforeAll(async () => {
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    // Meetings made with a plan here get it; the others ask the preparation concept.
    const prepared = app.services.meetingNotes.plan.questionsFor.bind(
      app.services.meetingNotes.plan,
    );
    vi.spyOn(app.services.meetingNotes.plan, 'questionsFor').mockImplementation(
      async (meetingId, manager) => plans.get(meetingId) ?? prepared(meetingId, manager),
    );
    jordan = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
  });
  afterAll(async () => app.close());

  /**
   * A meeting that started five minutes ago, with `questions` as its plan
   * (null: whatever the preparation concept holds); its database id.
   */
  const meetingOf = async (ownerId = jordanId, questions: PlannedQuestion[] | null = []) => {
    const contactId = await insertContact(app, { fullName: 'Morgan Hale', ownerId });
    const askId = await insertAsk(app, { ownerId, contactId, askedAt: now, status: 'ACCEPTED' });
    const id = randomUUID();
    await app.dataSource.getRepository(MeetingEntity).insert({
      id,
      ownerId,
      askId,
      contactId,
      status: 'SCHEDULED',
      startsAt: new Date(now.getTime() - 5 * 60_000),
      durationMinutes: 20,
      timeZone: 'America/Chicago',
      locationKind: 'OFFICE',
      locationDetails: null,
      statusChangedAt: now,
      endedAt: null,
      createdAt: now,
    });
    if (questions) plans.set(id, questions);
    return id;
  };
  const standardPlan = () => [
    question('COMPANY', 'Where is the team heading this year?'),
    question('CAREER_PATH', 'How did you get into this work?'),
    question('REFERRALS', 'Who else should I talk to?'),
  ];

  const gid = (id: string) => toGlobalId('Meeting', id);
  const qid = (q: PlannedQuestion) => toGlobalId(QUESTION_ID_TYPE, q.id);
  const start = (client: Client, id: string) =>
    client.gql<{ startMeetingNotes: Notes }>(START, { id: gid(id) });
  const get = (client: Client, id: string) =>
    client.gql<{ meetingNotes: Notes | null }>(GET, { id: gid(id) });
  const mark = (client: Client, id: string, q: PlannedQuestion, asked: boolean, at?: Date) =>
    client.gql<{ markMeetingQuestion: { changed: boolean; question: { asked: boolean } } }>(MARK, {
      input: { meetingId: gid(id), questionId: qid(q), asked, at: at?.toISOString() },
    });
  const editQuestion = (
    client: Client,
    id: string,
    q: PlannedQuestion,
    baseRevision: number,
    text: string,
  ) =>
    client.gql<{ editMeetingQuestionNote: EditAnswer }>(EDIT_QUESTION, {
      input: { meetingId: gid(id), questionId: qid(q), baseRevision, text },
    });
  const editFree = (client: Client, id: string, baseRevision: number, text: string) =>
    client.gql<{ editMeetingFreeNotes: EditAnswer }>(EDIT_FREE, {
      input: { meetingId: gid(id), baseRevision, text },
    });
  const ok = <T>(answer: GraphQLResponse<T>): T => {
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };

  it('opens meeting mode with the prepared questions, nothing ticked, nothing written', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    expect(ok(await get(jordan, id)).meetingNotes).toBeNull();

    const notes = ok(await start(jordan, id)).startMeetingNotes;
    expect(notes).toMatchObject({
      meetingId: gid(id),
      warningMinutes: 3,
      progress: { asked: 0, total: 3, referralsAsked: false },
      freeNotes: { text: '', revision: 0, updatedAt: null },
    });
    expect(notes.questions.map((q) => [q.questionId, q.category, q.question, q.asked])).toEqual(
      plan.map((q) => [qid(q), q.category, q.text, false]),
    );
    expect(ok(await get(jordan, id)).meetingNotes).toEqual(notes);
  });

  it('takes the list the seeker prepared, and what they add to it later', async () => {
    const id = await meetingOf(jordanId, null);
    const addQuestion = (category: string, text: string) =>
      jordan.gql(
        `mutation($id: ID!, $input: QuestionInput!) {
          addOwnQuestionToMeeting(meetingId: $id, input: $input) { id } }`,
        { id: gid(id), input: { category, text } },
      );
    ok(await addQuestion('COMPANY', 'What are you proudest of here?'));
    ok(await addQuestion('REFERRALS', 'Who else should I meet?'));
    const notes = ok(await start(jordan, id)).startMeetingNotes;
    expect(notes.questions.map((q) => [q.category, q.question])).toEqual([
      ['COMPANY', 'What are you proudest of here?'],
      ['REFERRALS', 'Who else should I meet?'],
    ]);
    const first = notes.questions[0]!;
    const tick = await jordan.gql(MARK, {
      input: { meetingId: gid(id), questionId: first.questionId, asked: true },
    });
    expect(ok(tick)).toMatchObject({ markMeetingQuestion: { changed: true } });

    ok(await addQuestion('ADVICE', 'What would you do in my place?'));
    const again = ok(await start(jordan, id)).startMeetingNotes;
    expect(again.questions.map((q) => [q.question, q.asked])).toEqual([
      ['What are you proudest of here?', true],
      ['Who else should I meet?', false],
      ['What would you do in my place?', false],
    ]);
  });

  it('opening it again resets nothing, and picks up questions planned since', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    await start(jordan, id);
    ok(await mark(jordan, id, plan[0]!, true));
    ok(await editQuestion(jordan, id, plan[1]!, 0, 'Started in support.'));
    ok(await editFree(jordan, id, 0, 'Firm handshake.'));
    const before = ok(await get(jordan, id)).meetingNotes!;

    expect(ok(await start(jordan, id)).startMeetingNotes).toEqual(before);

    // Back to prepare: one question added, the untouched referral question dropped.
    const added = question('ADVICE', 'What would you do in my place?');
    plans.set(id, [plan[0]!, plan[1]!, added]);
    const again = ok(await start(jordan, id)).startMeetingNotes;
    expect(again.questions.map((q) => [q.question, q.asked, q.note.text])).toEqual([
      [plan[0]!.text, true, ''],
      [plan[1]!.text, false, 'Started in support.'],
      [added.text, false, ''],
    ]);
    expect(again.freeNotes).toEqual(before.freeNotes);
  });

  it('ticks and unticks, a late tap never undoing a newer one', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    const referrals = plan[2]!;
    const ticked = ok(await mark(jordan, id, referrals, true, new Date(now.getTime() - 60_000)));
    expect(ticked.markMeetingQuestion).toMatchObject({ changed: true, question: { asked: true } });
    // Sent late from a phone that was offline: tapped before the tick above.
    const late = ok(await mark(jordan, id, referrals, false, new Date(now.getTime() - 120_000)));
    expect(late.markMeetingQuestion).toMatchObject({ changed: false, question: { asked: true } });
    expect(ok(await get(jordan, id)).meetingNotes!.progress).toEqual({
      asked: 1,
      total: 3,
      referralsAsked: true,
    });
    // A clock ahead of the server's counts as now, so the next real tap still wins.
    ok(await mark(jordan, id, referrals, false, new Date(now.getTime() + 3_600_000)));
    const stored = ok(await get(jordan, id)).meetingNotes!.questions[2]!;
    expect(stored).toMatchObject({ asked: false, askedChangedAt: now.toISOString() });
  });

  it('saves a question note, merges a stale save and loses nothing', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    const q = plan[0]!;
    const first = ok(await editQuestion(jordan, id, q, 0, 'Team of eight.'));
    expect(first.editMeetingQuestionNote).toMatchObject({
      outcome: 'APPLIED',
      note: { text: 'Team of eight.', revision: 1, updatedAt: now.toISOString() },
    });
    const second = ok(await editQuestion(jordan, id, q, 1, 'Team of eight, growing.'));
    expect(second.editMeetingQuestionNote.note.revision).toBe(2);

    // Typed offline on revision 1, sent after the save above.
    const stale = ok(await editQuestion(jordan, id, q, 1, 'Hiring in spring.'));
    expect(stale.editMeetingQuestionNote).toEqual({
      outcome: 'MERGED',
      note: {
        text: 'Team of eight, growing.\n\nHiring in spring.',
        revision: 3,
        updatedAt: now.toISOString(),
      },
    });
    // The same save retried after a lost answer changes nothing.
    const retried = ok(await editQuestion(jordan, id, q, 1, 'Hiring in spring.'));
    expect(retried.editMeetingQuestionNote).toMatchObject({
      outcome: 'UNCHANGED',
      note: { revision: 3 },
    });
    // Saved on the latest revision, a deletion is the writer's choice.
    const trimmed = ok(await editQuestion(jordan, id, q, 3, 'Hiring in spring.'));
    expect(trimmed.editMeetingQuestionNote).toMatchObject({
      outcome: 'APPLIED',
      note: { text: 'Hiring in spring.', revision: 4 },
    });
    const stored = ok(await get(jordan, id)).meetingNotes!;
    expect(stored.questions[0]!.note).toMatchObject({ text: 'Hiring in spring.', revision: 4 });
    expect(stored.questions[1]!.note.revision).toBe(0);
  });

  it('merges free notes from two devices saving at once', async () => {
    const id = await meetingOf();
    ok(await editFree(jordan, id, 0, 'Met at reception.'));
    const phone = await editFree(jordan, id, 1, 'Met at reception. Asked about the team.');
    expect(ok(phone).editMeetingFreeNotes.outcome).toBe('APPLIED');
    // Two stale saves racing: both are judged in turn, and both texts stay.
    const [a, b] = await Promise.all([
      editFree(jordan, id, 1, 'From the laptop.'),
      editFree(jordan, id, 1, 'From the tablet.'),
    ]);
    expect(ok(a).editMeetingFreeNotes.outcome).toBe('MERGED');
    expect(ok(b).editMeetingFreeNotes.outcome).toBe('MERGED');
    const text = ok(await get(jordan, id)).meetingNotes!.freeNotes.text;
    for (const part of ['Asked about the team.', 'From the laptop.', 'From the tablet.']) {
      expect(text).toContain(part);
    }
    expect(ok(await get(jordan, id)).meetingNotes!.freeNotes.revision).toBe(4);
  });

  it('takes saves sent before meeting mode was opened (a queue from an offline phone)', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    ok(await editQuestion(jordan, id, plan[1]!, 0, 'Queued.'));
    const notes = ok(await get(jordan, id)).meetingNotes!;
    expect(notes.questions.map((q) => q.note.text)).toEqual(['', 'Queued.', '']);
    expect(ok(await start(jordan, id)).startMeetingNotes).toEqual(notes);
  });

  it('refuses what the rules refuse, with a clear code and field, and writes nothing', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    const tooLongQuestion = await editQuestion(
      jordan,
      id,
      plan[0]!,
      0,
      'x'.repeat(NOTE_LIMITS.question + 1),
    );
    expect(errorCode(tooLongQuestion)).toBe('NOTES.TOO_LONG');
    expect(tooLongQuestion.errors![0]!.extensions).toMatchObject({
      field: 'text',
      details: { max: NOTE_LIMITS.question },
    });
    expect(tooLongQuestion.errors![0]!.message).toContain(String(NOTE_LIMITS.question));
    const tooLongFree = await editFree(jordan, id, 0, 'x'.repeat(NOTE_LIMITS.free + 1));
    expect(errorCode(tooLongFree)).toBe('NOTES.TOO_LONG');
    expect(tooLongFree.errors![0]!.extensions!.details).toEqual({ max: NOTE_LIMITS.free });
    // Exactly at the limit is fine.
    ok(await editFree(jordan, id, 0, 'x'.repeat(NOTE_LIMITS.free)));

    const negative = await editFree(jordan, id, -1, 'x');
    expect(errorCode(negative)).toBe('NOTES.INVALID_REVISION');
    expect(negative.errors![0]!.extensions!.field).toBe('baseRevision');

    const stranger = question('ROLE', 'Not on this list');
    const unknown = await mark(jordan, id, stranger, true);
    expect(errorCode(unknown)).toBe('NOTES.UNKNOWN_QUESTION');
    expect(unknown.errors![0]!.extensions!.field).toBe('questionId');
    expect(errorCode(await editQuestion(jordan, id, stranger, 0, 'x'))).toBe(
      'NOTES.UNKNOWN_QUESTION',
    );
    const forged = await jordan.gql(MARK, {
      input: { meetingId: gid(id), questionId: 'not-an-id', asked: true },
    });
    expect(errorCode(forged)).toBe('BAD_USER_INPUT');

    const notes = ok(await get(jordan, id)).meetingNotes!;
    expect(notes.questions.every((q) => !q.asked && q.note.revision === 0)).toBe(true);
    expect(notes.freeNotes.revision).toBe(1);
  });

  it('lets staff read the notes to coach, but only the seeker write them', async () => {
    const plan = standardPlan();
    const id = await meetingOf(jordanId, plan);
    ok(await editFree(jordan, id, 0, 'Worth a follow-up.'));
    const staff = await signedInAs(app, 'STAFF');
    expect(ok(await get(staff, id)).meetingNotes!.freeNotes.text).toBe('Worth a follow-up.');
    for (const answer of [
      await start(staff, id),
      await mark(staff, id, plan[0]!, true),
      await editQuestion(staff, id, plan[0]!, 0, 'x'),
      await editFree(staff, id, 1, 'x'),
    ]) {
      expect(errorCode(answer)).toBe('FORBIDDEN');
    }
    const visitor = new Client(app);
    expect(errorCode(await get(visitor, id))).toBe('UNAUTHENTICATED');
    expect(errorCode(await editFree(visitor, id, 1, 'x'))).toBe('UNAUTHENTICATED');
    expect(ok(await get(jordan, id)).meetingNotes!.freeNotes.text).toBe('Worth a follow-up.');
  });

  it("never hands a seeker's notes to an API key, whatever its scopes", async () => {
    const id = await meetingOf();
    ok(await editFree(jordan, id, 0, 'Private.'));
    const reader = await makeKey(app, ['interviews:read']);
    const readerAnswer = await asKey(app, reader.secret, GET, { id: gid(id) });
    expect(errorCode(readerAnswer.body)).toBe('NOT_FOUND');
    expect(readerAnswer.body.data?.meetingNotes ?? null).toBeNull();
    const other = await makeKey(app, ['companies:read']);
    expect(errorCode((await asKey(app, other.secret, GET, { id: gid(id) })).body)).toBe(
      'FORBIDDEN',
    );
    const writer = await makeKey(app, ['interviews:read', 'contacts:read']);
    const write = await asKey(app, writer.secret, START, { id: gid(id) });
    expect(errorCode(write.body)).toBe('FORBIDDEN');
  });

  it('reads a long list in the same number of statements as a short one', async () => {
    const short = await meetingOf(jordanId, standardPlan());
    const long = await meetingOf(
      jordanId,
      Array.from({ length: 60 }, (_, i) => question('ROLE', `Question ${i + 1}?`)),
    );
    await start(jordan, short);
    await start(jordan, long);
    const a = await statementsFor(app, jordan, GET, { id: gid(short) });
    const b = await statementsFor(app, jordan, GET, { id: gid(long) });
    expect(b.result.errors).toBeUndefined();
    expect((b.result.data as { meetingNotes: Notes }).meetingNotes.questions).toHaveLength(60);
    expect(b.statements).toBe(a.statements);
  });

  it("keeps every seeker's notes to themselves", async () => {
    const plan = standardPlan();
    await proveOwnedBySeeker(app, {
      type: 'Meeting',
      group: 'Meeting/notes',
      createOwnedBy: (seekerId) => meetingOf(seekerId, plan),
      // In this order: the owner opens meeting mode before reading it back.
      operations: {
        startMeetingNotes: {
          document: 'mutation($id: ID!) { startMeetingNotes(meetingId: $id) { meetingId } }',
        },
        meetingNotes: {
          document: 'query($id: ID!) { meetingNotes(meetingId: $id) { meetingId } }',
        },
        markMeetingQuestion: {
          document: `mutation($id: ID!, $q: ID!) { markMeetingQuestion(input: { meetingId: $id, questionId: $q, asked: true }) { changed } }`,
          variables: { q: toGlobalId(QUESTION_ID_TYPE, plan[0]!.id) },
        },
        editMeetingQuestionNote: {
          document: `mutation($id: ID!, $q: ID!) { editMeetingQuestionNote(input: { meetingId: $id, questionId: $q, baseRevision: 0, text: "Mine" }) { outcome } }`,
          variables: { q: toGlobalId(QUESTION_ID_TYPE, plan[0]!.id) },
        },
        editMeetingFreeNotes: {
          document: `mutation($id: ID!) { editMeetingFreeNotes(input: { meetingId: $id, baseRevision: 0, text: "Mine" }) { outcome } }`,
        },
      },
    });
  });
});

describe('meeting notes in the demo data', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  it("shows today's meeting part-way through meeting mode", async () => {
    const now = new Date('2026-04-01T12:00:00Z');
    expect(await seedDemoData(app.dataSource, now)).toBe(true);
    const jordan = new Client(app);
    await jordan.signIn('jordan@rapport.test', DEMO_PASSWORD);
    const meetings = await jordan.gql<{
      myMeetings: { edges: { node: { id: string; startsAt: string } }[] };
    }>('{ myMeetings(first: 10) { edges { node { id startsAt } } } }');
    const today = meetings
      .data!.myMeetings.edges.map((e) => e.node)
      .find((m) => m.startsAt.slice(0, 10) === now.toISOString().slice(0, 10))!;
    const notes = (await jordan.gql<{ meetingNotes: Notes }>(GET, { id: today.id })).data!
      .meetingNotes;
    expect(notes.progress.asked).toBeGreaterThan(0);
    expect(notes.progress.asked).toBeLessThan(notes.progress.total);
    expect(notes.questions.some((q) => q.note.text.length > 0)).toBe(true);
    expect(notes.freeNotes.text).not.toBe('');
  });
});
