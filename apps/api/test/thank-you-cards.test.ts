import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { CompanyEntity } from '../src/company/company.entity.js';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { ThankYouCardEntity } from '../src/thank-you/thank-you-card.entity.js';
import { insertCompany, insertContact } from './support/contacts.js';
import { insertMeeting } from './support/meetings.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  PASSWORD,
  type TestApp,
  userIdOf,
} from './support/test-app.js';

const CARD_FIELDS = `id status state dueOn dueAt timeZone kind sentAt mailingAddress
  draft { subject body } contact { fullName } meeting { id }`;
const COMPLETE = `mutation($id: ID!, $endedAt: DateTimeISO, $timeZone: String) {
  completeMeeting(id: $id, endedAt: $endedAt, timeZone: $timeZone) {
    id thankYouCard { ${CARD_FIELDS} } } }`;
const MINE = `query($status: ThankYouStatus, $first: Int) { myThankYouCards(status: $status, first: $first) {
  totalCount edges { node { ${CARD_FIELDS} email: draft(kind: EMAIL) { subject } } } } }`;
const SENT = `mutation($id: ID!, $input: MarkThankYouSentInput!) {
  markThankYouSent(id: $id, input: $input) { id status state kind sentAt } }`;
const DASHBOARD = `{ seekerDashboard { thankYouCardsDue { count dueTodayCount overdueCount items { state contact { fullName } } } } }`;

interface CardResult {
  id: string;
  status: string;
  state: string;
  dueOn: string;
  dueAt: string;
  timeZone: string;
  mailingAddress: string | null;
  draft: { subject: string | null; body: string } | null;
  contact: { fullName: string } | null;
}

const SEEKER_EMAIL = `cards-${randomUUID().slice(0, 8)}@example.com`;

describe('thank-you cards', () => {
  let app: TestApp;
  let seeker: Client;
  let seekerId: string;
  // Friday 3 April 2026, 14:00 in New York.
  const friday = new Date('2026-04-03T18:00:00Z');
  let now = new Date(friday.getTime() + 30 * 60_000);
  let giverId: string;

  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    seeker = await signedInAs(app, 'SEEKER', SEEKER_EMAIL);
    seekerId = await userIdOf(seeker);
    const company = await insertCompany(app, 'Acme Freight');
    await app.dataSource
      .getRepository(CompanyEntity)
      .update({ id: company }, { officeAddress: '1 Dock Road, Boston, MA 02110' });
    giverId = await insertContact(app, {
      fullName: 'Dana Whitmore',
      companyId: company,
      companyName: 'Acme Freight',
    });
  });
  afterAll(async () => app.close());

  const complete = async (
    client: Client,
    meetingId: string,
    extra: { endedAt?: string; timeZone?: string } = {},
  ) => {
    const result = await client.gql<{ completeMeeting: { thankYouCard: CardResult } }>(COMPLETE, {
      id: toGlobalId('Meeting', meetingId),
      ...extra,
    });
    expect(result.errors).toBeUndefined();
    return result.data!.completeMeeting.thankYouCard;
  };

  it('puts a card due by the end of the second business day on the list: a Friday meeting, a Tuesday card', async () => {
    const { meetingId } = await insertMeeting(app, {
      ownerId: seekerId,
      startsAt: friday,
      contactId: giverId,
    });
    const card = await complete(seeker, meetingId);
    expect(card).toMatchObject({
      status: 'PENDING',
      state: 'UPCOMING',
      dueOn: '2026-04-07',
      timeZone: 'America/New_York',
      contact: { fullName: 'Dana Whitmore' },
      // No address of her own: her company's office.
      mailingAddress: '1 Dock Road, Boston, MA 02110',
      draft: { subject: null },
    });
    // The end of Tuesday in New York.
    expect(card.dueAt).toBe('2026-04-08T03:59:59.999Z');
    expect(card.draft!.body).toContain('Dear Dana,');
    expect(card.draft!.body).toContain('on Friday about your work at Acme Freight');

    // Her own address wins once staff record one.
    await app.dataSource
      .getRepository(ContactEntity)
      .update({ id: giverId }, { mailingAddress: 'Dana Whitmore, 1 Dock Road, Suite 4' });

    const read = async () => {
      // Days pass between reads: a session would have ended on its own.
      await seeker.signIn(SEEKER_EMAIL, PASSWORD);
      const r = await seeker.gql<{ myThankYouCards: { edges: { node: CardResult }[] } }>(MINE, {
        first: 10,
      });
      expect(r.errors).toBeUndefined();
      return r.data!.myThankYouCards.edges.map((e) => e.node);
    };
    expect((await read())[0]).toMatchObject({
      mailingAddress: 'Dana Whitmore, 1 Dock Road, Suite 4',
    });
    now = new Date('2026-04-07T15:00:00Z');
    expect((await read())[0]!.state).toBe('DUE_TODAY');
    now = new Date('2026-04-08T05:00:00Z');
    expect((await read())[0]!.state).toBe('OVERDUE');
    now = new Date(friday.getTime() + 30 * 60_000);
  });

  it("counts on the seeker's own calendar when the device's zone is given", async () => {
    const other = await signedInAs(app, 'SEEKER');
    const otherId = await userIdOf(other);
    // Thursday 16:00 in New York is already Friday morning in Tokyo.
    const thursday = new Date('2026-04-02T20:00:00Z');
    const ny = await insertMeeting(app, { ownerId: otherId, startsAt: thursday });
    const tokyo = await insertMeeting(app, { ownerId: otherId, startsAt: thursday });
    now = new Date(thursday.getTime() + 25 * 60_000);
    expect((await complete(other, ny.meetingId)).dueOn).toBe('2026-04-06');
    expect(await complete(other, tokyo.meetingId, { timeZone: 'Asia/Tokyo' })).toMatchObject({
      dueOn: '2026-04-07',
      timeZone: 'Asia/Tokyo',
    });
    const bad = await insertMeeting(app, { ownerId: otherId, startsAt: thursday });
    const refused = await other.gql(COMPLETE, {
      id: toGlobalId('Meeting', bad.meetingId),
      timeZone: 'Nowhere/Land',
    });
    expect(errorCode(refused)).toBe('TIME.INVALID_TIME_ZONE');
    expect(refused.errors![0]!.extensions!.field).toBe('timeZone');
    now = new Date(friday.getTime() + 30 * 60_000);
  });

  it('is sent once, by hand or by email, never before the real end and never ahead of time', async () => {
    const client = await signedInAs(app, 'SEEKER');
    const ownerId = await userIdOf(client);
    const { meetingId } = await insertMeeting(app, { ownerId, startsAt: friday });
    // They finished early: 10 of the 20 minutes.
    now = new Date(friday.getTime() + 12 * 60_000);
    const card = await complete(client, meetingId, {
      endedAt: new Date(friday.getTime() + 10 * 60_000).toISOString(),
    });
    const send = (input: Record<string, unknown>) =>
      client.gql<{ markThankYouSent: { status: string; state: string; kind: string } }>(SENT, {
        id: card.id,
        input,
      });
    const early = await send({
      kind: 'HANDWRITTEN_CARD',
      sentAt: new Date(friday.getTime() + 5 * 60_000).toISOString(),
    });
    expect(errorCode(early)).toBe('THANK_YOU.SENT_BEFORE_MEETING');
    expect(early.errors![0]!.extensions!.field).toBe('sentAt');
    const ahead = await send({
      kind: 'HANDWRITTEN_CARD',
      sentAt: new Date(now.getTime() + 3_600_000).toISOString(),
    });
    expect(errorCode(ahead)).toBe('THANK_YOU.SENT_IN_FUTURE');
    // After the real end, before the agreed one: fine.
    const sent = await send({ kind: 'EMAIL' });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.markThankYouSent).toMatchObject({
      status: 'SENT',
      state: 'SENT',
      kind: 'EMAIL',
    });
    expect(errorCode(await send({ kind: 'HANDWRITTEN_CARD' }))).toBe(
      'THANK_YOU.ILLEGAL_TRANSITION',
    );
    const lists = await client.gql<{ myThankYouCards: { totalCount: number } }>(
      `{ pending: myThankYouCards { totalCount } sent: myThankYouCards(status: SENT) { edges { node { kind } } } }`,
    );
    expect(lists.data).toEqual({
      pending: { totalCount: 0 },
      sent: { edges: [{ node: { kind: 'EMAIL' } }] },
    });
    now = new Date(friday.getTime() + 30 * 60_000);
  });

  it('lists the cards to send overdue first and counts them on the dashboard', async () => {
    const client = await signedInAs(app, 'SEEKER');
    const ownerId = await userIdOf(client);
    const older = await insertMeeting(app, {
      ownerId,
      startsAt: new Date('2026-03-20T15:00:00Z'),
    });
    const newer = await insertMeeting(app, { ownerId, startsAt: friday });
    now = new Date('2026-03-20T15:30:00Z');
    await complete(client, older.meetingId);
    now = new Date(friday.getTime() + 30 * 60_000);
    await complete(client, newer.meetingId);
    const list = await client.gql<{ myThankYouCards: { edges: { node: CardResult }[] } }>(MINE, {
      first: 10,
    });
    expect(list.data!.myThankYouCards.edges.map((e) => [e.node.dueOn, e.node.state])).toEqual([
      ['2026-03-24', 'OVERDUE'],
      ['2026-04-07', 'UPCOMING'],
    ]);
    const dashboard = await client.gql<{
      seekerDashboard: { thankYouCardsDue: Record<string, unknown> };
    }>(DASHBOARD);
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data!.seekerDashboard.thankYouCardsDue).toMatchObject({
      count: 2,
      dueTodayCount: 0,
      overdueCount: 1,
      items: [{ state: 'OVERDUE' }, { state: 'UPCOMING' }],
    });
  });

  it('lets staff read a seeker’s cards and refuses them the seeker’s operations', async () => {
    const staff = await signedInAs(app, 'STAFF');
    const cards = await staff.gql<{
      seekerThankYouCards: { edges: { node: { id: string; contact: unknown } }[] };
    }>(
      `query($s: ID!) { seekerThankYouCards(seekerId: $s) { edges { node { id dueOn contact { fullName } } } } }`,
      { s: toGlobalId('User', seekerId) },
    );
    expect(cards.errors).toBeUndefined();
    expect(cards.data!.seekerThankYouCards.edges).toHaveLength(1);
    const id = cards.data!.seekerThankYouCards.edges[0]!.node.id;
    const one = await staff.gql(`query($id: ID!) { thankYouCard(id: $id) { id state } }`, { id });
    expect(one.errors).toBeUndefined();
    expect(errorCode(await staff.gql(SENT, { id, input: { kind: 'EMAIL' } }))).toBe('FORBIDDEN');
    expect(errorCode(await staff.gql(MINE))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await seeker.gql(`query($s: ID!) { seekerThankYouCards(seekerId: $s) { totalCount } }`, {
          s: toGlobalId('User', seekerId),
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it("answers NOT_FOUND for another seeker's card through every operation", async () => {
    await proveOwnedBySeeker(app, {
      type: 'ThankYouCard',
      createOwnedBy: async (ownerId) => {
        const { meetingId, contactId } = await insertMeeting(app, {
          ownerId,
          startsAt: friday,
          status: 'COMPLETED',
          endedAt: new Date(friday.getTime() + 20 * 60_000),
        });
        const id = randomUUID();
        await app.dataSource.getRepository(ThankYouCardEntity).insert({
          id,
          ownerId,
          meetingId,
          contactId,
          status: 'PENDING',
          dueOn: '2026-04-07',
          timeZone: 'America/New_York',
          kind: null,
          sentAt: null,
          createdAt: now,
        });
        return id;
      },
      reset: async (rowId) => {
        await app.dataSource
          .getRepository(ThankYouCardEntity)
          .update({ id: rowId }, { status: 'PENDING', kind: null, sentAt: null });
      },
      operations: {
        thankYouCard: { document: `query($id: ID!) { thankYouCard(id: $id) { id } }` },
        markThankYouSent: { document: SENT, variables: { input: { kind: 'HANDWRITTEN_CARD' } } },
      },
    });
  });

  it('reads a page of cards, with drafts and addresses, in the same number of statements at 10 and 100', async () => {
    const client = await signedInAs(app, 'SEEKER');
    const ownerId = await userIdOf(client);
    const company = await insertCompany(app, `Bulk ${randomUUID().slice(0, 6)}`);
    const rows = [];
    for (let i = 0; i < 110; i += 1) {
      const contactId = await insertContact(app, { fullName: `Bulk ${i}`, companyId: company });
      const { meetingId } = await insertMeeting(app, {
        ownerId,
        contactId,
        startsAt: friday,
        status: 'COMPLETED',
        endedAt: new Date(friday.getTime() + 20 * 60_000),
      });
      rows.push({
        id: randomUUID(),
        ownerId,
        meetingId,
        contactId,
        status: 'PENDING' as const,
        dueOn: i % 2 ? '2026-04-06' : '2026-04-07',
        timeZone: 'America/New_York',
        kind: null,
        sentAt: null,
        createdAt: now,
      });
    }
    for (let i = 0; i < rows.length; i += 50) {
      await app.dataSource.getRepository(ThankYouCardEntity).insert(rows.slice(i, i + 50));
    }
    const small = await statementsFor(app, client, MINE, { first: 10 });
    const large = await statementsFor(app, client, MINE, { first: 100 });
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
  });
});
