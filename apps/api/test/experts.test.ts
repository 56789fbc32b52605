import { randomUUID } from 'node:crypto';
import { EXPERT_QUESTION_LIMITS } from '@rapport/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { ExpertQuestionEntity } from '../src/expert-question/expert-question.entity.js';
import { insertSeekers } from './support/contacts.js';
import { insertMeetingWith } from './support/met.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type GraphQLResponse,
  type TestApp,
  userIdOf,
} from './support/test-app.js';

const FIELDS = 'id question status askedAt answer answeredAt answeredByName meeting { id }';
const ASK = `mutation($input: AskTheExpertsInput!) { askTheExperts(input: $input) { ${FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $answer: String!) { answerExpertQuestion(id: $id, answer: $answer) { ${FIELDS} } }`;
const MINE = `query($first: Int) { myExpertQuestions(first: $first) { totalCount edges { node { ${FIELDS} } } } }`;
const INBOX = `query($first: Int, $status: ExpertQuestionStatus) {
  expertQuestions(first: $first, status: $status) {
    totalCount edges { node { ${FIELDS} seeker { id name } } } } }`;
const COUNT = '{ unansweredExpertQuestionCount }';
const ONE = `query($id: ID!) { expertQuestion(id: $id) { ${FIELDS} } }`;

interface Question {
  id: string;
  question: string;
  status: 'OPEN' | 'ANSWERED';
  answer: string | null;
  answeredAt: string | null;
  answeredByName: string | null;
  meeting: { id: string } | null;
}
interface Inbox {
  expertQuestions: { totalCount: number; edges: { node: Question & { seeker: { id: string } } }[] };
}

const field = (result: GraphQLResponse) => result.errors?.[0]?.extensions?.field;

describe('ask the experts', () => {
  let app: TestApp;
  let staff: Client;
  let now = new Date('2026-04-01T12:00:00Z');

  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    staff = await signedInAs(app, 'STAFF');
  });
  afterAll(async () => app.close());

  const count = async () =>
    (await staff.gql<{ unansweredExpertQuestionCount: number }>(COUNT)).data!
      .unansweredExpertQuestionCount;

  it('takes a question, shows it in the inbox, and the answer to the seeker', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const { meetingId } = await insertMeetingWith(app, {
      seekerId,
      startsAt: new Date(now.getTime() - 86_400_000),
    });
    const before = await count();

    const asked = await seeker.gql<{ askTheExperts: Question }>(ASK, {
      input: {
        question: '  How soon after a meeting should I follow up?  ',
        meetingId: toGlobalId('Meeting', meetingId),
      },
    });
    expect(asked.errors).toBeUndefined();
    const question = asked.data!.askTheExperts;
    expect(question).toMatchObject({
      question: 'How soon after a meeting should I follow up?',
      status: 'OPEN',
      answer: null,
      meeting: { id: toGlobalId('Meeting', meetingId) },
    });
    expect(await count()).toBe(before + 1);

    const inbox = await staff.gql<Inbox>(INBOX, { first: 100 });
    const inInbox = inbox.data!.expertQuestions.edges.find((e) => e.node.id === question.id);
    expect(inInbox?.node.seeker.id).toBe(toGlobalId('User', seekerId));

    now = new Date(now.getTime() + 60_000);
    const answered = await staff.gql<{ answerExpertQuestion: Question }>(ANSWER, {
      id: question.id,
      answer: ' Send the thank-you card within two business days; call after a week. ',
    });
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerExpertQuestion).toMatchObject({
      status: 'ANSWERED',
      answer: 'Send the thank-you card within two business days; call after a week.',
      answeredAt: now.toISOString(),
      answeredByName: 'Test STAFF',
    });
    expect(await count()).toBe(before);

    const mine = await seeker.gql<{
      myExpertQuestions: { totalCount: number; edges: { node: Question }[] };
    }>(MINE);
    expect(mine.data!.myExpertQuestions.edges[0]!.node).toMatchObject({
      id: question.id,
      status: 'ANSWERED',
      answeredByName: 'Test STAFF',
    });

    // Answered is final.
    const twice = await staff.gql(ANSWER, { id: question.id, answer: 'Another thought.' });
    expect(errorCode(twice)).toBe('EXPERTS.ILLEGAL_TRANSITION');
    const answeredList = await staff.gql<Inbox>(INBOX, { first: 100, status: 'ANSWERED' });
    expect(answeredList.data!.expertQuestions.edges[0]!.node.id).toBe(question.id);
  });

  it('checks the question and the answer with the domain, naming the field', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const empty = await seeker.gql(ASK, { input: { question: '   ' } });
    expect(errorCode(empty)).toBe('EXPERTS.INVALID_QUESTION');
    expect(field(empty)).toBe('question');
    const long = await seeker.gql(ASK, {
      input: { question: 'x'.repeat(EXPERT_QUESTION_LIMITS.question + 1) },
    });
    expect(errorCode(long)).toBe('EXPERTS.INVALID_QUESTION');

    const asked = await seeker.gql<{ askTheExperts: Question }>(ASK, {
      input: { question: 'Is email fine for a first ask?' },
    });
    const blank = await staff.gql(ANSWER, { id: asked.data!.askTheExperts.id, answer: ' ' });
    expect(errorCode(blank)).toBe('EXPERTS.INVALID_ANSWER');
    expect(field(blank)).toBe('answer');
    const missing = await staff.gql(ANSWER, {
      id: toGlobalId('ExpertQuestion', randomUUID()),
      answer: 'Yes.',
    });
    expect(errorCode(missing)).toBe('NOT_FOUND');
  });

  it('lets a seeker keep only a few questions waiting at once', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const ids: string[] = [];
    for (let i = 0; i < EXPERT_QUESTION_LIMITS.openPerSeeker; i += 1) {
      const asked = await seeker.gql<{ askTheExperts: Question }>(ASK, {
        input: { question: `Question ${i}?` },
      });
      expect(asked.errors).toBeUndefined();
      ids.push(asked.data!.askTheExperts.id);
    }
    const over = await seeker.gql(ASK, { input: { question: 'One more?' } });
    expect(errorCode(over)).toBe('EXPERTS.TOO_MANY_OPEN');
    expect(over.errors![0]!.extensions!.details).toEqual({
      limit: EXPERT_QUESTION_LIMITS.openPerSeeker,
    });
    await staff.gql(ANSWER, { id: ids[0], answer: 'Yes.' });
    expect((await seeker.gql(ASK, { input: { question: 'One more?' } })).errors).toBeUndefined();
  });

  it('keeps asking to seekers, answering and the inbox to staff', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const asked = await seeker.gql<{ askTheExperts: Question }>(ASK, {
      input: { question: 'Can I bring a résumé?' },
    });
    const id = asked.data!.askTheExperts.id;
    expect(errorCode(await staff.gql(ASK, { input: { question: 'Staff?' } }))).toBe('FORBIDDEN');
    expect(errorCode(await seeker.gql(ANSWER, { id, answer: 'Yes' }))).toBe('FORBIDDEN');
    expect(errorCode(await seeker.gql(INBOX))).toBe('FORBIDDEN');
    expect(errorCode(await seeker.gql(COUNT))).toBe('FORBIDDEN');
    expect(errorCode(await staff.gql(MINE))).toBe('FORBIDDEN');
    const visitor = new Client(app);
    expect(errorCode(await visitor.gql(ASK, { input: { question: 'Hi?' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await visitor.gql(COUNT))).toBe('UNAUTHENTICATED');
    // Staff read any question by id (coaching); the seeker their own.
    expect((await staff.gql(ONE, { id })).errors).toBeUndefined();
    expect((await seeker.gql(ONE, { id })).errors).toBeUndefined();
  });

  it("shows a seeker only their own questions, through every operation that takes a question's id", async () => {
    await proveOwnedBySeeker(app, {
      type: 'ExpertQuestion',
      createOwnedBy: async (seekerId) => {
        const id = randomUUID();
        await app.dataSource.getRepository(ExpertQuestionEntity).insert({
          id,
          ownerId: seekerId,
          meetingId: null,
          question: 'Mine?',
          status: 'OPEN',
          askedAt: now,
          answer: null,
          answeredById: null,
          answeredAt: null,
        });
        return id;
      },
      operations: { expertQuestion: { document: ONE } },
    });
  });

  it('lets a question be about the seeker’s own meeting only', async () => {
    await proveOwnedBySeeker(app, {
      type: 'Meeting',
      group: 'Meeting/experts',
      createOwnedBy: async (seekerId) =>
        (await insertMeetingWith(app, { seekerId, startsAt: new Date(now.getTime() - 86_400_000) }))
          .meetingId,
      operations: {
        askTheExperts: {
          document: `mutation($id: ID!) { askTheExperts(input: { question: "Was my follow-up too soon?", meetingId: $id }) { id } }`,
        },
      },
    });
  });

  it('pages the inbox and a seeker’s questions with the same statements at 10 and at 100 rows', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const others = await insertSeekers(app, 20, `x${randomUUID().slice(0, 4)}`);
    const staffId = await userIdOf(staff);
    const rows = Array.from({ length: 210 }, (_, i) => {
      const answered = i % 2 === 1;
      return {
        id: randomUUID(),
        ownerId: i < 105 ? seekerId : others[i % others.length]!,
        meetingId: null,
        question: `Question ${i}?`,
        status: answered ? ('ANSWERED' as const) : ('OPEN' as const),
        askedAt: new Date(now.getTime() - i * 60_000),
        answer: answered ? 'An answer.' : null,
        answeredById: answered ? staffId : null,
        answeredAt: answered ? new Date(now.getTime() - i * 30_000) : null,
      };
    });
    await app.dataSource.getRepository(ExpertQuestionEntity).insert(rows);
    for (const status of ['OPEN', 'ANSWERED']) {
      const small = await statementsFor(app, staff, INBOX, { first: 10, status });
      const large = await statementsFor<Inbox>(app, staff, INBOX, { first: 100, status });
      expect(large.result.errors).toBeUndefined();
      expect(large.result.data!.expertQuestions.edges).toHaveLength(100);
      expect(large.statements).toBe(small.statements);
    }
    const small = await statementsFor(app, seeker, MINE, { first: 10 });
    const large = await statementsFor<{ myExpertQuestions: { edges: unknown[] } }>(
      app,
      seeker,
      MINE,
      { first: 100 },
    );
    expect(large.result.data!.myExpertQuestions.edges).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
  });
});
