import { randomUUID } from 'node:crypto';
import {
  BANK_CATEGORY_MAX,
  planQuestions,
  QUESTION_CATEGORIES,
  QUESTION_LIST_MAX,
} from '@rapport/domain';
import { In } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { openDatabase } from '../src/db/data-source.js';
import { createThrowawayDatabase } from '../src/db/throwaway-database.js';
import { createSchema } from '../src/graphql/schema.js';
import { accessRuleOfField } from '../src/graphql/scope.js';
import { MeetingEntity } from '../src/meeting/meeting.entity.js';
import {
  BankQuestionEntity,
  ChecklistTickEntity,
  MeetingQuestionEntity,
} from '../src/preparation/preparation.entity.js';
import { PreparationService } from '../src/preparation/preparation.service.js';
import { seedDemoData } from '../src/seed/demo-data.js';
import { insertAsk, insertContact } from './support/contacts.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  rawId,
  signedInAs,
  statementsFor,
  type GraphQLResponse,
  type TestApp,
  userIdOf,
} from './support/test-app.js';

interface BankQuestion {
  id: string;
  category: string;
  text: string;
  position: number;
  retiredAt: string | null;
}
interface Plan {
  questions: {
    id: string;
    position: number;
    category: string;
    text: string;
    bankQuestionId: string | null;
  }[];
  questionCount: number;
  coverage: { category: string; questionCount: number; covered: boolean }[];
  missingCategories: string[];
  coversTheBases: boolean;
  estimatedMinutes: number;
  availableMinutes: number;
  fitsTheTime: boolean;
  minutesOver: number;
  maxQuestions: number;
  timeFit: string;
  duplicateQuestionIds: string[];
  hints: string[];
}
interface Checklist {
  entries: { item: string; label: string; ticked: boolean; tickedAt: string | null }[];
  done: string[];
  remaining: string[];
  complete: boolean;
}

const BANK_FIELDS = 'id category text position retiredAt';
const BANK = `query($category: QuestionCategory, $includeRetired: Boolean) {
  questionBank(category: $category, includeRetired: $includeRetired) { ${BANK_FIELDS} } }`;
const CREATE_BANK = `mutation($input: QuestionInput!) { createBankQuestion(input: $input) { ${BANK_FIELDS} } }`;
const UPDATE_BANK = `mutation($id: ID!, $input: QuestionInput!) { updateBankQuestion(id: $id, input: $input) { ${BANK_FIELDS} } }`;
const REORDER_BANK = `mutation($category: QuestionCategory!, $ids: [ID!]!) { reorderBankQuestions(category: $category, ids: $ids) { ${BANK_FIELDS} } }`;
const RETIRE_BANK = `mutation($id: ID!) { retireBankQuestion(id: $id) { ${BANK_FIELDS} } }`;
const RESTORE_BANK = `mutation($id: ID!) { restoreBankQuestion(id: $id) { ${BANK_FIELDS} } }`;

const PLAN_FIELDS = `questionPlan {
  questions { id position category text bankQuestionId }
  questionCount coverage { category questionCount covered } missingCategories coversTheBases
  estimatedMinutes availableMinutes fitsTheTime minutesOver maxQuestions timeFit duplicateQuestionIds hints }`;
const CHECKLIST_FIELDS = `preparationChecklist { entries { item label ticked tickedAt } done remaining complete }`;
const MEETING = `query($id: ID!) { meeting(id: $id) { id ${PLAN_FIELDS} ${CHECKLIST_FIELDS} } }`;
const ADD_BANK = `mutation($meetingId: ID!, $bankQuestionId: ID!) {
  addBankQuestionToMeeting(meetingId: $meetingId, bankQuestionId: $bankQuestionId) { id ${PLAN_FIELDS} } }`;
const ADD_OWN = `mutation($meetingId: ID!, $input: QuestionInput!) {
  addOwnQuestionToMeeting(meetingId: $meetingId, input: $input) { id ${PLAN_FIELDS} } }`;
const UPDATE_QUESTION = `mutation($id: ID!, $input: QuestionInput!) {
  updateMeetingQuestion(id: $id, input: $input) { id ${PLAN_FIELDS} } }`;
const REMOVE_QUESTION = `mutation($id: ID!) { removeMeetingQuestion(id: $id) { id ${PLAN_FIELDS} } }`;
const REORDER = `mutation($meetingId: ID!, $ids: [ID!]!) {
  reorderMeetingQuestions(meetingId: $meetingId, ids: $ids) { id ${PLAN_FIELDS} } }`;
const TICK = `mutation($meetingId: ID!, $item: ChecklistItem!, $ticked: Boolean!) {
  setMeetingChecklistItem(meetingId: $meetingId, item: $item, ticked: $ticked) { id ${CHECKLIST_FIELDS} } }`;

describe('preparation', () => {
  let app: TestApp;
  let staff: Client;
  let jordan: Client;
  let jordanId: string;
  const now = new Date('2026-04-01T12:00:00Z');

  beforeAll(async () => {
    // The statements test lists 100 meetings, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    staff = await signedInAs(app, 'STAFF');
    jordan = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
  });
  afterAll(async () => app.close());

  /** A meeting of the seeker's, straight into the table (the meeting concept tests booking). */
  async function insertMeeting(
    ownerId: string,
    fields: Partial<
      Pick<MeetingEntity, 'status' | 'durationMinutes' | 'locationKind' | 'startsAt'>
    > = {},
  ): Promise<string> {
    const contactId = await insertContact(app, {
      fullName: `Alex ${randomUUID().slice(0, 6)}`,
      ownerId,
    });
    const askId = await insertAsk(app, { ownerId, contactId, askedAt: now, status: 'ACCEPTED' });
    const id = randomUUID();
    await app.dataSource.getRepository(MeetingEntity).insert({
      id,
      ownerId,
      askId,
      contactId,
      status: fields.status ?? 'SCHEDULED',
      startsAt: fields.startsAt ?? new Date(now.getTime() + 24 * 3_600_000),
      durationMinutes: fields.durationMinutes ?? 20,
      timeZone: 'America/Chicago',
      locationKind: fields.locationKind ?? 'OFFICE',
      locationDetails: null,
      statusChangedAt: now,
      endedAt: null,
      createdAt: now,
    });
    return id;
  }

  const bank = async (client: Client, variables: Record<string, unknown> = {}) => {
    const result = await client.gql<{ questionBank: BankQuestion[] }>(BANK, variables);
    expect(result.errors).toBeUndefined();
    return result.data!.questionBank;
  };

  /** A fresh bank question, so tests do not depend on each other's changes to the starter set. */
  const bankQuestion = async (
    category = 'ROLE',
    text = `Question ${randomUUID().slice(0, 8)}?`,
  ) => {
    const made = await staff.gql<{ createBankQuestion: BankQuestion }>(CREATE_BANK, {
      input: { category, text },
    });
    expect(made.errors).toBeUndefined();
    return made.data!.createBankQuestion;
  };

  const planOf = (result: GraphQLResponse, name: string): Plan => {
    expect(result.errors).toBeUndefined();
    return (result.data![name] as { questionPlan: Plan }).questionPlan;
  };

  describe('the question bank', () => {
    it('starts with questions in every category, in order, for any signed-in user', async () => {
      const questions = await bank(jordan);
      for (const category of QUESTION_CATEGORIES) {
        expect(questions.filter((q) => q.category === category).length).toBeGreaterThanOrEqual(3);
      }
      // Categories in the usual order, each in the staff's order.
      const order = questions.map((q) => [
        QUESTION_CATEGORIES.indexOf(q.category as never),
        q.position,
      ]);
      expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
      expect(questions.every((q) => q.retiredAt === null)).toBe(true);
      const roles = await bank(jordan, { category: 'ROLE' });
      expect(roles.length).toBeGreaterThan(0);
      expect(roles.every((q) => q.category === 'ROLE')).toBe(true);
    });

    it('lets staff add, reword, reorder, retire and restore', async () => {
      const made = await bankQuestion('INDUSTRY', '  Which trade shows matter here?  ');
      expect(made).toMatchObject({
        category: 'INDUSTRY',
        text: 'Which trade shows matter here?',
        retiredAt: null,
      });
      const industry = await bank(staff, { category: 'INDUSTRY' });
      expect(industry.at(-1)!.id).toBe(made.id);

      const reworded = await staff.gql<{ updateBankQuestion: BankQuestion }>(UPDATE_BANK, {
        id: made.id,
        input: { category: 'INDUSTRY', text: 'Which trade shows matter most here?' },
      });
      expect(reworded.data!.updateBankQuestion).toMatchObject({
        text: 'Which trade shows matter most here?',
        position: made.position,
      });

      const reversed = industry.map((q) => q.id).reverse();
      const reordered = await staff.gql<{ reorderBankQuestions: BankQuestion[] }>(REORDER_BANK, {
        category: 'INDUSTRY',
        ids: reversed,
      });
      expect(reordered.errors).toBeUndefined();
      expect((await bank(staff, { category: 'INDUSTRY' })).map((q) => q.id)).toEqual(reversed);
      const stale = await staff.gql(REORDER_BANK, { category: 'INDUSTRY', ids: reversed.slice(1) });
      expect(errorCode(stale)).toBe('PREPARATION.INVALID_ORDER');
      expect(stale.errors![0]!.extensions!.field).toBe('ids');

      const retired = await staff.gql<{ retireBankQuestion: BankQuestion }>(RETIRE_BANK, {
        id: made.id,
      });
      expect(retired.data!.retireBankQuestion.retiredAt).toBe(now.toISOString());
      expect((await bank(jordan)).map((q) => q.id)).not.toContain(made.id);
      const withRetired = await bank(staff, { category: 'INDUSTRY', includeRetired: true });
      expect(withRetired.find((q) => q.id === made.id)?.retiredAt).toBe(now.toISOString());
      // A new order names only the questions in use.
      const inUse = reversed.filter((id) => id !== made.id);
      expect(
        (await staff.gql(REORDER_BANK, { category: 'INDUSTRY', ids: inUse })).errors,
      ).toBeUndefined();

      const restored = await staff.gql<{ restoreBankQuestion: BankQuestion }>(RESTORE_BANK, {
        id: made.id,
      });
      expect(restored.data!.restoreBankQuestion.retiredAt).toBeNull();
      expect((await bank(jordan, { category: 'INDUSTRY' })).at(-1)!.id).toBe(made.id);

      // Moving to another category puts it at that category's end.
      const moved = await staff.gql<{ updateBankQuestion: BankQuestion }>(UPDATE_BANK, {
        id: made.id,
        input: { category: 'ADVICE', text: 'Which trade shows should I go to?' },
      });
      expect(moved.errors).toBeUndefined();
      expect((await bank(jordan, { category: 'ADVICE' })).at(-1)!.id).toBe(made.id);
    });

    it('refuses what the domain refuses, on its field', async () => {
      const empty = await staff.gql(CREATE_BANK, { input: { category: 'ROLE', text: '   ' } });
      expect(errorCode(empty)).toBe('PREPARATION.INVALID_QUESTION');
      expect(empty.errors![0]!.extensions!.field).toBe('text');
      const long = await staff.gql(CREATE_BANK, {
        input: { category: 'ROLE', text: 'x'.repeat(501) },
      });
      expect(errorCode(long)).toBe('PREPARATION.INVALID_QUESTION');
      const missing = await staff.gql(UPDATE_BANK, {
        id: toGlobalId('BankQuestion', randomUUID()),
        input: { category: 'ROLE', text: 'Fine?' },
      });
      expect(errorCode(missing)).toBe('NOT_FOUND');
    });

    it('keeps a category of the bank bounded', async () => {
      const inUse = (await bank(staff, { category: 'CAREER_PATH' })).length;
      for (let i = inUse; i < BANK_CATEGORY_MAX; i += 1) await bankQuestion('CAREER_PATH');
      const full = await staff.gql(CREATE_BANK, {
        input: { category: 'CAREER_PATH', text: 'One more?' },
      });
      expect(errorCode(full)).toBe('PREPARATION.BANK_CATEGORY_FULL');
      expect(full.errors![0]!.extensions!.field).toBe('category');
      const last = (await bank(staff, { category: 'CAREER_PATH' })).at(-1)!;
      await staff.gql(RETIRE_BANK, { id: last.id });
      expect(
        (await staff.gql(CREATE_BANK, { input: { category: 'CAREER_PATH', text: 'One more?' } }))
          .errors,
      ).toBeUndefined();
      expect(errorCode(await staff.gql(RESTORE_BANK, { id: last.id }))).toBe(
        'PREPARATION.BANK_CATEGORY_FULL',
      );
    });

    it('refuses seekers and visitors every change, and seekers the retired questions', async () => {
      const question = await bankQuestion();
      const changes: [string, Record<string, unknown>][] = [
        [CREATE_BANK, { input: { category: 'ROLE', text: 'Mine?' } }],
        [UPDATE_BANK, { id: question.id, input: { category: 'ROLE', text: 'Mine?' } }],
        [REORDER_BANK, { category: 'ROLE', ids: [question.id] }],
        [RETIRE_BANK, { id: question.id }],
        [RESTORE_BANK, { id: question.id }],
      ];
      for (const [document, variables] of changes) {
        expect(errorCode(await jordan.gql(document, variables))).toBe('FORBIDDEN');
        expect(errorCode(await new Client(app).gql(document, variables))).toBe('UNAUTHENTICATED');
      }
      expect(errorCode(await jordan.gql(BANK, { includeRetired: true }))).toBe('FORBIDDEN');
      expect(errorCode(await new Client(app).gql(BANK))).toBe('UNAUTHENTICATED');
      expect(
        (await bank(staff, { category: 'ROLE' })).find((q) => q.id === question.id)?.text,
      ).toBe(question.text);
    });
  });

  describe("a meeting's question list", () => {
    it('is built from the bank and the seeker’s own words, covering the bases within the time', async () => {
      const meetingId = toGlobalId('Meeting', await insertMeeting(jordanId));
      const empty = await jordan.gql(MEETING, { id: meetingId });
      expect(planOf(empty, 'meeting')).toMatchObject({
        questions: [],
        coversTheBases: false,
        missingCategories: [...QUESTION_CATEGORIES],
        availableMinutes: 20,
        fitsTheTime: true,
        maxQuestions: 8,
        timeFit: 'No questions yet: you have 20 minutes.',
      });

      const starter = await bank(jordan);
      const pick = (category: string) => starter.find((q) => q.category === category)!;
      let plan: Plan | undefined;
      for (const category of ['COMPANY', 'ROLE', 'INDUSTRY', 'CAREER_PATH', 'REFERRALS']) {
        plan = planOf(
          await jordan.gql(ADD_BANK, { meetingId, bankQuestionId: pick(category).id }),
          'addBankQuestionToMeeting',
        );
      }
      expect(plan!.missingCategories).toEqual(['ADVICE']);
      expect(plan!.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5]);
      expect(plan!.questions[0]).toMatchObject({
        text: pick('COMPANY').text,
        bankQuestionId: pick('COMPANY').id,
      });

      const twice = await jordan.gql(ADD_BANK, { meetingId, bankQuestionId: pick('ROLE').id });
      expect(errorCode(twice)).toBe('PREPARATION.ALREADY_ON_LIST');

      const own = await jordan.gql(ADD_OWN, {
        meetingId,
        input: { category: 'ADVICE', text: ' What should I read before applying here? ' },
      });
      plan = planOf(own, 'addOwnQuestionToMeeting');
      expect(plan).toMatchObject({
        questionCount: 6,
        coversTheBases: true,
        missingCategories: [],
        estimatedMinutes: 15,
        fitsTheTime: true,
        minutesOver: 0,
        timeFit: '6 questions, about 15 minutes: fits in the 20 minutes agreed.',
      });
      expect(plan.questions.at(-1)).toMatchObject({
        position: 6,
        category: 'ADVICE',
        text: 'What should I read before applying here?',
        bankQuestionId: null,
      });
      expect(plan.coverage.every((c) => c.covered && c.questionCount === 1)).toBe(true);
      // The referral question is not last: the plan says so.
      expect(plan.hints).toContain(
        'Keep the referral question for the end, once you have made a good impression.',
      );

      const invalid = await jordan.gql(ADD_OWN, {
        meetingId,
        input: { category: 'ROLE', text: '' },
      });
      expect(errorCode(invalid)).toBe('PREPARATION.INVALID_QUESTION');
      expect(invalid.errors![0]!.extensions!.field).toBe('text');
    });

    it('is edited, reordered and trimmed, keeping positions 1..n', async () => {
      const meetingId = toGlobalId(
        'Meeting',
        await insertMeeting(jordanId, { durationMinutes: 15 }),
      );
      let plan: Plan | undefined;
      for (let i = 1; i <= 7; i += 1) {
        plan = planOf(
          await jordan.gql(ADD_OWN, {
            meetingId,
            input: { category: 'ROLE', text: `Question ${i}?` },
          }),
          'addOwnQuestionToMeeting',
        );
      }
      expect(plan).toMatchObject({
        availableMinutes: 15,
        estimatedMinutes: 17.5,
        fitsTheTime: false,
        minutesOver: 2.5,
        maxQuestions: 6,
        timeFit:
          '7 questions, about 17.5 minutes: too long by 2.5 minutes for the 15 minutes agreed.',
      });
      const ids = plan!.questions.map((q) => q.id);

      const moved = [ids[6]!, ...ids.slice(0, 6)];
      plan = planOf(
        await jordan.gql(REORDER, { meetingId, ids: moved }),
        'reorderMeetingQuestions',
      );
      expect(plan.questions.map((q) => q.id)).toEqual(moved);
      expect(plan.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      for (const bad of [moved.slice(1), [...moved, moved[0]!], [...moved.slice(1), moved[1]!]]) {
        expect(errorCode(await jordan.gql(REORDER, { meetingId, ids: bad }))).toBe(
          'PREPARATION.INVALID_ORDER',
        );
      }

      plan = planOf(
        await jordan.gql(UPDATE_QUESTION, {
          id: ids[6],
          input: { category: 'REFERRALS', text: 'Who else should I meet?' },
        }),
        'updateMeetingQuestion',
      );
      expect(plan.questions[0]).toMatchObject({
        id: ids[6],
        position: 1,
        category: 'REFERRALS',
        text: 'Who else should I meet?',
      });
      const badEdit = await jordan.gql(UPDATE_QUESTION, {
        id: ids[0],
        input: { category: 'ROLE', text: ' ' },
      });
      expect(errorCode(badEdit)).toBe('PREPARATION.INVALID_QUESTION');

      plan = planOf(await jordan.gql(REMOVE_QUESTION, { id: ids[2] }), 'removeMeetingQuestion');
      expect(plan.questions.map((q) => q.id)).toEqual(moved.filter((id) => id !== ids[2]));
      expect(plan.questions.map((q) => q.position)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(plan).toMatchObject({ fitsTheTime: true, estimatedMinutes: 15 });
      expect(errorCode(await jordan.gql(REMOVE_QUESTION, { id: ids[2] }))).toBe('NOT_FOUND');

      // The service other concepts read (meeting mode) gives the same order.
      expect(await app.services.preparation.questionsFor(rawId(meetingId))).toEqual(
        plan.questions.map((q) => ({ id: rawId(q.id), text: q.text, category: q.category })),
      );
    });

    it('finds repeats, refuses retired bank questions and stops at the most a list holds', async () => {
      const meetingId = toGlobalId('Meeting', await insertMeeting(jordanId));
      const retired = await bankQuestion('COMPANY');
      await staff.gql(RETIRE_BANK, { id: retired.id });
      expect(errorCode(await jordan.gql(ADD_BANK, { meetingId, bankQuestionId: retired.id }))).toBe(
        'NOT_FOUND',
      );

      const first = planOf(
        await jordan.gql(ADD_OWN, {
          meetingId,
          input: { category: 'ROLE', text: 'What do you like most?' },
        }),
        'addOwnQuestionToMeeting',
      );
      const again = planOf(
        await jordan.gql(ADD_OWN, {
          meetingId,
          input: { category: 'ADVICE', text: 'what do you  like most?' },
        }),
        'addOwnQuestionToMeeting',
      );
      expect(again.duplicateQuestionIds).toEqual([again.questions[1]!.id]);
      expect(first.duplicateQuestionIds).toEqual([]);

      for (let i = 2; i < QUESTION_LIST_MAX; i += 1) {
        await jordan.gql(ADD_OWN, { meetingId, input: { category: 'ROLE', text: `Extra ${i}?` } });
      }
      const full = await jordan.gql(ADD_OWN, {
        meetingId,
        input: { category: 'ROLE', text: 'One too many?' },
      });
      expect(errorCode(full)).toBe('PREPARATION.LIST_FULL');
    });

    it('stays as it was once the meeting is over', async () => {
      const id = await insertMeeting(jordanId);
      const meetingId = toGlobalId('Meeting', id);
      const plan = planOf(
        await jordan.gql(ADD_OWN, {
          meetingId,
          input: { category: 'ROLE', text: 'What is a good day?' },
        }),
        'addOwnQuestionToMeeting',
      );
      await app.dataSource.getRepository(MeetingEntity).update({ id }, { status: 'COMPLETED' });
      const questionId = plan.questions[0]!.id;
      for (const [document, variables] of [
        [ADD_OWN, { meetingId, input: { category: 'ROLE', text: 'Late?' } }],
        [UPDATE_QUESTION, { id: questionId, input: { category: 'ROLE', text: 'Late?' } }],
        [REMOVE_QUESTION, { id: questionId }],
        [REORDER, { meetingId, ids: [questionId] }],
        [TICK, { meetingId, item: 'ARRIVE_EARLY', ticked: true }],
      ] as const) {
        expect(errorCode(await jordan.gql(document, variables))).toBe('PREPARATION.MEETING_CLOSED');
      }
      expect(planOf(await jordan.gql(MEETING, { id: meetingId }), 'meeting').questionCount).toBe(1);
    });

    it('is read by staff coaching the seeker, who may not change it', async () => {
      const meetingId = toGlobalId('Meeting', await insertMeeting(jordanId));
      await jordan.gql(ADD_OWN, {
        meetingId,
        input: { category: 'ROLE', text: 'Who do you work with?' },
      });
      const read = await staff.gql(MEETING, { id: meetingId });
      expect(planOf(read, 'meeting').questions.map((q) => q.text)).toEqual([
        'Who do you work with?',
      ]);
      const change = await staff.gql(ADD_OWN, {
        meetingId,
        input: { category: 'ROLE', text: 'Coach?' },
      });
      expect(errorCode(change)).toBe('FORBIDDEN');
      expect(errorCode(await new Client(app).gql(MEETING, { id: meetingId }))).toBe(
        'UNAUTHENTICATED',
      );
    });
  });

  describe('the preparation checklist', () => {
    it('is worded for the place and keeps the seeker’s ticks', async () => {
      const meetingId = toGlobalId(
        'Meeting',
        await insertMeeting(jordanId, { locationKind: 'VIDEO' }),
      );
      const fresh = await jordan.gql<{ meeting: { preparationChecklist: Checklist } }>(MEETING, {
        id: meetingId,
      });
      const checklist = fresh.data!.meeting.preparationChecklist;
      expect(checklist.entries.map((e) => e.item)).toEqual([
        'DRESS_PROFESSIONALLY',
        'ARRIVE_EARLY',
        'BRING_QUESTIONS',
        'RESPECT_THEIR_TIME',
        'BE_COURTEOUS',
      ]);
      expect(checklist.entries[1]!.label).toMatch(/join the call/i);
      expect(checklist).toMatchObject({ done: [], complete: false });

      const tick = (item: string, ticked: boolean) =>
        jordan.gql<{ setMeetingChecklistItem: { preparationChecklist: Checklist } }>(TICK, {
          meetingId,
          item,
          ticked,
        });
      await tick('BRING_QUESTIONS', true);
      const twice = await tick('BRING_QUESTIONS', true);
      expect(twice.errors).toBeUndefined();
      expect(twice.data!.setMeetingChecklistItem.preparationChecklist).toMatchObject({
        done: ['BRING_QUESTIONS'],
        remaining: ['DRESS_PROFESSIONALLY', 'ARRIVE_EARLY', 'RESPECT_THEIR_TIME', 'BE_COURTEOUS'],
      });
      expect(twice.data!.setMeetingChecklistItem.preparationChecklist.entries[2]).toMatchObject({
        ticked: true,
        tickedAt: now.toISOString(),
      });
      for (const item of [
        'DRESS_PROFESSIONALLY',
        'ARRIVE_EARLY',
        'RESPECT_THEIR_TIME',
        'BE_COURTEOUS',
      ]) {
        await tick(item, true);
      }
      expect(
        (await tick('BE_COURTEOUS', true)).data!.setMeetingChecklistItem.preparationChecklist
          .complete,
      ).toBe(true);
      const unticked = await tick('ARRIVE_EARLY', false);
      expect(unticked.data!.setMeetingChecklistItem.preparationChecklist).toMatchObject({
        complete: false,
        remaining: ['ARRIVE_EARLY'],
      });
      expect(
        errorCode(await jordan.gql(TICK, { meetingId, item: 'BRING_SNACKS', ticked: true })),
      ).toBe('BAD_USER_INPUT');
    });
  });

  it('shows a seeker only their own meetings’ preparation, through every operation that takes an id', async () => {
    const bankQuestionId = (await bank(jordan))[0]!.id;
    const questionIds = [randomUUID(), randomUUID()];
    const resetList = async (meetingId: string) => {
      // The ids are fixed (the reorder names them), so they move between the two proofs' meetings.
      await app.dataSource.getRepository(MeetingQuestionEntity).delete({ meetingId });
      await app.dataSource.getRepository(MeetingQuestionEntity).delete({ id: In(questionIds) });
      await app.dataSource.getRepository(ChecklistTickEntity).delete({ meetingId });
      await app.dataSource.getRepository(MeetingQuestionEntity).insert(
        questionIds.map((id, i) => ({
          id,
          meetingId,
          position: i + 1,
          category: 'ROLE' as const,
          text: `Owned question ${i}?`,
          bankQuestionId: null,
          createdAt: now,
        })),
      );
    };
    await proveOwnedBySeeker(app, {
      type: 'Meeting',
      group: 'Meeting/preparation',
      createOwnedBy: async (seekerId) => {
        const id = await insertMeeting(seekerId);
        await resetList(id);
        return id;
      },
      reset: resetList,
      operations: {
        addBankQuestionToMeeting: {
          document: `mutation($id: ID!, $b: ID!) { addBankQuestionToMeeting(meetingId: $id, bankQuestionId: $b) { id } }`,
          variables: { b: bankQuestionId },
        },
        addOwnQuestionToMeeting: {
          document: `mutation($id: ID!) { addOwnQuestionToMeeting(meetingId: $id, input: { category: ROLE, text: "Mine?" }) { id } }`,
        },
        reorderMeetingQuestions: {
          document: `mutation($id: ID!, $ids: [ID!]!) { reorderMeetingQuestions(meetingId: $id, ids: $ids) { id } }`,
          variables: {
            ids: [...questionIds].reverse().map((q) => toGlobalId('MeetingQuestion', q)),
          },
        },
        setMeetingChecklistItem: {
          document: `mutation($id: ID!) { setMeetingChecklistItem(meetingId: $id, item: ARRIVE_EARLY, ticked: true) { id } }`,
        },
      },
    });

    let meetingOfQuestion = '';
    await proveOwnedBySeeker(app, {
      type: 'MeetingQuestion',
      createOwnedBy: async (seekerId) => {
        meetingOfQuestion = await insertMeeting(seekerId);
        await resetList(meetingOfQuestion);
        return questionIds[0]!;
      },
      reset: () => resetList(meetingOfQuestion),
      operations: {
        updateMeetingQuestion: {
          document: `mutation($id: ID!) { updateMeetingQuestion(id: $id, input: { category: ADVICE, text: "Changed?" }) { id } }`,
        },
        removeMeetingQuestion: {
          document: `mutation($id: ID!) { removeMeetingQuestion(id: $id) { id } }`,
        },
      },
    });
  });

  it('lists meetings with their plans and checklists in the same number of statements at 10 and 100', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const bankRows = await app.dataSource.getRepository(BankQuestionEntity).find({ take: 3 });
    const questions: MeetingQuestionEntity[] = [];
    const ticks: ChecklistTickEntity[] = [];
    for (let i = 0; i < 105; i += 1) {
      const meetingId = await insertMeeting(seekerId, {
        startsAt: new Date(now.getTime() + (i + 1) * 3_600_000),
        locationKind: i % 2 ? 'PHONE' : 'OFFICE',
      });
      bankRows.forEach((row, position) =>
        questions.push({
          id: randomUUID(),
          meetingId,
          position: position + 1,
          category: row.category,
          text: row.text,
          bankQuestionId: row.id,
          createdAt: now,
        }),
      );
      ticks.push({ meetingId, item: 'ARRIVE_EARLY', tickedAt: now });
    }
    await app.dataSource.getRepository(MeetingQuestionEntity).insert(questions);
    await app.dataSource.getRepository(ChecklistTickEntity).insert(ticks);
    const query = `query($first: Int!) { myMeetings(first: $first) { edges { node { id ${PLAN_FIELDS} ${CHECKLIST_FIELDS} } } } }`;
    const small = await statementsFor(app, seeker, query, { first: 10 });
    const large = await statementsFor<{
      myMeetings: { edges: { node: { questionPlan: Plan; preparationChecklist: Checklist } }[] };
    }>(app, seeker, query, { first: 100 });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.myMeetings.edges).toHaveLength(100);
    const node = large.result.data!.myMeetings.edges[0]!.node;
    expect(node.questionPlan.questionCount).toBe(3);
    expect(node.preparationChecklist.done).toEqual(['ARRIVE_EARLY']);
    expect(large.statements).toBe(small.statements);
  });

  it('opens the preparation fields to API keys only with interviews:read', async () => {
    const schema = await createSchema();
    const meeting = schema.getType('Meeting') as import('graphql').GraphQLObjectType;
    for (const name of ['questionPlan', 'preparationChecklist']) {
      expect(accessRuleOfField(meeting, meeting.getFields()[name]!)).toEqual({
        scope: 'interviews:read',
      });
    }
    const query = schema.getQueryType()!;
    expect(accessRuleOfField(query, query.getFields().questionBank!)).toBe('none');
  });

  it('gives the demo meeting today a list covering every base and tomorrow’s a partial one', async () => {
    const made = await createThrowawayDatabase();
    const demo = await openDatabase(made.database);
    try {
      const seededAt = new Date('2026-04-01T12:00:00Z');
      expect(await seedDemoData(demo, seededAt)).toBe(true);
      const meetings = await demo
        .getRepository(MeetingEntity)
        .find({ where: { status: 'SCHEDULED' }, order: { startsAt: 'ASC' } });
      const [today, tomorrow] = meetings;
      expect(today!.startsAt.getTime() - seededAt.getTime()).toBeLessThan(12 * 3_600_000);
      const service = new PreparationService(demo);
      const planFor = async (meeting: MeetingEntity) =>
        planQuestions({
          questions: await service.questionsFor(meeting.id),
          durationMinutes: meeting.durationMinutes,
        });
      expect(await planFor(today!)).toMatchObject({ coversTheBases: true, fitsTheTime: true });
      const partial = await planFor(tomorrow!);
      expect(partial.coversTheBases).toBe(false);
      expect(partial.questionCount).toBeGreaterThan(0);
      const ticks = await demo.getRepository(ChecklistTickEntity).findBy({ meetingId: today!.id });
      expect(ticks.length).toBeGreaterThan(0);
    } finally {
      await demo.destroy();
      await made.drop();
    }
  });
});
