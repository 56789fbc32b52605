import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskEntity } from '../src/ask/ask.entity.js';
import { COMMAND_LINE } from '../src/common/actor.js';
import { toGlobalId } from '../src/common/global-id.js';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { loadConfig } from '../src/config.js';
import { MeetingEntity } from '../src/meeting/meeting.entity.js';
import { WebhookDeliveryEntity } from '../src/webhook/webhook.entity.js';
import { asKey, makeKey } from './support/api-keys.js';
import { insertAsk, insertCompany, insertContact, insertSeekers } from './support/contacts.js';
import {
  type Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
  rawId,
  userIdOf,
} from './support/test-app.js';

/**
 * The agency-wide view of informational interviews that staff and partners
 * with interviews:read share, and the two webhook events that say when to
 * look again.
 */

const ASKS = `query($first: Int, $status: AskStatus, $seekerId: ID, $companyId: ID, $contactId: ID) {
  agencyAsks(first: $first, status: $status, seekerId: $seekerId, companyId: $companyId, contactId: $contactId) {
    totalCount
    edges { node { id status askedAt seeker { name email } history { status at } } }
  }
}`;
const MEETINGS = `query($first: Int, $status: MeetingStatus, $seekerId: ID, $companyId: ID, $from: DateTimeISO, $before: DateTimeISO) {
  agencyMeetings(first: $first, status: $status, seekerId: $seekerId, companyId: $companyId, from: $from, before: $before) {
    totalCount
    edges { node { id status startsAt endsAt seeker { name email } ask { id status }
      reschedules { from { startsAt } to { startsAt } } locationAdvice { seekerPays } } }
  }
}`;
const RECORD = `mutation($input: RecordAskInput!) { recordAsk(input: $input) { id } }`;
const OUTCOME = `mutation($id: ID!, $status: AskStatus!) { recordAskOutcome(id: $id, status: $status) { id status } }`;
const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const COMPLETE = `mutation($id: ID!) { completeMeeting(id: $id) { id status } }`;
const CANCEL = `mutation($id: ID!) { cancelMeeting(id: $id) { id status } }`;

interface AskNode {
  id: string;
  status: string;
  seeker: { name: string; email: string } | null;
}

describe('interviews across the agency (interviews:read)', () => {
  let app: TestApp;
  let staff: Client;
  let jordan: Client;
  let riley: Client;
  let jordanId: string;
  let rileyId: string;
  let clock = new Date('2026-04-01T12:00:00Z');
  let acme: string;
  let dana: string; // agency contact at Acme
  let owen: string; // agency contact, later do-not-contact
  let jordansOwn: string; // Jordan's private contact
  const ids = { jordanDana: '', rileyOwen: '', jordanOwn: '' };

  beforeAll(async () => {
    app = await createTestApp({
      graphqlMaxCost: 100_000,
      costBucketCapacity: 10_000_000,
      sessionIdleMinutes: 60 * 24 * 30,
      webhooks: { ...loadConfig({}).webhooks, allowPrivateUrls: true, pollSeconds: 0 },
    });
    app.services.now = () => clock;
    staff = await signedInAs(app, 'STAFF');
    jordan = await signedInAs(app, 'SEEKER', `jordan-${randomUUID().slice(0, 6)}@example.com`);
    riley = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
    rileyId = await userIdOf(riley);
    acme = await insertCompany(app, 'Acme');
    dana = await insertContact(app, {
      fullName: 'Dana Diaz',
      companyId: acme,
      companyName: 'Acme',
      email: 'dana@acme.example',
    });
    owen = await insertContact(app, {
      fullName: 'Owen Park',
      companyId: acme,
      companyName: 'Acme',
      email: 'owen@acme.example',
    });
    jordansOwn = await insertContact(app, {
      fullName: 'Jordan’s Friend',
      ownerId: jordanId,
      email: 'friend@home.example',
    });
    // Subscribers to the two events, so they are queued when they happen.
    await app.services.webhooks.createSubscription(
      COMMAND_LINE,
      { url: 'http://127.0.0.1:9/hooks', events: ['ask.answered', 'meeting.completed'] },
      clock,
    );

    const ask = async (client: Client, contactId: string) => {
      const made = await client.gql<{ recordAsk: { id: string } }>(RECORD, {
        input: { contactId: toGlobalId('Contact', contactId), channel: 'PHONE', note: 'Mine' },
      });
      expect(made.errors).toBeUndefined();
      return made.data!.recordAsk.id;
    };
    ids.jordanDana = await ask(jordan, dana);
    ids.rileyOwen = await ask(riley, owen);
    ids.jordanOwn = await ask(jordan, jordansOwn);
    // Owen asks not to be contacted after Riley asked.
    await app.dataSource
      .getRepository(ContactEntity)
      .update({ id: owen }, { doNotContact: true, doNotContactReason: 'Asked us to stop.' });
  });
  afterAll(async () => app.close());

  const deliveries = async (event: string) =>
    (await app.dataSource.getRepository(WebhookDeliveryEntity).findBy({ event })).map(
      (row) => JSON.parse(row.payload) as { data: Record<string, Record<string, unknown>> },
    );

  it('lists every seeker’s asks of agency contacts for staff and keys, never a private contact’s', async () => {
    const byStaff = await staff.gql<{
      agencyAsks: { totalCount: number; edges: { node: AskNode }[] };
    }>(ASKS);
    expect(byStaff.errors).toBeUndefined();
    expect(byStaff.data!.agencyAsks.edges.map((e) => e.node.id).sort()).toEqual(
      [ids.jordanDana, ids.rileyOwen].sort(),
    );
    const { secret } = await makeKey(app, ['interviews:read']);
    const byKey = await asKey<{ agencyAsks: { edges: { node: AskNode }[] } }>(app, secret, ASKS);
    expect(byKey.status).toBe(200);
    expect(byKey.body.data).toEqual(byStaff.data);
    const jordans = byKey.body.data!.agencyAsks.edges.find((e) => e.node.id === ids.jordanDana);
    expect(jordans!.node.seeker).toEqual({
      name: 'Test SEEKER',
      email: expect.stringMatching(/^jordan-/),
    });

    // Filters: the seeker, the status, the company.
    const onlyRiley = await asKey<{ agencyAsks: { edges: { node: AskNode }[] } }>(
      app,
      secret,
      ASKS,
      {
        seekerId: toGlobalId('User', rileyId),
      },
    );
    expect(onlyRiley.body.data!.agencyAsks.edges.map((e) => e.node.id)).toEqual([ids.rileyOwen]);
    const accepted = await asKey<{ agencyAsks: { totalCount: number } }>(app, secret, ASKS, {
      status: 'ACCEPTED',
    });
    expect(accepted.body.data!.agencyAsks.totalCount).toBe(0);
    const atAcme = await asKey<{ agencyAsks: { totalCount: number } }>(app, secret, ASKS, {
      companyId: toGlobalId('Company', acme),
    });
    expect(atAcme.body.data!.agencyAsks.totalCount).toBe(2);

    // One ask by id: the agency's to a key; the private contact's is not found, as for any stranger.
    const ONE = `query($id: ID!) { ask(id: $id) { id status } }`;
    expect((await asKey(app, secret, ONE, { id: ids.jordanDana })).body.data).toEqual({
      ask: { id: ids.jordanDana, status: 'ASKED' },
    });
    expect(errorCode((await asKey(app, secret, ONE, { id: ids.jordanOwn })).body)).toBe(
      'NOT_FOUND',
    );
    // The seeker sees their own, staff any; another seeker gets NOT_FOUND.
    expect((await jordan.gql(ONE, { id: ids.jordanOwn })).errors).toBeUndefined();
    expect((await staff.gql(ONE, { id: ids.jordanOwn })).errors).toBeUndefined();
    expect(errorCode(await riley.gql(ONE, { id: ids.jordanOwn }))).toBe('NOT_FOUND');
  });

  it('keeps the seeker’s notes, and a do-not-contact person’s details, from keys', async () => {
    const { secret } = await makeKey(app, ['interviews:read', 'contacts:read']);
    const notes = await asKey(app, secret, '{ agencyAsks { edges { node { note } } } }');
    expect(notes.status).toBe(403);
    expect(notes.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'Ask.note', needs: null },
    ]);
    const steps = await asKey(
      app,
      secret,
      '{ agencyAsks { edges { node { history { note } } } } }',
    );
    expect(errorCode(steps.body)).toBe('FORBIDDEN');
    const contacts = await asKey<{
      agencyAsks: {
        edges: {
          node: { contact: { fullName: string; email: string | null; doNotContact: boolean } };
        }[];
      };
    }>(
      app,
      secret,
      '{ agencyAsks { edges { node { contact { fullName email doNotContact } } } } }',
    );
    expect(
      contacts.body
        .data!.agencyAsks.edges.map((e) => e.node.contact)
        .sort((a, b) => a.fullName.localeCompare(b.fullName)),
    ).toEqual([
      { fullName: 'Dana Diaz', email: 'dana@acme.example', doNotContact: false },
      { fullName: 'Owen Park', email: null, doNotContact: true },
    ]);
    // The contact needs contacts:read too; a seeker's name needs interviews:read.
    const { secret: interviewsOnly } = await makeKey(app, ['interviews:read']);
    const refused = await asKey(
      app,
      interviewsOnly,
      '{ agencyAsks { edges { node { contact { fullName } } } } }',
    );
    expect(refused.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'Contact.fullName', needs: 'contacts:read' },
    ]);
    const { secret: contactsOnly } = await makeKey(app, ['contacts:read', 'companies:read']);
    const closed = await asKey(
      app,
      contactsOnly,
      '{ agencyMeetings { edges { node { seeker { email } } } } }',
    );
    expect(closed.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'Query.agencyMeetings', needs: 'interviews:read' },
    ]);
    // Seekers and visitors have no agency-wide view.
    expect(errorCode(await jordan.gql(ASKS))).toBe('FORBIDDEN');
    expect(errorCode(await jordan.gql(MEETINGS))).toBe('FORBIDDEN');
  });

  it('announces an answer (accepted or declined) after the change is saved, not a silence or a withdrawal', async () => {
    expect(await deliveries('ask.answered')).toEqual([]);
    const accepted = await jordan.gql(OUTCOME, { id: ids.jordanDana, status: 'ACCEPTED' });
    expect(accepted.errors).toBeUndefined();
    const [queued] = await app.dataSource
      .getRepository(WebhookDeliveryEntity)
      .findBy({ event: 'ask.answered' });
    // Queued with the change; the dispatcher sends it later.
    expect(queued).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect((await deliveries('ask.answered'))[0]!.data).toEqual({
      ask: {
        id: ids.jordanDana,
        contact: { id: toGlobalId('Contact', dana) },
        company: { id: toGlobalId('Company', acme) },
        status: 'ACCEPTED',
        answeredAt: clock.toISOString(),
      },
    });
    // No answer, a withdrawal, or an answer from a seeker's private contact: nothing to announce.
    expect(
      (await riley.gql(OUTCOME, { id: ids.rileyOwen, status: 'NO_RESPONSE' })).errors,
    ).toBeUndefined();
    expect(
      (await jordan.gql(OUTCOME, { id: ids.jordanOwn, status: 'DECLINED' })).errors,
    ).toBeUndefined();
    // A refused change announces nothing either.
    expect(errorCode(await jordan.gql(OUTCOME, { id: ids.jordanOwn, status: 'ACCEPTED' }))).toBe(
      'REQUEST.ILLEGAL_TRANSITION',
    );
    expect(await deliveries('ask.answered')).toHaveLength(1);
    // A late answer after silence is an answer.
    expect(
      (await riley.gql(OUTCOME, { id: ids.rileyOwen, status: 'DECLINED' })).errors,
    ).toBeUndefined();
    expect((await deliveries('ask.answered')).map((d) => d.data.ask!.status)).toEqual([
      'ACCEPTED',
      'DECLINED',
    ]);
  });

  it('lists meetings for staff and keys, and announces a completed one', async () => {
    const scheduled = await jordan.gql<{ scheduleMeeting: { id: string } }>(SCHEDULE, {
      input: {
        askId: ids.jordanDana,
        startsAt: new Date(clock.getTime() + 24 * 3_600_000).toISOString(),
        timeZone: 'UTC',
        location: { kind: 'VIDEO', details: 'https://meet.example/secret-room' },
      },
    });
    expect(scheduled.errors).toBeUndefined();
    const meetingId = scheduled.data!.scheduleMeeting.id;
    // Jordan also meets a private contact: that meeting stays Jordan's.
    const privateAsk = rawId(ids.jordanOwn);
    await app.dataSource.getRepository(MeetingEntity).insert({
      id: randomUUID(),
      ownerId: jordanId,
      askId: privateAsk,
      contactId: jordansOwn,
      status: 'SCHEDULED',
      startsAt: new Date(clock.getTime() + 3_600_000),
      durationMinutes: 20,
      timeZone: 'UTC',
      locationKind: 'OFFICE',
      locationDetails: null,
      statusChangedAt: clock,
      endedAt: null,
      createdAt: clock,
    });
    const { secret } = await makeKey(app, ['interviews:read']);
    const listed = await asKey<{
      agencyMeetings: {
        edges: { node: { id: string; seeker: { name: string }; ask: { id: string } } }[];
      };
    }>(app, secret, MEETINGS);
    expect(listed.body.errors).toBeUndefined();
    expect(listed.body.data!.agencyMeetings.edges.map((e) => e.node.id)).toEqual([meetingId]);
    expect(listed.body.data!.agencyMeetings.edges[0]!.node.ask.id).toBe(ids.jordanDana);
    const byStaff = await staff.gql(MEETINGS, { seekerId: toGlobalId('User', jordanId) });
    expect(byStaff.data).toEqual(listed.body.data);
    const window = await asKey<{ agencyMeetings: { totalCount: number } }>(app, secret, MEETINGS, {
      from: new Date(clock.getTime() + 2 * 24 * 3_600_000).toISOString(),
    });
    expect(window.body.data!.agencyMeetings.totalCount).toBe(0);
    const ONE = `query($id: ID!) { meeting(id: $id) { id status startsAt } }`;
    expect((await asKey(app, secret, ONE, { id: meetingId })).body.errors).toBeUndefined();
    // How to join stays with the two people meeting.
    const join = await asKey(
      app,
      secret,
      '{ agencyMeetings { edges { node { locationDetails invitationUrl } } } }',
    );
    expect(join.body.errors?.[0]?.extensions?.fields).toEqual([
      { field: 'Meeting.locationDetails', needs: null },
      { field: 'Meeting.invitationUrl', needs: null },
    ]);

    // Completed an hour after it started: announced, with ids and the end only.
    clock = new Date(clock.getTime() + 25 * 3_600_000);
    expect((await jordan.gql(COMPLETE, { id: meetingId })).errors).toBeUndefined();
    const announced = await deliveries('meeting.completed');
    expect(announced.map((d) => d.data)).toEqual([
      {
        meeting: {
          id: meetingId,
          contact: { id: toGlobalId('Contact', dana) },
          company: { id: toGlobalId('Company', acme) },
          completedAt: new Date(clock.getTime() - 3_600_000 + 20 * 60_000).toISOString(),
        },
      },
    ]);
    expect(JSON.stringify(announced)).not.toContain('secret-room');
    const done = await asKey<{ agencyMeetings: { totalCount: number } }>(app, secret, MEETINGS, {
      status: 'COMPLETED',
    });
    expect(done.body.data!.agencyMeetings.totalCount).toBe(1);
    // Cancelling, or completing a meeting with a private contact, announces nothing.
    const privateMeeting = await jordan.gql<{
      myMeetings: { edges: { node: { id: string; status: string } }[] };
    }>('{ myMeetings(status: SCHEDULED) { edges { node { id status } } } }');
    const [other] = privateMeeting.data!.myMeetings.edges;
    expect((await jordan.gql(COMPLETE, { id: other!.node.id })).errors).toBeUndefined();
    expect(errorCode(await jordan.gql(CANCEL, { id: meetingId }))).toBe(
      'MEETING.ILLEGAL_TRANSITION',
    );
    expect(await deliveries('meeting.completed')).toHaveLength(1);
  });

  it('answers both lists in the same number of statements at 10 and 100 rows', async () => {
    // 105 seekers ask Dana's colleague and meet her.
    const colleague = await insertContact(app, {
      fullName: 'Cleo Chen',
      companyId: acme,
      companyName: 'Acme',
    });
    const seekers = await insertSeekers(app, 105, 'many');
    const meetings = [];
    for (const [i, seeker] of seekers.entries()) {
      const askId = await insertAsk(app, {
        ownerId: seeker,
        contactId: colleague,
        askedAt: new Date(clock.getTime() - i * 60_000),
        status: 'ACCEPTED',
      });
      meetings.push({
        id: randomUUID(),
        ownerId: seeker,
        askId,
        contactId: colleague,
        status: 'SCHEDULED' as const,
        startsAt: new Date(clock.getTime() + (i + 1) * 3_600_000),
        durationMinutes: 20,
        timeZone: 'UTC',
        locationKind: 'OFFICE' as const,
        locationDetails: null,
        statusChangedAt: clock,
        endedAt: null,
        createdAt: clock,
      });
    }
    await app.dataSource.getRepository(MeetingEntity).insert(meetings);
    await app.dataSource
      .getRepository(AskEntity)
      .update({ contactId: colleague }, { companyId: acme });
    const ASKS_WIDE = `query($first: Int) { agencyAsks(first: $first) { edges { node { id seeker { name } company { name } contact { fullName } history { status } } } } }`;
    const MEETINGS_WIDE = `query($first: Int) { agencyMeetings(first: $first) { edges { node { id seeker { name } contact { fullName } ask { status } reschedules { reason } locationAdvice { seekerPays } } } } }`;
    // The session's last use is recorded at most once a minute: do it before counting.
    await staff.gql('{ me { id } }');
    for (const query of [ASKS_WIDE, MEETINGS_WIDE]) {
      const small = await statementsFor(app, staff, query, { first: 10 });
      const large = await statementsFor(app, staff, query, { first: 100 });
      expect(small.result.errors).toBeUndefined();
      expect(large.result.errors).toBeUndefined();
      expect(large.statements).toBe(small.statements);
    }
  });
});
