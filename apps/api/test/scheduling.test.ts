import { createHash, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskEntity, AskStatusChangeEntity } from '../src/ask/ask.entity.js';
import { toGlobalId } from '../src/common/global-id.js';
import { MeetingEntity } from '../src/meeting/meeting.entity.js';
import { createSchema } from '../src/graphql/schema.js';
import { ProposalStore, proposalOf } from '../src/scheduling/proposal-store.js';
import { ReplyLinkThrottle } from '../src/scheduling/reply-link.js';
import { schedulingConcept } from '../src/scheduling/scheduling.concept.js';
import {
  SchedulingLinkEntity,
  SchedulingProposalEntity,
  SchedulingSlotEntity,
} from '../src/scheduling/scheduling.entity.js';
import { openDatabase } from '../src/db/data-source.js';
import { createThrowawayDatabase } from '../src/db/throwaway-database.js';
import { DEMO_REPLY_TOKEN, seedDemoData } from '../src/seed/demo-data.js';
import { loggedPath } from '../src/server/log-serializers.js';
import { openSlots, type ProposalStatus } from '@rapport/domain';
import { insertAsk, insertContact } from './support/contacts.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  rawId,
  signedInAs,
  statementsFor,
  userIdOf,
  type GraphQLResponse,
  type TestApp,
} from './support/test-app.js';

const PROPOSAL = `id status timeZone durationMinutes businessHours locationKind locationDetails replyNote linkExpiresAt
  slots { id startsAt endsAt durationMinutes timeZone offeredBy }
  counterSlot { id startsAt offeredBy } chosenSlot { id startsAt }
  ask { id status } meeting { id startsAt durationMinutes status }`;
const PROPOSE = `mutation($input: ProposeMeetingTimesInput!) { proposeMeetingTimes(input: $input) { token expiresAt proposal { ${PROPOSAL} } } }`;
const REVISE = `mutation($id: ID!, $input: ReviseMeetingTimesInput!) { reviseMeetingTimes(id: $id, input: $input) { token expiresAt proposal { ${PROPOSAL} } } }`;
const RENEW = `mutation($id: ID!) { renewSchedulingLink(id: $id) { token proposal { id status } } }`;
const ACCEPT_COUNTER = `mutation($id: ID!) { acceptCounterProposal(id: $id) { id startsAt durationMinutes status locationKind } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMeetingTimes(id: $id) { id status linkExpiresAt } }`;
const REPLY_FIELDS = `status seekerFirstName durationMinutes timeZone locationKind locationDetails expiresAt
  slots { id startsAt endsAt durationMinutes timeZone } chosenSlot { id startsAt } counterSlot { id startsAt }`;
const REPLY = `query($token: String!) { schedulingReply(token: $token) { ${REPLY_FIELDS} } }`;
const PICK = `mutation($token: String!, $slotId: ID!) { acceptProposedTime(token: $token, slotId: $slotId) { ${REPLY_FIELDS} } }`;
const OTHER = `mutation($token: String!, $startsAt: DateTimeISO!) { proposeOtherTime(token: $token, startsAt: $startsAt) { ${REPLY_FIELDS} } }`;
const DECLINE = `mutation($token: String!, $note: String) { declineProposedTimes(token: $token, note: $note) { ${REPLY_FIELDS} } }`;
const OUTCOME = `mutation($id: ID!, $status: AskStatus!) { recordAskOutcome(id: $id, status: $status) { id status } }`;
const ASK_PAGE = `query($id: ID!) { contact(id: $id) { myAsk { status history { status note } schedulingProposal { ${PROPOSAL} } meeting { id startsAt status } } } }`;

interface Slot {
  id: string;
  startsAt: string;
  endsAt?: string;
  durationMinutes?: number;
  offeredBy?: string;
}
interface Proposal {
  id: string;
  status: string;
  durationMinutes: number;
  linkExpiresAt: string | null;
  replyNote: string | null;
  slots: Slot[];
  counterSlot: Slot | null;
  chosenSlot: Slot | null;
  ask: { id: string; status: string };
  meeting: { id: string; startsAt: string; durationMinutes: number; status: string } | null;
}
interface Payload {
  token: string;
  expiresAt: string;
  proposal: Proposal;
}
interface Reply {
  status: string;
  seekerFirstName: string;
  durationMinutes: number;
  timeZone: string;
  locationKind: string;
  expiresAt: string;
  slots: Slot[];
  chosenSlot: Slot | null;
  counterSlot: Slot | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('reverse scheduling', () => {
  let app: TestApp;
  let jordan: Client;
  let jordanId: string;
  // Wednesday 1 April 2026, 08:00 in New York (EDT, UTC−4).
  const START = new Date('2026-04-01T12:00:00Z');
  let now = START;
  const zone = 'America/New_York';
  // Thursday 10:00 and Friday 11:00 and 14:30 in New York: inside 09:00–17:00.
  const thuTen = '2026-04-02T14:00:00.000Z';
  const friEleven = '2026-04-03T15:00:00.000Z';
  const friHalfTwo = '2026-04-03T18:30:00.000Z';
  const visitor = () => new Client(app);

  beforeAll(async () => {
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    jordan = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
  });
  afterAll(async () => app.close());

  const askOf = async (ownerId = jordanId, status: AskEntity['status'] = 'ASKED') => {
    const contactId = await insertContact(app, {
      fullName: `Dana ${randomUUID().slice(0, 6)}`,
      ownerId,
    });
    const askId = await insertAsk(app, { ownerId, contactId, askedAt: START, status });
    return { askId, contactId };
  };

  /** A proposal row as the service writes one, with no slots yet. */
  const insertProposal = async (ownerId: string, askId: string) => {
    const id = randomUUID();
    await app.dataSource.getRepository(SchedulingProposalEntity).insert({
      id,
      ownerId,
      askId,
      status: 'PROPOSED',
      timeZone: zone,
      businessDays: '1,2,3,4,5',
      opensAt: '09:00',
      closesAt: '17:00',
      locationKind: 'OFFICE',
      locationDetails: null,
      chosenSlotId: null,
      meetingId: null,
      replyNote: null,
      proposedAt: now,
      statusChangedAt: now,
    });
    return id;
  };

  const propose = (
    client: Client,
    askId: string,
    extra: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<{ proposeMeetingTimes: Payload }>> =>
    client.gql(PROPOSE, {
      input: {
        askId: toGlobalId('Ask', askId),
        slots: [friEleven, thuTen],
        timeZone: zone,
        location: { kind: 'COFFEE', details: 'Blue Door Café' },
        ...extra,
      },
    });

  const proposed = async (askId: string) => {
    const result = await propose(jordan, askId);
    expect(result.errors).toBeUndefined();
    return result.data!.proposeMeetingTimes;
  };

  const reply = (token: string, from?: string) =>
    visitor().gql<{ schedulingReply: Reply }>(REPLY, { token }, { from });

  it('makes a link of 256 random bits and keeps only its SHA-256', async () => {
    const { askId } = await askOf();
    const first = await proposed(askId);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(first.proposal).toMatchObject({
      status: 'PROPOSED',
      durationMinutes: 20,
      businessHours: 'Monday to Friday, 09:00–17:00',
      locationKind: 'COFFEE',
      ask: { status: 'ASKED' },
      meeting: null,
    });
    expect(first.proposal.slots.map((s) => s.startsAt)).toEqual([thuTen, friEleven]);
    expect(first.proposal.slots[0]).toMatchObject({ durationMinutes: 20, offeredBy: 'SEEKER' });
    // Three days after the last time offered.
    expect(first.expiresAt).toBe('2026-04-06T15:00:00.000Z');
    expect(first.proposal.linkExpiresAt).toBe(first.expiresAt);

    const links = await app.dataSource.getRepository(SchedulingLinkEntity).find();
    const mine = links.filter((l) => l.proposalId === rawId(first.proposal.id));
    expect(mine.map((l) => l.tokenHash)).toEqual([sha256(first.token)]);
    // The token appears nowhere in the database.
    for (const table of ['scheduling_links', 'scheduling_proposals', 'scheduling_slots']) {
      const rows = (await app.dataSource.query(`SELECT * FROM ${table}`)) as object[];
      expect(JSON.stringify(rows)).not.toContain(first.token);
    }
    const { askId: other } = await askOf();
    expect((await proposed(other)).token).not.toBe(first.token);
  });

  it('refuses what the domain refuses, naming the field', async () => {
    const { askId } = await askOf();
    const six = Array.from({ length: 6 }, (_, i) => new Date(Date.parse(thuTen) + i * 3_600_000));
    const tooMany = await propose(jordan, askId, { slots: six });
    expect(errorCode(tooMany)).toBe('SCHEDULING.TOO_MANY_SLOTS');
    expect(tooMany.errors![0]!.extensions!.field).toBe('slots');
    const none = await propose(jordan, askId, { slots: [] });
    expect(errorCode(none)).toBe('SCHEDULING.TOO_FEW_SLOTS');
    // 07:00 in New York, before their office opens.
    const early = await propose(jordan, askId, { slots: [thuTen, '2026-04-03T11:00:00Z'] });
    expect(errorCode(early)).toBe('SCHEDULING.OUTSIDE_BUSINESS_HOURS');
    expect(early.errors![0]!.extensions!.field).toBe('slots.1');
    const long = await propose(jordan, askId, { durationMinutes: 45 });
    expect(errorCode(long)).toBe('MEETING.TOO_LONG');
    expect(long.errors![0]!.extensions!.field).toBe('durationMinutes');
    const zoneless = await propose(jordan, askId, { timeZone: 'Mars/Olympus' });
    expect(errorCode(zoneless)).toBe('TIME.INVALID_TIME_ZONE');
    expect(zoneless.errors![0]!.extensions!.field).toBe('timeZone');
    const past = await propose(jordan, askId, { slots: ['2026-03-31T14:00:00Z'] });
    expect(errorCode(past)).toBe('SCHEDULING.SLOT_IN_PAST');

    await proposed(askId);
    expect(errorCode(await propose(jordan, askId))).toBe('SCHEDULING.ALREADY_PROPOSED');
    const { askId: declined } = await askOf(jordanId, 'DECLINED');
    expect(errorCode(await propose(jordan, declined))).toBe('SCHEDULING.REQUEST_CLOSED');
  });

  it('shows a contact this one meeting and nothing else', async () => {
    const schema = await createSchema();
    const fields = (name: string) =>
      Object.keys((schema.getType(name) as { getFields(): object }).getFields()).sort();
    expect(fields('SchedulingReply')).toEqual(
      [
        'status',
        'seekerFirstName',
        'durationMinutes',
        'timeZone',
        'locationKind',
        'locationDetails',
        'slots',
        'chosenSlot',
        'counterSlot',
        'expiresAt',
      ].sort(),
    );
    expect(fields('ProposedSlot')).toEqual(
      ['id', 'startsAt', 'endsAt', 'durationMinutes', 'timeZone', 'offeredBy'].sort(),
    );

    const { askId } = await askOf();
    const { token } = await proposed(askId);
    const shown = await reply(token);
    expect(shown.errors).toBeUndefined();
    expect(shown.data!.schedulingReply).toMatchObject({
      status: 'PROPOSED',
      seekerFirstName: 'Test',
      durationMinutes: 20,
      timeZone: zone,
      locationKind: 'COFFEE',
      chosenSlot: null,
      counterSlot: null,
    });
    expect(shown.data!.schedulingReply.slots.map((s) => s.startsAt)).toEqual([thuTen, friEleven]);

    // A slot of another proposal is not one of this link's times.
    const { askId: otherAsk } = await askOf();
    const other = await proposed(otherAsk);
    const foreign = await visitor().gql(PICK, { token, slotId: other.proposal.slots[0]!.id });
    expect(errorCode(foreign)).toBe('SCHEDULING.UNKNOWN_SLOT');
    expect(foreign.errors![0]!.extensions!.field).toBe('slotId');
    // …and nothing was booked on either.
    expect(await app.dataSource.getRepository(MeetingEntity).countBy({ askId })).toBe(0);
    expect(await app.dataSource.getRepository(MeetingEntity).countBy({ askId: otherAsk })).toBe(0);
  });

  it('books the meeting when the contact picks a time, once; the seeker sees it at once', async () => {
    const { askId, contactId } = await askOf();
    const { token, proposal } = await proposed(askId);
    const slot = proposal.slots[1]!;
    const picked = await visitor().gql<{ acceptProposedTime: Reply }>(PICK, {
      token,
      slotId: slot.id,
    });
    expect(picked.errors).toBeUndefined();
    expect(picked.data!.acceptProposedTime).toMatchObject({
      status: 'ACCEPTED',
      chosenSlot: { id: slot.id, startsAt: friEleven },
      slots: [],
    });

    const meetings = await app.dataSource.getRepository(MeetingEntity).findBy({ askId });
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({
      ownerId: jordanId,
      contactId,
      status: 'SCHEDULED',
      durationMinutes: 20,
      timeZone: zone,
      locationKind: 'COFFEE',
      locationDetails: 'Blue Door Café',
    });
    expect(meetings[0]!.startsAt.toISOString()).toBe(friEleven);

    const page = await jordan.gql<{
      contact: {
        myAsk: {
          status: string;
          history: { status: string; note: string | null }[];
          schedulingProposal: Proposal;
          meeting: { id: string; startsAt: string };
        };
      };
    }>(ASK_PAGE, { id: toGlobalId('Contact', contactId) });
    const ask = page.data!.contact.myAsk;
    expect(ask.status).toBe('ACCEPTED');
    expect(ask.history.at(-1)).toEqual({
      status: 'ACCEPTED',
      note: 'Picked Friday 3 April at 11:00 (America/New_York) through your scheduling link.',
    });
    expect(ask.schedulingProposal).toMatchObject({
      status: 'ACCEPTED',
      chosenSlot: { id: slot.id },
      linkExpiresAt: null,
      meeting: { id: toGlobalId('Meeting', meetings[0]!.id), durationMinutes: 20 },
    });
    expect(ask.meeting.startsAt).toBe(friEleven);

    // A link answers once: reading it again, or answering again, is refused.
    const again = await reply(token);
    expect(errorCode(again)).toBe('SCHEDULING.LINK_USED');
    expect(again.errors![0]!.extensions!.details).toMatchObject({ answer: 'ACCEPTED' });
    expect(again.data).toBeNull();
    const twice = await visitor().gql(PICK, { token, slotId: proposal.slots[0]!.id });
    expect(errorCode(twice)).toBe('SCHEDULING.LINK_USED');
    expect(await app.dataSource.getRepository(MeetingEntity).countBy({ askId })).toBe(1);
  });

  it('books once when the contact answers twice at the same moment', async () => {
    const { askId } = await askOf();
    const { token, proposal } = await proposed(askId);
    const answers = await Promise.all(
      proposal.slots.map((slot) => visitor().gql(PICK, { token, slotId: slot.id })),
    );
    expect(answers.map((answer) => errorCode(answer) ?? 'BOOKED').sort()).toEqual([
      'BOOKED',
      'SCHEDULING.LINK_USED',
    ]);
    expect(await app.dataSource.getRepository(MeetingEntity).countBy({ askId })).toBe(1);
  });

  it('refuses unknown, expired and replaced links, each with its own code', async () => {
    expect(errorCode(await reply('not-a-real-token'))).toBe('SCHEDULING.LINK_UNKNOWN');
    expect(errorCode(await reply('x'.repeat(5000)))).toBe('SCHEDULING.LINK_UNKNOWN');
    expect(errorCode(await reply(''))).toBe('SCHEDULING.LINK_UNKNOWN');

    const { askId } = await askOf();
    const { token, proposal, expiresAt } = await proposed(askId);
    now = new Date(expiresAt);
    try {
      const expired = await reply(token);
      expect(errorCode(expired)).toBe('SCHEDULING.LINK_EXPIRED');
      expect(errorCode(await visitor().gql(DECLINE, { token }))).toBe('SCHEDULING.LINK_EXPIRED');
    } finally {
      now = START;
    }

    const renewed = await jordan.gql<{ renewSchedulingLink: { token: string } }>(RENEW, {
      id: proposal.id,
    });
    expect(renewed.errors).toBeUndefined();
    const fresh = renewed.data!.renewSchedulingLink.token;
    expect(fresh).not.toBe(token);
    expect(errorCode(await reply(token))).toBe('SCHEDULING.LINK_REPLACED');
    expect((await reply(fresh)).data!.schedulingReply.status).toBe('PROPOSED');
  });

  it('lets the contact offer another time, and the seeker take it or offer new times', async () => {
    const { askId } = await askOf();
    const { token, proposal } = await proposed(askId);
    // Their own calendar: 08:00 on Monday is fine for them, outside the usual hours.
    const theirs = '2026-04-06T12:00:00.000Z';
    const offered = await visitor().gql(OTHER, { token, startsAt: thuTen });
    expect(errorCode(offered)).toBe('SCHEDULING.SLOT_ALREADY_PROPOSED');
    expect(errorCode(await visitor().gql(OTHER, { token, startsAt: '2026-03-30T12:00:00Z' }))).toBe(
      'SCHEDULING.SLOT_IN_PAST',
    );
    const countered = await visitor().gql<{ proposeOtherTime: Reply }>(OTHER, {
      token,
      startsAt: theirs,
    });
    expect(countered.errors).toBeUndefined();
    expect(countered.data!.proposeOtherTime).toMatchObject({
      status: 'COUNTER_PROPOSED',
      counterSlot: { startsAt: theirs },
    });
    expect(errorCode(await reply(token))).toBe('SCHEDULING.LINK_USED');

    const seen = await jordan.gql<{ schedulingProposal: Proposal }>(
      `query($id: ID!) { schedulingProposal(id: $id) { ${PROPOSAL} } }`,
      { id: proposal.id },
    );
    expect(seen.data!.schedulingProposal).toMatchObject({
      status: 'COUNTER_PROPOSED',
      ask: { status: 'ACCEPTED' },
      counterSlot: { startsAt: theirs, offeredBy: 'CONTACT' },
      linkExpiresAt: null,
    });
    // The seeker offers new times instead; a fresh link carries them.
    const revised = await jordan.gql<{ reviseMeetingTimes: Payload }>(REVISE, {
      id: proposal.id,
      input: { slots: [friHalfTwo] },
    });
    expect(revised.errors).toBeUndefined();
    const newLink = revised.data!.reviseMeetingTimes;
    expect(newLink.proposal).toMatchObject({ status: 'PROPOSED', counterSlot: null });
    expect(newLink.proposal.slots.map((s) => s.startsAt)).toEqual([friHalfTwo]);
    const reread = await reply(newLink.token);
    expect(reread.data!.schedulingReply.slots.map((s) => s.startsAt)).toEqual([friHalfTwo]);

    // The contact counters again; this time the seeker takes their time.
    await visitor().gql(OTHER, { token: newLink.token, startsAt: theirs });
    const booked = await jordan.gql<{ acceptCounterProposal: { startsAt: string } }>(
      ACCEPT_COUNTER,
      { id: proposal.id },
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.acceptCounterProposal).toMatchObject({
      startsAt: theirs,
      durationMinutes: 20,
      status: 'SCHEDULED',
      locationKind: 'COFFEE',
    });
    expect(errorCode(await jordan.gql(ACCEPT_COUNTER, { id: proposal.id }))).toBe(
      'SCHEDULING.ILLEGAL_TRANSITION',
    );
  });

  it('records a polite decline with its note, and the ask as declined', async () => {
    const { askId, contactId } = await askOf();
    const { token } = await proposed(askId);
    const tooLong = await visitor().gql(DECLINE, { token, note: 'x'.repeat(1001) });
    expect(errorCode(tooLong)).toBe('REQUEST.INVALID_MESSAGE');
    expect(tooLong.errors![0]!.extensions!.field).toBe('note');
    const declined = await visitor().gql<{ declineProposedTimes: Reply }>(DECLINE, {
      token,
      note: 'Not this quarter, sorry.',
    });
    expect(declined.errors).toBeUndefined();
    expect(declined.data!.declineProposedTimes.status).toBe('DECLINED');
    const page = await jordan.gql<{
      contact: {
        myAsk: { status: string; history: { note: string }[]; schedulingProposal: Proposal };
      };
    }>(ASK_PAGE, { id: toGlobalId('Contact', contactId) });
    expect(page.data!.contact.myAsk).toMatchObject({
      status: 'DECLINED',
      schedulingProposal: { status: 'DECLINED', replyNote: 'Not this quarter, sorry.' },
    });
    expect(page.data!.contact.myAsk.history.at(-1)!.note).toBe(
      'Declined through your scheduling link: “Not this quarter, sorry.”',
    );
    expect(errorCode(await reply(token))).toBe('SCHEDULING.LINK_USED');
  });

  it('closes the open proposal when the seeker withdraws the ask, or books directly', async () => {
    const { askId } = await askOf();
    const { token, proposal } = await proposed(askId);
    const withdrawn = await jordan.gql(OUTCOME, {
      id: toGlobalId('Ask', askId),
      status: 'WITHDRAWN',
    });
    expect(withdrawn.errors).toBeUndefined();
    const row = await app.dataSource
      .getRepository(SchedulingProposalEntity)
      .findOneByOrFail({ id: rawId(proposal.id) });
    expect(row.status).toBe('WITHDRAWN');
    expect(errorCode(await reply(token))).toBe('SCHEDULING.LINK_CLOSED');

    // Recording a decline closes it too.
    const { askId: noAsk } = await askOf();
    const second = await proposed(noAsk);
    await jordan.gql(OUTCOME, { id: toGlobalId('Ask', noAsk), status: 'DECLINED' });
    expect(errorCode(await reply(second.token))).toBe('SCHEDULING.LINK_CLOSED');

    // Booking directly after a yes on the phone settles the time.
    const { askId: yes } = await askOf();
    const third = await proposed(yes);
    await jordan.gql(OUTCOME, { id: toGlobalId('Ask', yes), status: 'ACCEPTED' });
    const booked = await jordan.gql(
      `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`,
      { input: { askId: toGlobalId('Ask', yes), startsAt: thuTen, timeZone: zone } },
    );
    expect(booked.errors).toBeUndefined();
    expect(errorCode(await reply(third.token))).toBe('SCHEDULING.LINK_CLOSED');

    // The seeker may also take the times back themselves.
    const { askId: fourthAsk } = await askOf();
    const fourth = await proposed(fourthAsk);
    const taken = await jordan.gql<{ withdrawMeetingTimes: { status: string } }>(WITHDRAW, {
      id: fourth.proposal.id,
    });
    expect(taken.data!.withdrawMeetingTimes).toMatchObject({
      status: 'WITHDRAWN',
      linkExpiresAt: null,
    });
    expect(errorCode(await reply(fourth.token))).toBe('SCHEDULING.LINK_CLOSED');
  });

  it('limits requests per link and per address', async () => {
    const original = app.services.replyLinkThrottle;
    app.services.replyLinkThrottle = new ReplyLinkThrottle(2);
    try {
      const { askId } = await askOf();
      const { token } = await proposed(askId);
      expect((await reply(token, '10.0.0.1')).errors).toBeUndefined();
      expect((await reply(token, '10.0.0.2')).errors).toBeUndefined();
      // Per link, whatever the address.
      const third = await reply(token, '10.0.0.3');
      expect(errorCode(third)).toBe('TOO_MANY_REQUESTS');
      expect(third.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
      // Per address, across links (four times the per-link allowance).
      const guesses = [];
      for (let i = 0; i < 9; i += 1) guesses.push(await reply(`guess-${i}`, '10.0.0.9'));
      expect(guesses.slice(0, 8).map(errorCode)).toEqual(Array(8).fill('SCHEDULING.LINK_UNKNOWN'));
      expect(errorCode(guesses[8]!)).toBe('TOO_MANY_REQUESTS');
      expect(errorCode(await visitor().gql(DECLINE, { token }, { from: '10.0.0.9' }))).toBe(
        'TOO_MANY_REQUESTS',
      );
    } finally {
      app.services.replyLinkThrottle = original;
    }
  });

  it('refuses the seeker operations to visitors and staff, and the public ones to nobody', async () => {
    const { askId } = await askOf();
    expect(errorCode(await propose(visitor(), askId))).toBe('UNAUTHENTICATED');
    const staff = await signedInAs(app, 'STAFF');
    expect(errorCode(await propose(staff, askId))).toBe('FORBIDDEN');
    const { proposal } = await proposed(askId);
    // Staff read a seeker's proposal to coach, but cannot change it.
    const read = await staff.gql(`query($id: ID!) { schedulingProposal(id: $id) { id } }`, {
      id: proposal.id,
    });
    expect(read.errors).toBeUndefined();
    expect(errorCode(await staff.gql(WITHDRAW, { id: proposal.id }))).toBe('FORBIDDEN');
  });

  it('shows a seeker only their own proposals, through every operation that takes an id', async () => {
    // The operations run in this order; each finds the proposal in the state it needs.
    const states: ProposalStatus[] = [
      'PROPOSED',
      'PROPOSED',
      'PROPOSED',
      'COUNTER_PROPOSED',
      'COUNTER_PROPOSED',
    ];
    const later = '2026-04-07T14:00:00.000Z';
    await proveOwnedBySeeker(app, {
      type: 'SchedulingProposal',
      createOwnedBy: async (seekerId) => {
        const { askId } = await askOf(seekerId);
        return insertProposal(seekerId, askId);
      },
      reset: async (id) => {
        const status = states.shift() ?? 'PROPOSED';
        const slots = app.dataSource.getRepository(SchedulingSlotEntity);
        await slots.delete({ proposalId: id });
        await slots.insert(
          [
            {
              id: randomUUID(),
              proposalId: id,
              offeredBy: 'SEEKER' as const,
              startsAt: new Date(thuTen),
            },
            ...(status === 'COUNTER_PROPOSED'
              ? [
                  {
                    id: randomUUID(),
                    proposalId: id,
                    offeredBy: 'CONTACT' as const,
                    startsAt: new Date(later),
                  },
                ]
              : []),
          ].map((slot) => ({ ...slot, durationMinutes: 20, timeZone: zone })),
        );
        await app.dataSource
          .getRepository(SchedulingProposalEntity)
          .update({ id }, { status, chosenSlotId: null });
      },
      operations: {
        schedulingProposal: { document: `query($id: ID!) { schedulingProposal(id: $id) { id } }` },
        renewSchedulingLink: {
          document: `mutation($id: ID!) { renewSchedulingLink(id: $id) { token } }`,
        },
        withdrawMeetingTimes: {
          document: `mutation($id: ID!) { withdrawMeetingTimes(id: $id) { id } }`,
        },
        reviseMeetingTimes: {
          document: `mutation($id: ID!) { reviseMeetingTimes(id: $id, input: { slots: ["${friEleven}"] }) { token } }`,
        },
        acceptCounterProposal: {
          document: `mutation($id: ID!) { acceptCounterProposal(id: $id) { id } }`,
        },
      },
    });
  });

  it('reads stored slots back as dates on this database, so the contact’s page works', async () => {
    const { askId } = await askOf();
    const { proposal } = await proposed(askId);
    const store = new ProposalStore();
    const { row, slots } = await store.load(app.dataSource.manager, rawId(proposal.id));
    const ask = await app.dataSource.getRepository(AskEntity).findOneByOrFail({ id: askId });
    const domain = proposalOf(row!, slots, ask);
    expect(domain.slots.every((slot) => slot.startsAt instanceof Date)).toBe(true);
    expect(openSlots(domain, now).map((slot) => slot.startsAt.toISOString())).toEqual([
      thuTen,
      friEleven,
    ]);
    expect(domain.businessHours).toEqual({
      days: [1, 2, 3, 4, 5],
      opensAt: '09:00',
      closesAt: '17:00',
    });
  });

  it('lists asks with their proposals and meetings in the same number of statements at 10 and 100', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    for (let i = 0; i < 105; i += 1) {
      const { askId } = await askOf(seekerId);
      const id = await insertProposal(seekerId, askId);
      await app.dataSource.getRepository(SchedulingSlotEntity).insert({
        id: randomUUID(),
        proposalId: id,
        offeredBy: 'SEEKER',
        startsAt: new Date(thuTen),
        durationMinutes: 20,
        timeZone: zone,
      });
    }
    const query = `query($first: Int!) { myAsks(first: $first) { edges { node { id schedulingProposal { ${PROPOSAL} } meeting { id } } } } }`;
    const small = await statementsFor(app, seeker, query, { first: 10 });
    const large = await statementsFor<{ myAsks: { edges: unknown[] } }>(app, seeker, query, {
      first: 100,
    });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.myAsks.edges).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
  });

  it('seeds an open demo link whatever day the demo starts', async () => {
    const made = await createThrowawayDatabase();
    const ds = await openDatabase(made.database);
    try {
      // A Saturday evening: the times offered are still weekday office hours.
      const saturday = new Date('2026-04-04T22:00:00Z');
      await seedDemoData(ds, saturday);
      const { scheduling } = schedulingConcept.services!({ dataSource: ds, config: app.config });
      const view = await scheduling.view(DEMO_REPLY_TOKEN, saturday);
      expect(view).toMatchObject({ status: 'PROPOSED', seekerFirstName: 'Jordan' });
      expect(view.slots.map((slot) => slot.startsAt.toISOString())).toEqual([
        '2026-04-06T14:00:00.000Z',
        '2026-04-06T18:30:00.000Z',
        '2026-04-07T14:00:00.000Z',
      ]);
    } finally {
      await ds.destroy();
      await made.drop();
    }
  });

  it('never writes a link token into the request log', () => {
    expect(loggedPath('/reply/abcDEF_-123?x=1')).toBe('/reply/[token]');
    expect(loggedPath('/meetings/abc')).toBe('/meetings/abc');
  });

  it('keeps the ask history in order across answers', async () => {
    const { askId } = await askOf();
    const { token } = await proposed(askId);
    await visitor().gql(DECLINE, { token });
    const history = await app.dataSource
      .getRepository(AskStatusChangeEntity)
      .find({ where: { askId }, order: { position: 'ASC' } });
    expect(history.map((h) => [h.position, h.status])).toEqual([
      [0, 'ASKED'],
      [1, 'DECLINED'],
    ]);
  });
});
