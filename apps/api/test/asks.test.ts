import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskEntity } from '../src/ask/ask.entity.js';
import { toGlobalId } from '../src/common/global-id.js';
import {
  insertAsk,
  insertCompany,
  insertContact,
  insertSeekers,
  userIdOf,
} from './support/contacts.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type Client,
  type TestApp,
} from './support/test-app.js';

const RECORD = `mutation($input: RecordAskInput!) { recordAsk(input: $input) { id status channel askedAt company { name } contact { fullName } history { status } } }`;
const OUTCOME = `mutation($id: ID!, $status: AskStatus!, $note: String) { recordAskOutcome(id: $id, status: $status, note: $note) { id status history { status note } } }`;
const SETTINGS = `mutation($input: AgencySettingsInput!) { updateAgencySettings(input: $input) { askCap askWindowDays } }`;
const NEXT = `{ nextContacts(first: 20) { reason reasonKind contact { fullName } } }`;

describe('asks', () => {
  let app: TestApp;
  let staff: Client;
  let jordan: Client;
  let jordanId: string;
  const now = new Date('2026-04-01T12:00:00Z');
  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    staff = await signedInAs(app, 'STAFF');
    jordan = await signedInAs(app, 'SEEKER');
    jordanId = await userIdOf(jordan);
  });
  afterAll(async () => app.close());

  const ask = (client: Client, contactId: string, channel = 'PHONE') =>
    client.gql<{ recordAsk: { id: string; status: string } }>(RECORD, {
      input: { contactId: toGlobalId('Contact', contactId), channel },
    });

  it('records an ask with its company from the contact, and refuses a second ask of the same person through a private copy', async () => {
    const company = await insertCompany(app, 'Quiet Corp');
    const agency = await insertContact(app, {
      fullName: 'Morgan Hale',
      email: 'morgan@quiet.example',
      companyId: company,
      companyName: 'Quiet Corp',
    });
    const first = await ask(jordan, agency);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordAsk).toMatchObject({
      status: 'ASKED',
      company: { name: 'Quiet Corp' },
      history: [{ status: 'ASKED' }],
    });

    // A private copy with a different email, same name at the same company: the same person.
    const copy = await jordan.gql<{ createContact: { id: string } }>(
      `mutation($input: ContactInput!) { createContact(input: $input) { id } }`,
      {
        input: {
          fullName: 'morgan  HALE',
          email: 'mh@personal.example',
          companyId: toGlobalId('Company', company),
        },
      },
    );
    const again = await jordan.gql(RECORD, {
      input: { contactId: copy.data!.createContact.id, channel: 'EMAIL' },
    });
    expect(errorCode(again)).toBe('REQUEST.ALREADY_ASKED');
    expect(again.errors![0]!.message).toContain('April 1, 2026');
    expect(again.errors![0]!.extensions!.details).toMatchObject({
      firstAskedAt: '2026-04-01T12:00:00.000Z',
      status: 'ASKED',
    });
    expect(
      Array.isArray(
        (again.errors![0]!.extensions!.details as { suggestions: unknown[] }).suggestions,
      ),
    ).toBe(true);
    const myAsk = await jordan.gql<{ contact: { myAsk: { status: string } | null } }>(
      `query($id: ID!) { contact(id: $id) { myAsk { status } } }`,
      { id: copy.data!.createContact.id },
    );
    expect(myAsk.data!.contact.myAsk).toEqual({ status: 'ASKED' });
  });

  it('refuses a note that is too long on the note field, and an ask dated in the future on askedAt', async () => {
    const contact = await insertContact(app, { fullName: 'Noel Long' });
    const long = await jordan.gql(RECORD, {
      input: {
        contactId: toGlobalId('Contact', contact),
        channel: 'EMAIL',
        note: 'x'.repeat(2001),
      },
    });
    expect(errorCode(long)).toBe('REQUEST.INVALID_MESSAGE');
    expect(long.errors![0]!.extensions!.field).toBe('note');
    const future = await jordan.gql(RECORD, {
      input: {
        contactId: toGlobalId('Contact', contact),
        channel: 'EMAIL',
        askedAt: new Date(now.getTime() + 3_600_000).toISOString(),
      },
    });
    expect(errorCode(future)).toBe('REQUEST.ASKED_IN_FUTURE');
    expect(future.errors![0]!.extensions!.field).toBe('askedAt');
  });

  it('refuses do-not-contact with a message that says so, and only seekers may ask', async () => {
    const flagged = await insertContact(app, { fullName: 'Do Not Call', doNotContact: true });
    const refused = await ask(jordan, flagged);
    expect(errorCode(refused)).toBe('REQUEST.DO_NOT_CONTACT');
    expect(refused.errors![0]!.message).toMatch(/do-not-contact/);
    expect(errorCode(await ask(staff, flagged))).toBe('FORBIDDEN');
  });

  it('validates settings with the field, and lets staff change the cap', async () => {
    const bad = await staff.gql(SETTINGS, { input: { askCap: 0, askWindowDays: 30 } });
    expect(errorCode(bad)).toBe('SETTINGS.INVALID');
    expect(bad.errors![0]!.extensions!.field).toBe('askCap');
    const badWindow = await staff.gql(SETTINGS, { input: { askCap: 2, askWindowDays: 400 } });
    expect(badWindow.errors![0]!.extensions!.field).toBe('askWindowDays');
    expect(errorCode(await jordan.gql(SETTINGS, { input: { askCap: 3, askWindowDays: 30 } }))).toBe(
      'FORBIDDEN',
    );
    const ok = await staff.gql(SETTINGS, { input: { askCap: 1, askWindowDays: 30 } });
    expect(ok.data?.updateAgencySettings).toEqual({ askCap: 1, askWindowDays: 30 });
  });

  it('lets exactly one of several seekers asking one person at once through when the cap is 1', async () => {
    const target = await insertContact(app, { fullName: 'Popular Person' });
    const seekers = await Promise.all([0, 1, 2, 3].map(() => signedInAs(app, 'SEEKER')));
    const results = await Promise.all(seekers.map((s) => ask(s, target)));
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === 'REQUEST.THROTTLED').length).toBe(3);
    expect(await app.dataSource.getRepository(AskEntity).countBy({ personId: target })).toBe(1);
  });

  it('answers concurrent identical asks with one row and REQUEST.ALREADY_ASKED', async () => {
    await staff.gql(SETTINGS, { input: { askCap: 50, askWindowDays: 30 } });
    const target = await insertContact(app, { fullName: 'Twice Person' });
    const seeker = await signedInAs(app, 'SEEKER');
    const results = await Promise.all([
      ask(seeker, target),
      ask(seeker, target),
      ask(seeker, target),
    ]);
    expect(results.filter((r) => !r.errors).length).toBe(1);
    expect(results.filter((r) => errorCode(r) === 'REQUEST.ALREADY_ASKED').length).toBe(2);
    expect(await app.dataSource.getRepository(AskEntity).countBy({ personId: target })).toBe(1);
  });

  it('records outcomes under the domain transitions and then suggests the next people, never flagged, declined or at the cap', async () => {
    const company = await insertCompany(app, 'Next Co');
    const decliner = await insertContact(app, {
      fullName: 'Aaa Decliner',
      companyId: company,
      companyName: 'Next Co',
    });
    await insertContact(app, {
      fullName: 'Bbb Colleague',
      companyId: company,
      companyName: 'Next Co',
    });
    await insertContact(app, {
      fullName: 'Ccc Flagged Colleague',
      companyId: company,
      companyName: 'Next Co',
      doNotContact: true,
    });
    const capped = await insertContact(app, {
      fullName: 'Ddd Capped Colleague',
      companyId: company,
      companyName: 'Next Co',
    });
    await staff.gql(SETTINGS, { input: { askCap: 2, askWindowDays: 30 } });
    for (const other of [await signedInAs(app, 'SEEKER'), await signedInAs(app, 'SEEKER')]) {
      await insertAsk(app, { ownerId: await userIdOf(other), contactId: capped, askedAt: now });
    }
    const seeker = await signedInAs(app, 'SEEKER');
    const asked = await ask(seeker, decliner);
    const id = asked.data!.recordAsk.id;
    const declined = await seeker.gql(OUTCOME, { id, status: 'DECLINED', note: 'Not now' });
    expect(declined.data?.recordAskOutcome).toMatchObject({
      status: 'DECLINED',
      history: [{ status: 'ASKED' }, { status: 'DECLINED', note: 'Not now' }],
    });
    const illegal = await seeker.gql(OUTCOME, { id, status: 'ACCEPTED' });
    expect(errorCode(illegal)).toBe('REQUEST.ILLEGAL_TRANSITION');

    const next = await seeker.gql<{
      nextContacts: { reasonKind: string; contact: { fullName: string } }[];
    }>(NEXT);
    const suggested = next.data!.nextContacts.map((s) => s.contact.fullName);
    expect(suggested[0]).toBe('Bbb Colleague');
    expect(next.data!.nextContacts[0]!.reasonKind).toBe('SAME_COMPANY');
    for (const never of ['Aaa Decliner', 'Ccc Flagged Colleague', 'Ddd Capped Colleague'])
      expect(suggested).not.toContain(never);

    const dash = await seeker.gql<{
      seekerDashboard: { waitingAsks: unknown[]; suggestions: unknown[] };
    }>(`{ seekerDashboard { waitingAsks { id } suggestions { contact { fullName } } } }`);
    expect(dash.data!.seekerDashboard.waitingAsks).toEqual([]);
    expect(dash.data!.seekerDashboard.suggestions.length).toBeGreaterThan(0);
    expect(errorCode(await staff.gql(NEXT))).toBe('FORBIDDEN');
  });

  it("keeps a seeker's asks to that seeker", async () => {
    const target = await insertContact(app, { fullName: 'Owned Ask Person' });
    await proveOwnedBySeeker(app, {
      type: 'Ask',
      createOwnedBy: (seekerId) =>
        insertAsk(app, { ownerId: seekerId, contactId: target, askedAt: now }),
      operations: {
        ask: { document: `query($id: ID!) { ask(id: $id) { id } }` },
        // Accepted first, so the owner may then book the meeting on it.
        recordAskOutcome: {
          document: `mutation($id: ID!) { recordAskOutcome(id: $id, status: ACCEPTED) { id } }`,
        },
        // Times offered first; booking directly then withdraws them.
        proposeMeetingTimes: {
          document: `mutation($id: ID!) { proposeMeetingTimes(input: { askId: $id, slots: ["2026-04-02T14:00:00Z"], timeZone: "UTC" }) { token } }`,
        },
        scheduleMeeting: {
          document: `mutation($id: ID!) { scheduleMeeting(input: { askId: $id, startsAt: "2026-04-03T15:00:00Z", timeZone: "UTC" }) { id } }`,
        },
      },
    });
  });

  // 105 accounts are made (each hashes a password), which is slow on a busy machine.
  it(
    "shows staff every seeker's asks on the timeline and a seeker only their own, in constant statements",
    { timeout: 90_000 },
    async () => {
      const person = await insertContact(app, { fullName: 'Timeline Person' });
      const others = await insertSeekers(app, 105, 'tl');
      for (const [i, other] of others.entries()) {
        await insertAsk(app, {
          ownerId: other,
          contactId: person,
          askedAt: new Date(now.getTime() - i * 60_000),
        });
      }
      await insertAsk(app, { ownerId: jordanId, contactId: person, askedAt: now });
      const TIMELINE = `query($id: ID!, $first: Int!) { contact(id: $id) { timeline(first: $first) { totalCount edges { node { id status contact { fullName } company { name } history { status } seeker { name } } } } } }`;
      const id = toGlobalId('Contact', person);
      const at = async (first: number) => {
        const { statements, result } = await statementsFor<{
          contact: { timeline: { totalCount: number } };
        }>(app, staff, TIMELINE, { id, first });
        expect(result.errors).toBeUndefined();
        return { statements, total: result.data!.contact.timeline.totalCount };
      };
      const [ten, hundred] = [await at(10), await at(100)];
      expect(ten.statements).toBe(hundred.statements);
      expect(ten.total).toBe(106);
      const mine = await jordan.gql<{ contact: { timeline: { totalCount: number } } }>(
        TIMELINE.replace('seeker { name }', ''),
        { id, first: 10 },
      );
      expect(mine.data!.contact.timeline.totalCount).toBe(1);
      expect(errorCode(await jordan.gql(TIMELINE, { id, first: 10 }))).toBe('FORBIDDEN');

      for (let i = 0; i < 105; i += 1) {
        const c = await insertContact(app, { fullName: `Mine ${i}` });
        await insertAsk(app, {
          ownerId: jordanId,
          contactId: c,
          askedAt: new Date(now.getTime() - i * 1000),
        });
      }
      const MY = `query($first: Int!) { myAsks(first: $first) { edges { node { id contact { fullName } company { name } history { status } } } } }`;
      const m10 = await statementsFor(app, jordan, MY, { first: 10 });
      const m100 = await statementsFor(app, jordan, MY, { first: 100 });
      expect(m100.result.errors).toBeUndefined();
      expect(m10.statements).toBe(m100.statements);
    },
  );
});
