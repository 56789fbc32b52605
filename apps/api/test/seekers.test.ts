import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { ExpertQuestionEntity } from '../src/expert-question/expert-question.entity.js';
import { HiringAlertEntity } from '../src/hiring-alert/hiring-alert.entity.js';
import { insertCompany, insertSeekers } from './support/contacts.js';
import { insertMeetingWith } from './support/met.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
  userIdOf,
} from './support/test-app.js';

const SEEKERS = `query($first: Int, $search: String) { seekers(first: $first, search: $search) {
  totalCount edges { node { id name email role } } } }`;
const SEEKER_PAGE = `query($id: ID!) { seeker(id: $id) { id name email
  asks(first: 20) { totalCount edges { node { id status contact { fullName } } } }
  meetings(first: 20) { totalCount edges { node { id status startsAt contact { fullName } coachComments { id } } } }
  hiringAlerts(first: 20, includeDismissed: true) { totalCount edges { node { id message } } }
  expertQuestions(first: 20) { totalCount edges { node { id question status } } } } }`;
const DASHBOARD = `{ seekerDashboard {
  todayMeetings { id startsAt status contact { fullName company { name } } }
  upcomingMeetings { id startsAt contact { fullName } }
  hiringAlerts { id message contact { fullName } company { name } } } }`;

interface Dashboard {
  seekerDashboard: {
    todayMeetings: { id: string; status: string }[];
    upcomingMeetings: { id: string }[];
    hiringAlerts: { id: string }[];
  };
}

describe('staff seeker pages and the seeker dashboard', () => {
  let app: TestApp;
  let staff: Client;
  // 10:00 in New York.
  const now = new Date('2026-04-01T14:00:00Z');
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    staff = await signedInAs(app, 'STAFF');
  });
  afterAll(async () => app.close());

  it('lists seekers by name with search, and never staff', async () => {
    const tag = randomUUID().slice(0, 6);
    await app.services.accounts.create(
      {
        email: `zed-${tag}@example.com`,
        name: `Zed Quill ${tag}`,
        password: 'correct horse battery',
      },
      'SEEKER',
    );
    await app.services.accounts.create(
      {
        email: `amy-${tag}@example.com`,
        name: `Amy Quill ${tag}`,
        password: 'correct horse battery',
      },
      'SEEKER',
    );
    const result = await staff.gql<{
      seekers: { totalCount: number; edges: { node: { name: string; role: string } }[] };
    }>(SEEKERS, { search: `QUILL ${tag}` });
    expect(result.errors).toBeUndefined();
    expect(result.data!.seekers.edges.map((e) => e.node.name)).toEqual([
      `Amy Quill ${tag}`,
      `Zed Quill ${tag}`,
    ]);
    const byEmail = await staff.gql<{ seekers: { totalCount: number } }>(SEEKERS, {
      search: `amy-${tag}@`,
    });
    expect(byEmail.data!.seekers.totalCount).toBe(1);
    const all = await staff.gql<{ seekers: { edges: { node: { role: string } }[] } }>(SEEKERS, {
      first: 100,
    });
    expect(new Set(all.data!.seekers.edges.map((e) => e.node.role))).toEqual(new Set(['SEEKER']));
    const wildcard = await staff.gql<{ seekers: { totalCount: number } }>(SEEKERS, { search: '%' });
    expect(wildcard.data!.seekers.totalCount).toBe(0);
  });

  it("shows staff a seeker's asks, meetings, alerts and questions", async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const companyId = await insertCompany(app, `Page ${randomUUID().slice(0, 6)}`);
    const met = await insertMeetingWith(app, {
      seekerId,
      companyId,
      fullName: 'Mina Met',
      startsAt: hours(-48),
    });
    await app.dataSource.getRepository(HiringAlertEntity).insert({
      id: randomUUID(),
      key: `page:${seekerId}`,
      ownerId: seekerId,
      companyId,
      contactId: met.contactId,
      meetingId: met.meetingId,
      meetingCount: 1,
      lastMetAt: hours(-48),
      message: 'Page is hiring now.',
      createdAt: now,
      dismissedAt: null,
    });
    await seeker.gql(
      'mutation { askTheExperts(input: { question: "What should I wear?" }) { id } }',
    );

    const page = await staff.gql<{
      seeker: {
        name: string;
        asks: { totalCount: number; edges: { node: { contact: { fullName: string } } }[] };
        meetings: { totalCount: number };
        hiringAlerts: { totalCount: number };
        expertQuestions: { edges: { node: { question: string } }[] };
      };
    }>(SEEKER_PAGE, { id: toGlobalId('User', seekerId) });
    expect(page.errors).toBeUndefined();
    expect(page.data!.seeker).toMatchObject({
      name: 'Test SEEKER',
      asks: { totalCount: 1, edges: [{ node: { contact: { fullName: 'Mina Met' } } }] },
      meetings: { totalCount: 1 },
      hiringAlerts: { totalCount: 1 },
      expertQuestions: { edges: [{ node: { question: 'What should I wear?' } }] },
    });

    // A staff account is no seeker; seekers do not see staff pages.
    const staffId = await userIdOf(staff);
    expect(errorCode(await staff.gql(SEEKER_PAGE, { id: toGlobalId('User', staffId) }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await seeker.gql(SEEKERS))).toBe('FORBIDDEN');
    expect(errorCode(await seeker.gql(SEEKER_PAGE, { id: toGlobalId('User', seekerId) }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await new Client(app).gql(SEEKERS))).toBe('UNAUTHENTICATED');
  });

  it("puts today's meetings, the next ones and open alerts on the seeker's dashboard", async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const at = (h: number, extra: { status?: 'SCHEDULED' | 'COMPLETED' | 'CANCELLED' } = {}) =>
      insertMeetingWith(app, {
        seekerId,
        startsAt: hours(h),
        status: extra.status ?? 'SCHEDULED',
        timeZone: 'America/New_York',
      });
    const earlier = await at(-2, { status: 'COMPLETED' });
    const later = await at(4);
    await at(5, { status: 'CANCELLED' });
    const tomorrow = await at(24);
    const nextWeek = await at(24 * 7);
    await at(-30, { status: 'COMPLETED' });
    const result = await seeker.gql<Dashboard>(DASHBOARD);
    expect(result.errors).toBeUndefined();
    const dashboard = result.data!.seekerDashboard;
    expect(dashboard.todayMeetings.map((m) => m.id)).toEqual([
      toGlobalId('Meeting', earlier.meetingId),
      toGlobalId('Meeting', later.meetingId),
    ]);
    expect(dashboard.upcomingMeetings.map((m) => m.id)).toEqual([
      toGlobalId('Meeting', tomorrow.meetingId),
      toGlobalId('Meeting', nextWeek.meetingId),
    ]);
    expect(dashboard.hiringAlerts).toEqual([]);
  });

  it('builds the dashboard with the same statements for 10 and for 100 items', async () => {
    const fill = async (count: number) => {
      const seeker = await signedInAs(app, 'SEEKER');
      const seekerId = await userIdOf(seeker);
      const companyId = await insertCompany(app, `Dash ${randomUUID().slice(0, 6)}`);
      const alerts = [];
      for (let i = 0; i < count; i += 1) {
        // Today (within the next hours, in UTC) and, beyond it, upcoming.
        const met = await insertMeetingWith(app, {
          seekerId,
          companyId,
          status: 'SCHEDULED',
          startsAt: new Date(now.getTime() + (i + 1) * 60_000),
        });
        await insertMeetingWith(app, {
          seekerId,
          companyId,
          status: 'SCHEDULED',
          startsAt: hours(48 + i),
        });
        alerts.push({
          id: randomUUID(),
          key: `dash:${seekerId}:${i}`,
          ownerId: seekerId,
          companyId,
          contactId: met.contactId,
          meetingId: met.meetingId,
          meetingCount: 1,
          lastMetAt: now,
          message: 'Hiring now.',
          createdAt: new Date(now.getTime() - i * 1000),
          dismissedAt: null,
        });
      }
      await app.dataSource.getRepository(HiringAlertEntity).insert(alerts);
      return seeker;
    };
    const few = await statementsFor<Dashboard>(app, await fill(10), DASHBOARD);
    const many = await statementsFor<Dashboard>(app, await fill(100), DASHBOARD);
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data!.seekerDashboard.todayMeetings).toHaveLength(100);
    expect(many.result.data!.seekerDashboard.upcomingMeetings).toHaveLength(5);
    expect(few.result.data!.seekerDashboard.todayMeetings).toHaveLength(10);
    expect(many.statements).toBe(few.statements);
  });

  it('pages seekers and their records with the same statements at 10 and at 100 rows', async () => {
    await insertSeekers(app, 105, `s${randomUUID().slice(0, 4)}`);
    const small = await statementsFor(app, staff, SEEKERS, { first: 10 });
    const large = await statementsFor<{ seekers: { edges: unknown[] } }>(app, staff, SEEKERS, {
      first: 100,
    });
    expect(large.result.data!.seekers.edges).toHaveLength(100);
    expect(large.statements).toBe(small.statements);

    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    for (let i = 0; i < 105; i += 1) {
      await insertMeetingWith(app, { seekerId, startsAt: hours(-i - 1) });
    }
    await app.dataSource.getRepository(ExpertQuestionEntity).insert(
      Array.from({ length: 105 }, (_, i) => ({
        id: randomUUID(),
        ownerId: seekerId,
        meetingId: null,
        question: `Q${i}?`,
        status: 'OPEN' as const,
        askedAt: hours(-i),
        answer: null,
        answeredById: null,
        answeredAt: null,
      })),
    );
    const records = `query($id: ID!, $first: Int!) { seeker(id: $id) {
      asks(first: $first) { edges { node { id contact { fullName } } } }
      meetings(first: $first) { edges { node { id contact { fullName } coachComments { id } } } }
      expertQuestions(first: $first) { edges { node { id meeting { id } } } } } }`;
    const id = toGlobalId('User', seekerId);
    const few = await statementsFor(app, staff, records, { id, first: 10 });
    const many = await statementsFor<{
      seeker: { meetings: { edges: unknown[] }; asks: { edges: unknown[] } };
    }>(app, staff, records, { id, first: 100 });
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data!.seeker.meetings.edges).toHaveLength(100);
    expect(many.result.data!.seeker.asks.edges).toHaveLength(100);
    expect(many.statements).toBe(few.statements);
  });
});
