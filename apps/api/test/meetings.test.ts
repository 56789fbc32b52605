import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { MeetingEntity } from '../src/meeting/meeting.entity.js';
import { ConnectionEntity } from '../src/network/connection.entity.js';
import {
  insertAsk,
  insertCompany,
  insertContact,
  insertSeekers,
  userIdOf,
} from './support/contacts.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
} from './support/test-app.js';

const FIELDS = `id status startsAt endsAt durationMinutes timeZone locationKind locationDetails endedAt
  locationAdvice { seekerPays preferred estimatedCost { amountMinor formatted } }
  reschedules { from { startsAt durationMinutes timeZone } to { startsAt durationMinutes timeZone } reason }
  ask { id status } contact { fullName }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { ${FIELDS} } }`;
const RESCHEDULE = `mutation($id: ID!, $input: RescheduleMeetingInput!) { rescheduleMeeting(id: $id, input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $endedAt: DateTimeISO) { completeMeeting(id: $id, endedAt: $endedAt) { id status endedAt } }`;
const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id) { id status } }`;
const NO_SHOW = `mutation($id: ID!) { markMeetingNoShow(id: $id) { id status } }`;

interface MeetingResult {
  id: string;
  status: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  endedAt: string | null;
  reschedules: { from: { startsAt: string }; to: { startsAt: string }; reason: string | null }[];
}

describe('meetings', () => {
  let app: TestApp;
  let jordan: Client;
  let jordanId: string;
  let now = new Date('2026-04-01T12:00:00Z');
  const later = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();

  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    jordan = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
  });
  afterAll(async () => app.close());

  const acceptedAsk = async (ownerId = jordanId, status: 'ACCEPTED' | 'ASKED' = 'ACCEPTED') => {
    const contactId = await insertContact(app, {
      fullName: `Morgan ${randomUUID().slice(0, 6)}`,
      email: 'morgan@quiet.example',
      ownerId,
    });
    return insertAsk(app, { ownerId, contactId, askedAt: now, status });
  };

  const schedule = (client: Client, askId: string, extra: Record<string, unknown> = {}) =>
    client.gql<{ scheduleMeeting: MeetingResult }>(SCHEDULE, {
      input: {
        askId: toGlobalId('Ask', askId),
        startsAt: later(24),
        timeZone: 'America/Chicago',
        ...extra,
      },
    });

  it('books 20 minutes in their office by default, and shows who pays over lunch', async () => {
    const booked = await schedule(jordan, await acceptedAsk());
    expect(booked.errors).toBeUndefined();
    expect(booked.data!.scheduleMeeting).toMatchObject({
      status: 'SCHEDULED',
      durationMinutes: 20,
      timeZone: 'America/Chicago',
      locationKind: 'OFFICE',
      locationAdvice: { preferred: true, seekerPays: false, estimatedCost: null },
      ask: { status: 'ACCEPTED' },
    });
    const { startsAt, endsAt } = booked.data!.scheduleMeeting;
    expect(new Date(endsAt).getTime() - new Date(startsAt).getTime()).toBe(20 * 60_000);

    const lunch = await schedule(jordan, await acceptedAsk(), {
      durationMinutes: 15,
      location: { kind: 'LUNCH', details: 'Corner deli' },
    });
    expect(lunch.data!.scheduleMeeting).toMatchObject({
      durationMinutes: 15,
      locationKind: 'LUNCH',
      locationDetails: 'Corner deli',
      locationAdvice: {
        seekerPays: true,
        estimatedCost: { formatted: expect.stringMatching(/^\$/) },
      },
    });
  });

  it('refuses what the domain refuses, naming the field', async () => {
    const asked = await schedule(jordan, await acceptedAsk(jordanId, 'ASKED'));
    expect(errorCode(asked)).toBe('MEETING.REQUEST_NOT_ACCEPTED');

    const ask = await acceptedAsk();
    const tooLong = await schedule(jordan, ask, { durationMinutes: 45 });
    expect(errorCode(tooLong)).toBe('MEETING.TOO_LONG');
    expect(tooLong.errors![0]!.extensions!.field).toBe('durationMinutes');
    const past = await schedule(jordan, ask, { startsAt: later(-1) });
    expect(errorCode(past)).toBe('MEETING.IN_THE_PAST');
    expect(past.errors![0]!.extensions!.field).toBe('startsAt');
    const zone = await schedule(jordan, ask, { timeZone: 'Mars/Olympus' });
    expect(errorCode(zone)).toBe('TIME.INVALID_TIME_ZONE');

    expect((await schedule(jordan, ask)).errors).toBeUndefined();
    expect(errorCode(await schedule(jordan, ask))).toBe('MEETING.ALREADY_SCHEDULED');
  });

  it('keeps every reschedule as a row and reads it back in order, from → to', async () => {
    const booked = await schedule(jordan, await acceptedAsk());
    const id = booked.data!.scheduleMeeting.id;
    const first = booked.data!.scheduleMeeting.startsAt;
    const moved = await jordan.gql<{ rescheduleMeeting: MeetingResult }>(RESCHEDULE, {
      id,
      input: { startsAt: later(48), reason: 'Their flight moved' },
    });
    expect(moved.errors).toBeUndefined();
    const again = await jordan.gql<{ rescheduleMeeting: MeetingResult }>(RESCHEDULE, {
      id,
      input: { startsAt: later(72), durationMinutes: 15, timeZone: 'Europe/Paris' },
    });
    expect(again.data!.rescheduleMeeting.reschedules).toEqual([
      {
        from: { startsAt: first, durationMinutes: 20, timeZone: 'America/Chicago' },
        to: { startsAt: later(48), durationMinutes: 20, timeZone: 'America/Chicago' },
        reason: 'Their flight moved',
      },
      {
        from: { startsAt: later(48), durationMinutes: 20, timeZone: 'America/Chicago' },
        to: { startsAt: later(72), durationMinutes: 15, timeZone: 'Europe/Paris' },
        reason: null,
      },
    ]);
    const same = await jordan.gql(RESCHEDULE, { id, input: { startsAt: later(72) } });
    expect(errorCode(same)).toBe('MEETING.SAME_TIME');
  });

  it('completes only once started, records the real end and the MET link; cancel and no-show are final', async () => {
    const booked = await schedule(jordan, await acceptedAsk(), { startsAt: later(1) });
    const id = booked.data!.scheduleMeeting.id;
    expect(errorCode(await jordan.gql(COMPLETE, { id }))).toBe('MEETING.NOT_STARTED');

    const start = new Date(booked.data!.scheduleMeeting.startsAt);
    now = new Date(start.getTime() + 30 * 60_000);
    try {
      const wrongEnd = await jordan.gql(COMPLETE, { id, endedAt: later(1) });
      expect(errorCode(wrongEnd)).toBe('MEETING.INVALID_END');
      expect(wrongEnd.errors![0]!.extensions!.field).toBe('endedAt');
      const realEnd = new Date(start.getTime() + 18 * 60_000).toISOString();
      const done = await jordan.gql<{ completeMeeting: MeetingResult }>(COMPLETE, {
        id,
        endedAt: realEnd,
      });
      expect(done.data!.completeMeeting).toMatchObject({ status: 'COMPLETED', endedAt: realEnd });
      const meetingRow = await app.dataSource
        .getRepository(MeetingEntity)
        .findOneByOrFail({ ownerId: jordanId, status: 'COMPLETED' });
      const met = await app.dataSource
        .getRepository(ConnectionEntity)
        .findBy({ source: 'MEETING', sourceId: meetingRow.id });
      expect(met).toMatchObject([{ kind: 'MET', fromId: jordanId, toId: meetingRow.contactId }]);
      expect(errorCode(await jordan.gql(CANCEL, { id }))).toBe('MEETING.ILLEGAL_TRANSITION');

      const other = await schedule(jordan, await acceptedAsk(), { startsAt: later(2) });
      expect(other.errors).toBeUndefined();
      const otherId = other.data!.scheduleMeeting.id;
      expect((await jordan.gql(CANCEL, { id: otherId })).data).toEqual({
        cancelMeeting: { id: otherId, status: 'CANCELLED' },
      });
      expect(errorCode(await jordan.gql(NO_SHOW, { id: otherId }))).toBe(
        'MEETING.ILLEGAL_TRANSITION',
      );
    } finally {
      now = new Date('2026-04-01T12:00:00Z');
    }
  });

  it('refuses visitors and staff the seeker operations', async () => {
    const ask = await acceptedAsk();
    expect(errorCode(await schedule(new Client(app), ask))).toBe('UNAUTHENTICATED');
    expect(errorCode(await schedule(await signedInAs(app, 'STAFF'), ask))).toBe('FORBIDDEN');
    const visitor = await new Client(app).gql('{ myMeetings { totalCount } }');
    expect(errorCode(visitor)).toBe('UNAUTHENTICATED');
  });

  it('shows a seeker only their own meetings, through every operation that takes an id', async () => {
    await proveOwnedBySeeker(app, {
      type: 'Meeting',
      createOwnedBy: async (seekerId) => {
        const askId = await acceptedAsk(seekerId);
        const id = randomUUID();
        const start = new Date(now.getTime() - 10 * 60_000);
        const contactId = (await app.dataSource.query(
          app.dataSource.options.type === 'postgres'
            ? 'SELECT contact_id FROM asks WHERE id = $1'
            : 'SELECT contact_id FROM asks WHERE id = ?',
          [askId],
        )) as { contact_id: string }[];
        await app.dataSource.getRepository(MeetingEntity).insert({
          id,
          ownerId: seekerId,
          askId,
          contactId: contactId[0]!.contact_id,
          status: 'SCHEDULED',
          startsAt: start,
          durationMinutes: 20,
          timeZone: 'UTC',
          locationKind: 'OFFICE',
          locationDetails: null,
          statusChangedAt: now,
          endedAt: null,
          createdAt: now,
        });
        return id;
      },
      reset: async (rowId) => {
        await app.dataSource
          .getRepository(MeetingEntity)
          .update(
            { id: rowId },
            { status: 'SCHEDULED', startsAt: new Date(now.getTime() - 10 * 60_000), endedAt: null },
          );
      },
      operations: {
        meeting: { document: `query($id: ID!) { meeting(id: $id) { id } }` },
        rescheduleMeeting: {
          document: `mutation($id: ID!) { rescheduleMeeting(id: $id, input: { startsAt: "${later(30)}" }) { id } }`,
        },
        markMeetingNoShow: { document: `mutation($id: ID!) { markMeetingNoShow(id: $id) { id } }` },
        cancelMeeting: { document: `mutation($id: ID!) { cancelMeeting(id: $id) { id } }` },
        completeMeeting: { document: `mutation($id: ID!) { completeMeeting(id: $id) { id } }` },
        recordReferral: {
          document: `mutation($id: ID!) { recordReferral(input: { meetingId: $id, name: "Kim Lee", companyName: "Acme" }) { id } }`,
        },
      },
    });
  });

  it('serves the .ics invitation to its owner only', async () => {
    const booked = await schedule(jordan, await acceptedAsk(), {
      location: { kind: 'VIDEO', details: 'https://meet.example/abc' },
    });
    const url = `/meetings/${booked.data!.scheduleMeeting.id}/invitation.ics`;
    const mine = await app.server.inject({ url, headers: { cookie: jordan.cookie! } });
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toMatch(/^text\/calendar/);
    expect(mine.body).toContain('BEGIN:VEVENT');
    expect(mine.body).toMatch(/UID:meeting-[0-9a-f-]+@/);
    expect(mine.body).toContain('URL:https://meet.example/abc');
    expect(mine.body).toMatch(/DTSTART:\d{8}T\d{6}Z/);

    const stranger = await signedInAs(app, 'SEEKER');
    const theirs = await app.server.inject({ url, headers: { cookie: stranger.cookie! } });
    expect(theirs.statusCode).toBe(404);
    expect((await app.server.inject({ url })).statusCode).toBe(401);
    const forged = await app.server.inject({
      url: '/meetings/not-an-id/invitation.ics',
      headers: { cookie: jordan.cookie! },
    });
    expect(forged.statusCode).toBe(404);
  });

  it('lists meetings with the same number of statements at 10 and at 100 rows', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const company = await insertCompany(app, `Busy ${randomUUID().slice(0, 6)}`);
    const [helper] = await insertSeekers(app, 1, `m${randomUUID().slice(0, 4)}`);
    expect(helper).toBeDefined();
    const rows: MeetingEntity[] = [];
    for (let i = 0; i < 105; i += 1) {
      const contactId = await insertContact(app, {
        fullName: `Person ${i}`,
        ownerId: seekerId,
        companyId: company,
      });
      const askId = await insertAsk(app, {
        ownerId: seekerId,
        contactId,
        askedAt: now,
        status: 'ACCEPTED',
      });
      rows.push({
        id: randomUUID(),
        ownerId: seekerId,
        askId,
        contactId,
        status: 'SCHEDULED',
        startsAt: new Date(now.getTime() + (i + 1) * 3_600_000),
        durationMinutes: 20,
        timeZone: 'UTC',
        locationKind: i % 2 ? 'COFFEE' : 'OFFICE',
        locationDetails: null,
        statusChangedAt: now,
        endedAt: null,
        createdAt: now,
      });
    }
    await app.dataSource.getRepository(MeetingEntity).insert(rows);
    const query = `query($first: Int!) { myMeetings(first: $first) { totalCount edges { node { ${FIELDS} } } } }`;
    const small = await statementsFor(app, seeker, query, { first: 10 });
    const large = await statementsFor<{ myMeetings: { totalCount: number; edges: unknown[] } }>(
      app,
      seeker,
      query,
      { first: 100 },
    );
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.myMeetings.edges).toHaveLength(100);
    expect(large.result.data!.myMeetings.totalCount).toBe(105);
    expect(large.statements).toBe(small.statements);
  });
});
