import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskEntity } from '../src/ask/ask.entity.js';
import { toGlobalId } from '../src/common/global-id.js';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { ConnectionEntity } from '../src/network/connection.entity.js';
import { ReferralEntity } from '../src/referral/referral.entity.js';
import { DEMO_PASSWORD, seedDemoData } from '../src/seed/demo-data.js';
import { ThankYouCardEntity } from '../src/thank-you/thank-you-card.entity.js';
import type { ReferralService } from '../src/referral/referral.service.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../src/webhook/webhook.entity.js';
import { insertAsk, insertCompany, insertContact, rawId } from './support/contacts.js';
import { asKey, makeKey } from './support/api-keys.js';
import { insertMeeting } from './support/meetings.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
  userIdOf,
} from './support/test-app.js';

const REFERRAL_FIELDS = `id name title companyName email phone howToReach note recordedAt
  followUpDueOn followUpDueAt followUpState followedUpAt timeZone
  company { name } referredBy { fullName } contact { id fullName source }`;
const RECORD = `mutation($input: RecordReferralInput!) { recordReferral(input: $input) { ${REFERRAL_FIELDS} } }`;
const FOLLOW_UPS = `query($first: Int, $after: String) { myFollowUps(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { ${REFERRAL_FIELDS} meeting { id } ask { id } } } } }`;
const DONE = `mutation($id: ID!) { markReferralFollowedUp(id: $id) { id followUpState followedUpAt } }`;
const ASK = `mutation($id: ID!, $input: AskReferralInput!) { askReferral(id: $id, input: $input) {
  id followUpState ask { id status channel contact { id fullName } } } }`;
const DASHBOARD = `{ seekerDashboard { followUpsDue { count overdueCount items { name followUpState } } } }`;

interface ReferralResult {
  id: string;
  name: string;
  companyName: string | null;
  followUpDueOn: string;
  followUpDueAt: string;
  followUpState: string;
  timeZone: string;
  company: { name: string } | null;
  referredBy: { fullName: string } | null;
  contact: { id: string; fullName: string; source: string } | null;
}

describe('referrals at wrap-up', () => {
  let app: TestApp;
  let jordan: Client;
  let jordanId: string;
  // A Wednesday afternoon in New York.
  let now = new Date('2026-04-01T19:00:00Z');
  const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    jordan = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
  });
  afterAll(async () => app.close());

  const started = (ownerId = jordanId, contactId?: string) =>
    insertMeeting(app, { ownerId, startsAt: minutesAgo(25), contactId });

  const record = (client: Client, meetingId: string, input: Record<string, unknown>) =>
    client.gql<{ recordReferral: ReferralResult }>(RECORD, {
      input: { meetingId: toGlobalId('Meeting', meetingId), ...input },
    });

  it('makes a private contact, the REFERRED link and a follow-up due today, in one go', async () => {
    const acme = await insertCompany(app, `Acme ${randomUUID().slice(0, 6)}`);
    const giverId = await insertContact(app, { fullName: 'Dana Giver', companyId: acme });
    const { meetingId } = await started(jordanId, giverId);
    const result = await record(jordan, meetingId, {
      name: ' Priya Shah ',
      title: 'Director of Data',
      companyName: 'Globex Partners',
      email: 'Priya@Globex.example',
      howToReach: 'Mention Dana',
      note: 'Hiring in the autumn',
    });
    expect(result.errors).toBeUndefined();
    const referral = result.data!.recordReferral;
    expect(referral).toMatchObject({
      name: 'Priya Shah',
      companyName: 'Globex Partners',
      company: null,
      followUpDueOn: '2026-04-01',
      timeZone: 'America/New_York',
      followUpState: 'DUE',
      referredBy: { fullName: 'Dana Giver' },
      contact: { fullName: 'Priya Shah', source: 'REFERRAL' },
    });
    // Due by the end of the seeker's day, not UTC's.
    expect(referral.followUpDueAt).toBe('2026-04-02T03:59:59.999Z');

    const contact = await app.dataSource
      .getRepository(ContactEntity)
      .findOneByOrFail({ id: rawId(referral.contact!.id) });
    expect(contact).toMatchObject({
      ownerId: jordanId,
      source: 'REFERRAL',
      sharedWithSeekers: false,
      email: 'priya@globex.example',
      notes: 'Hiring in the autumn\nHow to reach: Mention Dana',
    });
    const edges = await app.dataSource
      .getRepository(ConnectionEntity)
      .findBy({ source: 'REFERRAL', sourceId: rawId(referral.id) });
    expect(edges).toMatchObject([
      {
        kind: 'REFERRED',
        fromId: giverId,
        toId: contact.id,
        collectedBySeekerId: jordanId,
      },
    ]);
  });

  it('matches a company the agency knows by name, and follows the seeker’s own zone', async () => {
    const name = `Initech ${randomUUID().slice(0, 6)}`;
    await insertCompany(app, name);
    const { meetingId } = await started();
    const result = await record(jordan, meetingId, {
      name: 'Sam Known',
      companyName: name.toUpperCase(),
      // 19:00 UTC is already the 2nd in Tokyo.
      timeZone: 'Asia/Tokyo',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordReferral).toMatchObject({
      company: { name },
      companyName: name,
      followUpDueOn: '2026-04-02',
      timeZone: 'Asia/Tokyo',
    });
    const zone = await record(jordan, meetingId, {
      name: 'Zed',
      companyName: 'X',
      timeZone: 'Mars/Base',
    });
    expect(errorCode(zone)).toBe('TIME.INVALID_TIME_ZONE');
    expect(zone.errors![0]!.extensions!.field).toBe('timeZone');
  });

  it("refuses what the domain refuses, naming the field, and a meeting not held or not the seeker's", async () => {
    const { meetingId } = await started();
    const noName = await record(jordan, meetingId, { name: ' ', companyName: 'Acme' });
    expect(errorCode(noName)).toBe('REFERRAL.INVALID_NAME');
    expect(noName.errors![0]!.extensions!.field).toBe('name');
    const nowhere = await record(jordan, meetingId, { name: 'Lee', note: 'Nice' });
    expect(errorCode(nowhere)).toBe('REFERRAL.NEEDS_COMPANY_OR_WAY_TO_REACH');
    const email = await record(jordan, meetingId, { name: 'Lee', email: 'not-an-email' });
    expect(errorCode(email)).toBe('REFERRAL.INVALID_EMAIL');
    expect(email.errors![0]!.extensions!.field).toBe('email');

    const future = await insertMeeting(app, { ownerId: jordanId, startsAt: minutesAgo(-60) });
    expect(
      errorCode(await record(jordan, future.meetingId, { name: 'Lee', phone: '555 0100' })),
    ).toBe('REFERRAL.MEETING_NOT_HELD');
    const cancelled = await insertMeeting(app, {
      ownerId: jordanId,
      startsAt: minutesAgo(60),
      status: 'CANCELLED',
    });
    expect(
      errorCode(await record(jordan, cancelled.meetingId, { name: 'Lee', phone: '555 0100' })),
    ).toBe('REFERRAL.MEETING_NOT_HELD');
    // After the meeting was completed, names can still be added.
    const done = await insertMeeting(app, {
      ownerId: jordanId,
      startsAt: minutesAgo(60 * 30),
      status: 'COMPLETED',
      endedAt: minutesAgo(60 * 30 - 18),
    });
    expect(
      (await record(jordan, done.meetingId, { name: 'Lee', phone: '555 0100' })).errors,
    ).toBeUndefined();

    const staff = await signedInAs(app, 'STAFF');
    expect(errorCode(await record(staff, meetingId, { name: 'Lee', companyName: 'A' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      errorCode(await new Client(app).gql(RECORD, { input: { meetingId: 'x', name: 'a' } })),
    ).toBe('UNAUTHENTICATED');
  });

  it('joins a person already known, reuses the seeker’s own record and refuses the same name twice', async () => {
    const agencyPriya = await insertContact(app, {
      fullName: 'Priya Known',
      email: 'priya.known@example.com',
    });
    const { meetingId } = await started();
    const first = await record(jordan, meetingId, {
      name: 'Priya K.',
      email: 'Priya.Known@example.com',
    });
    expect(first.errors).toBeUndefined();
    const copy = await app.dataSource
      .getRepository(ContactEntity)
      .findOneByOrFail({ id: rawId(first.data!.recordReferral.contact!.id) });
    // A private record of the same person: ask-once keys on the person.
    expect(copy.personId).toBe(agencyPriya);
    expect(copy.ownerId).toBe(jordanId);

    const again = await record(jordan, meetingId, {
      name: 'Priya Known',
      email: 'priya.known@example.com',
    });
    expect(errorCode(again)).toBe('REFERRAL.ALREADY_RECORDED');
    expect(again.errors![0]!.extensions!.field).toBe('name');

    // Another person they met names her too: the same record, a second link.
    const other = await started();
    const second = await record(jordan, other.meetingId, {
      name: 'Priya Known',
      email: 'priya.known@example.com',
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.recordReferral.contact!.id).toBe(first.data!.recordReferral.contact!.id);
    expect(
      await app.dataSource
        .getRepository(ConnectionEntity)
        .countBy({ toId: copy.id, kind: 'REFERRED' }),
    ).toBe(2);

    // The person met cannot refer themselves.
    const giver = await app.dataSource
      .getRepository(ContactEntity)
      .findOneByOrFail({ id: other.contactId });
    await app.dataSource
      .getRepository(ContactEntity)
      .update(
        { id: giver.id },
        { email: 'morgan.self@example.com', emailKey: 'morgan.self@example.com' },
      );
    const self = await record(jordan, other.meetingId, {
      name: giver.fullName,
      email: 'morgan.self@example.com',
    });
    expect(errorCode(self)).toBe('NETWORK.SELF_CONNECTION');
  });

  it('leaves nothing behind when any step fails', async () => {
    const { meetingId } = await started();
    const subscription = randomUUID();
    await app.dataSource.getRepository(WebhookSubscriptionEntity).insert({
      id: subscription,
      url: 'https://partner.example/hooks',
      events: ['referral.created'],
      description: null,
      secret: 'whsec_test',
      active: true,
      createdByUser: null,
      createdByKey: null,
      createdAt: now,
    });
    const service = app.services.referrals as unknown as { network: ReferralService['network'] };
    const network = service.network;
    service.network = {
      recordReferral: () => Promise.reject(new Error('the link could not be written')),
    };
    const contactsBefore = await app.dataSource.getRepository(ContactEntity).count();
    try {
      const failed = await record(jordan, meetingId, { name: 'Nobody Left', companyName: 'Ghost' });
      expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      service.network = network;
    }
    expect(await app.dataSource.getRepository(ContactEntity).count()).toBe(contactsBefore);
    expect(await app.dataSource.getRepository(ReferralEntity).countBy({ meetingId })).toBe(0);
    expect(
      await app.dataSource
        .getRepository(WebhookDeliveryEntity)
        .countBy({ subscriptionId: subscription }),
    ).toBe(0);

    // The same referral, working: the event waits in the outbox with the promised shape.
    const made = await record(jordan, meetingId, {
      name: 'Nobody Left',
      title: 'Head of Platform',
      companyName: 'Ghost',
    });
    expect(made.errors).toBeUndefined();
    const [delivery] = await app.dataSource
      .getRepository(WebhookDeliveryEntity)
      .findBy({ subscriptionId: subscription });
    expect(delivery).toMatchObject({ event: 'referral.created', status: 'PENDING' });
    const meeting = await app.dataSource
      .getRepository(ReferralEntity)
      .findOneByOrFail({ meetingId });
    const giver = await app.dataSource
      .getRepository(ContactEntity)
      .findOneByOrFail({ id: meeting.givenByContactId });
    // Ids only: the referred person is the seeker's private contact.
    expect(delivery!.payload).not.toContain('Nobody Left');
    expect(JSON.parse(delivery!.payload)).toEqual({
      id: delivery!.eventId,
      type: 'referral.created',
      createdAt: now.toISOString(),
      data: {
        referral: {
          id: made.data!.recordReferral.id,
          meeting: { id: toGlobalId('Meeting', meetingId) },
          referredBy: { id: toGlobalId('Contact', giver.id) },
          createdAt: now.toISOString(),
        },
      },
    });
    await app.dataSource.getRepository(WebhookSubscriptionEntity).delete({ id: subscription });
  });

  it('puts the new person on the seeker’s warm paths at once', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const { meetingId, contactId } = await started(seekerId);
    const completed = await seeker.gql(
      `mutation($id: ID!) { completeMeeting(id: $id) { status } }`,
      { id: toGlobalId('Meeting', meetingId) },
    );
    expect(completed.errors).toBeUndefined();
    const paths = (target: string) =>
      seeker.gql<{ warmIntroPaths: { length: number; hops: { kind: string }[] }[] }>(
        `query($target: IntroTargetInput!) { warmIntroPaths(target: $target) { length hops { kind } } }`,
        { target: { contactId: target } },
      );
    // The index is loaded before the referral exists …
    expect((await paths(toGlobalId('Contact', contactId))).data!.warmIntroPaths[0]!.length).toBe(1);
    const made = await record(seeker, meetingId, { name: 'Fresh Face', phone: '555 0199' });
    // … and the very next query walks the new link.
    const after = await paths(made.data!.recordReferral.contact!.id);
    expect(after.errors).toBeUndefined();
    expect(after.data!.warmIntroPaths[0]!.hops.map((hop) => hop.kind)).toEqual(['MET', 'REFERRED']);
  });

  describe('follow-ups', () => {
    let seeker: Client;
    let seekerId: string;
    beforeAll(async () => {
      seeker = await signedInAs(app, 'SEEKER');
      seekerId = await userIdOf(seeker);
    });

    it('lists what is still to contact, overdue first, and marks one done', async () => {
      const old = await insertMeeting(app, {
        ownerId: seekerId,
        startsAt: minutesAgo(3 * 24 * 60),
      });
      const fresh = await started(seekerId);
      // The older name was given three days ago: now overdue.
      const realNow = now;
      now = new Date(realNow.getTime() - (3 * 24 * 60 - 30) * 60_000);
      await record(seeker, old.meetingId, { name: 'Old Name', companyName: 'Acme' });
      now = new Date(realNow.getTime() - 60_000);
      await record(seeker, fresh.meetingId, { name: 'New Name', companyName: 'Acme' });
      now = realNow;
      await record(seeker, fresh.meetingId, { name: 'Newer Name', companyName: 'Acme' });

      const list = await seeker.gql<{
        myFollowUps: { totalCount: number; edges: { node: ReferralResult }[] };
      }>(FOLLOW_UPS, { first: 10 });
      expect(list.errors).toBeUndefined();
      expect(list.data!.myFollowUps.totalCount).toBe(3);
      expect(list.data!.myFollowUps.edges.map((e) => [e.node.name, e.node.followUpState])).toEqual([
        ['Old Name', 'OVERDUE'],
        ['New Name', 'DUE'],
        ['Newer Name', 'DUE'],
      ]);
      const dashboard = await seeker.gql<{
        seekerDashboard: {
          followUpsDue: { count: number; overdueCount: number; items: unknown[] };
        };
      }>(DASHBOARD);
      expect(dashboard.errors).toBeUndefined();
      expect(dashboard.data!.seekerDashboard.followUpsDue).toEqual({
        count: 3,
        overdueCount: 1,
        items: [
          { name: 'Old Name', followUpState: 'OVERDUE' },
          { name: 'New Name', followUpState: 'DUE' },
          { name: 'Newer Name', followUpState: 'DUE' },
        ],
      });

      const id = list.data!.myFollowUps.edges[0]!.node.id;
      const done = await seeker.gql<{ markReferralFollowedUp: { followUpState: string } }>(DONE, {
        id,
      });
      expect(done.data!.markReferralFollowedUp.followUpState).toBe('DONE');
      expect(errorCode(await seeker.gql(DONE, { id }))).toBe('REFERRAL.ALREADY_FOLLOWED_UP');
      const rest = await seeker.gql<{ myFollowUps: { totalCount: number } }>(FOLLOW_UPS, {
        first: 10,
      });
      expect(rest.data!.myFollowUps.totalCount).toBe(2);
    });

    it('turns one into an ask in one step, under the ask-once rule', async () => {
      const { meetingId } = await started(seekerId);
      const made = await record(seeker, meetingId, { name: 'Ada Asked', phone: '555 0123' });
      const id = made.data!.recordReferral.id;
      const asked = await seeker.gql<{
        askReferral: {
          followUpState: string;
          ask: { status: string; channel: string; contact: { id: string } };
        };
      }>(ASK, { id, input: { channel: 'PHONE', note: 'Dana suggested I call.' } });
      expect(asked.errors).toBeUndefined();
      expect(asked.data!.askReferral).toMatchObject({
        followUpState: 'DONE',
        ask: {
          status: 'ASKED',
          channel: 'PHONE',
          contact: { id: made.data!.recordReferral.contact!.id },
        },
      });
      // Done is done: no second ask through the follow-up.
      expect(errorCode(await seeker.gql(ASK, { id, input: { channel: 'EMAIL' } }))).toBe(
        'REFERRAL.ALREADY_FOLLOWED_UP',
      );

      // A name the seeker had already asked (on the agency's record of the person).
      const agencyRecord = await insertContact(app, {
        fullName: 'Bea Before',
        email: 'bea.before@example.com',
      });
      await insertAsk(app, { ownerId: seekerId, contactId: agencyRecord, personId: agencyRecord });
      const bea = await record(seeker, meetingId, {
        name: 'Bea Before',
        email: 'bea.before@example.com',
      });
      const refused = await seeker.gql(ASK, {
        id: bea.data!.recordReferral.id,
        input: { channel: 'EMAIL' },
      });
      expect(errorCode(refused)).toBe('REQUEST.ALREADY_ASKED');
      expect(refused.errors![0]!.extensions!.details).toHaveProperty('suggestions');
      // The refusal leaves the follow-up open and no second ask.
      const still = await app.dataSource
        .getRepository(ReferralEntity)
        .findOneByOrFail({ id: rawId(bea.data!.recordReferral.id) });
      expect(still).toMatchObject({ followedUpAt: null, askId: null });
      expect(
        await app.dataSource.getRepository(AskEntity).countBy({ personId: agencyRecord }),
      ).toBe(1);
    });
  });

  it('lets staff read a seeker’s referrals, without their private contacts', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const { meetingId } = await started(seekerId);
    const made = await record(seeker, meetingId, { name: 'Coached Name', companyName: 'Acme' });
    const staff = await signedInAs(app, 'STAFF');
    const one = await staff.gql<{ referral: ReferralResult }>(
      `query($id: ID!) { referral(id: $id) { name contact { id } referredBy { fullName } } }`,
      { id: made.data!.recordReferral.id },
    );
    expect(one.errors).toBeUndefined();
    expect(one.data!.referral).toMatchObject({ name: 'Coached Name', contact: null });
    const list = await staff.gql<{ seekerReferrals: { edges: { node: { name: string } }[] } }>(
      `query($seekerId: ID!) { seekerReferrals(seekerId: $seekerId, first: 5) { edges { node { name } } } }`,
      { seekerId: toGlobalId('User', seekerId) },
    );
    expect(list.data!.seekerReferrals.edges.map((e) => e.node.name)).toEqual(['Coached Name']);
    expect(
      errorCode(
        await seeker.gql(`query($s: ID!) { seekerReferrals(seekerId: $s) { totalCount } }`, {
          s: toGlobalId('User', seekerId),
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(errorCode(await staff.gql(FOLLOW_UPS, { first: 5 }))).toBe('FORBIDDEN');

    // A partner's key needs interviews:read, and even then no seeker's referral reaches it.
    const { secret } = await makeKey(app, ['interviews:read']);
    const byKey = await asKey(app, secret, `query($id: ID!) { referral(id: $id) { name } }`, {
      id: made.data!.recordReferral.id,
    });
    expect(errorCode(byKey.body)).toBe('NOT_FOUND');
    const listed = await asKey<{ seekerReferrals: { totalCount: number } }>(
      app,
      secret,
      `query($s: ID!) { seekerReferrals(seekerId: $s) { totalCount } }`,
      { s: toGlobalId('User', seekerId) },
    );
    expect(listed.body.data!.seekerReferrals.totalCount).toBe(0);
    const { secret: companiesOnly } = await makeKey(app, ['companies:read']);
    expect(
      (
        await asKey(app, companiesOnly, `query($id: ID!) { referral(id: $id) { name } }`, {
          id: made.data!.recordReferral.id,
        })
      ).status,
    ).toBe(403);
  });

  it('follows a merge: the referral and the card move to the record that stays', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const duplicate = await insertContact(app, { fullName: 'Merged Away' });
    const survivor = await insertContact(app, { fullName: 'Merged Away' });
    const { meetingId } = await started(seekerId, duplicate);
    const made = await record(seeker, meetingId, { name: 'Named Person', companyName: 'Acme' });
    expect(made.errors).toBeUndefined();
    const completed = await seeker.gql(`mutation($id: ID!) { completeMeeting(id: $id) { id } }`, {
      id: toGlobalId('Meeting', meetingId),
    });
    expect(completed.errors).toBeUndefined();
    const staff = await signedInAs(app, 'STAFF');
    const merged = await staff.gql(
      `mutation($s: ID!, $d: ID!) { mergeContacts(survivorId: $s, duplicateId: $d) { id } }`,
      { s: toGlobalId('Contact', survivor), d: toGlobalId('Contact', duplicate) },
    );
    expect(merged.errors).toBeUndefined();
    const referral = await app.dataSource
      .getRepository(ReferralEntity)
      .findOneByOrFail({ id: rawId(made.data!.recordReferral.id) });
    expect(referral.givenByContactId).toBe(survivor);
    const card = await app.dataSource
      .getRepository(ThankYouCardEntity)
      .findOneByOrFail({ meetingId });
    expect(card.contactId).toBe(survivor);
  });

  it("answers NOT_FOUND for another seeker's referral through every operation", async () => {
    await proveOwnedBySeeker(app, {
      type: 'Referral',
      createOwnedBy: async (seekerId) => {
        const { meetingId, contactId } = await started(seekerId);
        const id = randomUUID();
        const referred = await insertContact(app, {
          fullName: 'Owned Referral',
          ownerId: seekerId,
        });
        await app.dataSource.getRepository(ReferralEntity).insert({
          id,
          ownerId: seekerId,
          meetingId,
          givenByContactId: contactId,
          contactId: referred,
          askId: null,
          name: 'Owned Referral',
          title: null,
          companyId: null,
          companyName: 'Acme',
          email: null,
          phone: null,
          howToReach: null,
          note: null,
          recordedAt: now,
          followUpDueOn: '2026-04-01',
          timeZone: 'America/New_York',
          followedUpAt: null,
        });
        return id;
      },
      reset: async (rowId) => {
        const row = await app.dataSource
          .getRepository(ReferralEntity)
          .findOneByOrFail({ id: rowId });
        await app.dataSource
          .getRepository(ReferralEntity)
          .update({ id: rowId }, { followedUpAt: null, askId: null });
        await app.dataSource.getRepository(AskEntity).delete({ contactId: row.contactId });
      },
      operations: {
        referral: { document: `query($id: ID!) { referral(id: $id) { id } }` },
        markReferralFollowedUp: { document: DONE },
        askReferral: { document: ASK, variables: { input: { channel: 'EMAIL' } } },
      },
    });
  });

  it('reads a page of follow-ups in the same number of statements at 10 and 100', async () => {
    const client = await signedInAs(app, 'SEEKER');
    const ownerId = await userIdOf(client);
    const company = await insertCompany(app, `Bulk ${randomUUID().slice(0, 6)}`);
    const meetings = await Promise.all([0, 1, 2].map(() => started(ownerId)));
    const rows = Array.from({ length: 120 }, (_, i) => ({
      id: randomUUID(),
      ownerId,
      meetingId: meetings[i % 3]!.meetingId,
      givenByContactId: meetings[i % 3]!.contactId,
      contactId: meetings[(i + 1) % 3]!.contactId,
      askId: null,
      name: `Bulk ${i}`,
      title: null,
      companyId: company,
      companyName: 'Bulk',
      email: null,
      phone: null,
      howToReach: null,
      note: null,
      recordedAt: minutesAgo(i),
      followUpDueOn: i % 2 ? '2026-03-30' : '2026-04-01',
      timeZone: 'America/New_York',
      followedUpAt: null,
    }));
    for (let i = 0; i < rows.length; i += 40) {
      await app.dataSource.getRepository(ReferralEntity).insert(rows.slice(i, i + 40));
    }
    const small = await statementsFor(app, client, FOLLOW_UPS, { first: 10 });
    const large = await statementsFor(app, client, FOLLOW_UPS, { first: 100 });
    expect(small.result.errors).toBeUndefined();
    expect(large.result.errors).toBeUndefined();
    expect(large.statements).toBe(small.statements);
    const dashboard = await statementsFor(app, client, DASHBOARD);
    expect(dashboard.result.errors).toBeUndefined();
    expect(dashboard.statements).toBeLessThan(10);
  });
});

describe('the demo data after a meeting', () => {
  it("shows Jordan's referrals, follow-ups, cards and MET links", async () => {
    const app = await createTestApp();
    try {
      const seeded = new Date('2026-04-01T16:00:00Z');
      await seedDemoData(app.dataSource, seeded);
      app.services.now = () => new Date(seeded.getTime() + 60_000);
      const jordan = new Client(app);
      await jordan.signIn('jordan@rapport.test', DEMO_PASSWORD);
      const result = await jordan.gql<{
        myFollowUps: { edges: { node: { name: string; followUpState: string } }[] };
        myThankYouCards: {
          edges: {
            node: { state: string; contact: { fullName: string }; draft: { body: string } };
          }[];
        };
        myMeetings: {
          edges: {
            node: {
              id: string;
              status: string;
              contact: { fullName: string };
              referrals: { name: string; followUpState: string }[];
            };
          }[];
        };
      }>(`{
        myFollowUps { edges { node { name followUpState } } }
        myThankYouCards { edges { node { state contact { fullName } draft { body } } } }
        myMeetings(first: 20) { edges { node { id status contact { fullName } referrals { name followUpState } } } }
      }`);
      expect(result.errors).toBeUndefined();
      expect(result.data!.myFollowUps.edges.map((e) => e.node)).toEqual([
        { name: 'Nadia Brooks', followUpState: 'OVERDUE' },
      ]);
      expect(
        result.data!.myThankYouCards.edges.map((e) => [e.node.contact.fullName, e.node.state]),
      ).toEqual([
        ['Lucía Fernández', 'OVERDUE'],
        // Two days after Monday's meeting: due by the end of today.
        ['Sam Rivera', 'DUE_TODAY'],
      ]);
      // Sam's card quotes what Jordan noted in the meeting.
      expect(result.data!.myThankYouCards.edges[1]!.node.draft.body).toContain(
        'QA is moving into the product teams this year',
      );
      const meetings = result.data!.myMeetings.edges.map((e) => e.node);
      const sam = meetings.find((m) => m.contact.fullName === 'Sam Rivera')!;
      expect(sam.referrals).toEqual([
        { name: 'Nadia Brooks', followUpState: 'OVERDUE' },
        { name: 'Leo Martins', followUpState: 'DONE' },
      ]);
      // Just ended, waiting for its wrap-up.
      expect(meetings.find((m) => m.contact.fullName === 'Noah Patel')).toMatchObject({
        status: 'SCHEDULED',
        referrals: [],
      });
      const completed = meetings.filter((m) => m.status === 'COMPLETED');
      expect(completed).toHaveLength(2);
      for (const meeting of completed) {
        expect(
          await app.dataSource
            .getRepository(ConnectionEntity)
            .countBy({ kind: 'MET', source: 'MEETING', sourceId: rawId(meeting.id) }),
        ).toBe(1);
      }
    } finally {
      await app.close();
    }
  });
});
