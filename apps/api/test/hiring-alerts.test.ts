import { randomUUID } from 'node:crypto';
import { changeHiringStatus } from '@rapport/domain';
import { Repository, type ObjectLiteral } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { CompanyEntity } from '../src/company/company.entity.js';
import { HiringAlertEntity } from '../src/hiring-alert/hiring-alert.entity.js';
import { insertCompany, insertSeekers } from './support/contacts.js';
import { insertMeetingWith } from './support/met.js';
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

const SET_STATUS = `mutation($id: ID!, $status: HiringStatus!) {
  setCompanyHiringStatus(id: $id, status: $status) { id hiringStatus } }`;
const ALERT_FIELDS = `id message meetingCount lastMetAt createdAt dismissedAt
  company { id name } contact { id fullName } meeting { id status }`;
const MY_ALERTS = `query($first: Int, $includeDismissed: Boolean) {
  myHiringAlerts(first: $first, includeDismissed: $includeDismissed) {
    totalCount edges { node { ${ALERT_FIELDS} } } } }`;
const DISMISS = `mutation($id: ID!) { dismissHiringAlert(id: $id) { id dismissedAt } }`;
const WARM = `query($first: Int, $after: String) { warmCandidates(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { hiringStatusChangedAt company { id name }
    candidates { meetingCount lastMetAt seeker { id name } lastContact { fullName } lastMeeting { id } } } } } }`;

interface AlertNode {
  id: string;
  message: string;
  meetingCount: number;
  lastMetAt: string;
  dismissedAt: string | null;
  company: { id: string; name: string };
  contact: { fullName: string };
}
interface MyAlerts {
  myHiringAlerts: { totalCount: number; edges: { node: AlertNode }[] };
}
interface WarmResult {
  warmCandidates: {
    totalCount: number;
    edges: {
      node: {
        company: { id: string; name: string };
        candidates: {
          meetingCount: number;
          lastMetAt: string;
          seeker: { id: string; name: string };
          lastContact: { fullName: string } | null;
        }[];
      };
    }[];
  };
}

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

describe('hiring alerts and warm candidates', () => {
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

  const setStatus = (companyId: string, status: string) =>
    staff.gql(SET_STATUS, { id: toGlobalId('Company', companyId), status });

  const alertsOf = (seekerId: string) =>
    app.dataSource.getRepository(HiringAlertEntity).findBy({ ownerId: seekerId });

  it('alerts once each seeker who met someone there, naming the person, and nobody else', async () => {
    const company = await insertCompany(app, `Harbor ${randomUUID().slice(0, 6)}`);
    const elsewhere = await insertCompany(app, `Elsewhere ${randomUUID().slice(0, 6)}`);
    const ana = await signedInAs(app, 'SEEKER');
    const anaId = await userIdOf(ana);
    const [benId, caiId, devId] = await insertSeekers(app, 3, `h${randomUUID().slice(0, 4)}`);
    // Ana met two people there; the latest names the alert.
    await insertMeetingWith(app, {
      seekerId: anaId,
      companyId: company,
      fullName: 'Olive Older',
      startsAt: daysAgo(now, 40),
    });
    const latest = await insertMeetingWith(app, {
      seekerId: anaId,
      companyId: company,
      fullName: 'Nadia Newer',
      startsAt: daysAgo(now, 4),
    });
    await insertMeetingWith(app, {
      seekerId: benId!,
      companyId: company,
      startsAt: daysAgo(now, 9),
    });
    // Cai's meeting there never happened; Dev met someone at another company.
    await insertMeetingWith(app, {
      seekerId: caiId!,
      companyId: company,
      status: 'CANCELLED',
      startsAt: daysAgo(now, 2),
    });
    await insertMeetingWith(app, {
      seekerId: devId!,
      companyId: elsewhere,
      startsAt: daysAgo(now, 2),
    });

    expect((await setStatus(company, 'HIRING')).errors).toBeUndefined();
    expect(await alertsOf(anaId)).toHaveLength(1);
    expect(await alertsOf(benId!)).toHaveLength(1);
    expect(await alertsOf(caiId!)).toHaveLength(0);
    expect(await alertsOf(devId!)).toHaveLength(0);

    const mine = await ana.gql<MyAlerts>(MY_ALERTS);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myHiringAlerts.totalCount).toBe(1);
    const alert = mine.data!.myHiringAlerts.edges[0]!.node;
    expect(alert).toMatchObject({
      meetingCount: 2,
      lastMetAt: daysAgo(now, 4).toISOString(),
      dismissedAt: null,
      company: { id: toGlobalId('Company', company) },
      contact: { fullName: 'Nadia Newer' },
      meeting: { id: toGlobalId('Meeting', latest.meetingId), status: 'COMPLETED' },
    });
    expect(alert.message).toMatch(/is hiring now\. You met Nadia Newer there/);

    // The dashboard shows it while it is open.
    const dashboard = await ana.gql<{ seekerDashboard: { hiringAlerts: { id: string }[] } }>(
      '{ seekerDashboard { hiringAlerts { id contact { fullName } } } }',
    );
    expect(dashboard.data!.seekerDashboard.hiringAlerts.map((a) => a.id)).toEqual([alert.id]);

    // Saying HIRING again is no change and alerts nobody twice.
    now = new Date(now.getTime() + 60_000);
    expect((await setStatus(company, 'HIRING')).errors).toBeUndefined();
    expect(await alertsOf(anaId)).toHaveLength(1);

    // Dismissed, it leaves the dashboard and the default list, and stays on record.
    const dismissed = await ana.gql<{ dismissHiringAlert: { dismissedAt: string } }>(DISMISS, {
      id: alert.id,
    });
    expect(dismissed.data!.dismissHiringAlert.dismissedAt).toBe(now.toISOString());
    const again = await ana.gql<{ dismissHiringAlert: { dismissedAt: string } }>(DISMISS, {
      id: alert.id,
    });
    expect(again.data!.dismissHiringAlert.dismissedAt).toBe(now.toISOString());
    expect((await ana.gql<MyAlerts>(MY_ALERTS)).data!.myHiringAlerts.totalCount).toBe(0);
    expect(
      (await ana.gql<MyAlerts>(MY_ALERTS, { includeDismissed: true })).data!.myHiringAlerts
        .totalCount,
    ).toBe(1);
    const emptied = await ana.gql<{ seekerDashboard: { hiringAlerts: unknown[] } }>(
      '{ seekerDashboard { hiringAlerts { id } } }',
    );
    expect(emptied.data!.seekerDashboard.hiringAlerts).toEqual([]);
  });

  it('alerts again when the company starts hiring again, replacing the open alert', async () => {
    const company = await insertCompany(app, `Cycle ${randomUUID().slice(0, 6)}`);
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    await insertMeetingWith(app, { seekerId, companyId: company, startsAt: daysAgo(now, 3) });
    await setStatus(company, 'HIRING');
    now = new Date(now.getTime() + 60_000);
    await setStatus(company, 'NOT_HIRING');
    expect(await alertsOf(seekerId)).toHaveLength(1);
    now = new Date(now.getTime() + 60_000);
    await setStatus(company, 'HIRING');
    const alerts = (await alertsOf(seekerId)).sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime(),
    );
    expect(alerts).toHaveLength(2);
    expect(alerts[0]!.dismissedAt).not.toBeNull();
    expect(alerts[1]!.dismissedAt).toBeNull();
    expect((await seeker.gql<MyAlerts>(MY_ALERTS)).data!.myHiringAlerts.totalCount).toBe(1);
  });

  it('writes nothing twice when the same change is handled again', async () => {
    const companyId = await insertCompany(app, `Retry ${randomUUID().slice(0, 6)}`);
    const [seekerId] = await insertSeekers(app, 1, `r${randomUUID().slice(0, 4)}`);
    await insertMeetingWith(app, { seekerId: seekerId!, companyId, startsAt: daysAgo(now, 3) });
    const change = changeHiringStatus(
      { status: 'NOT_HIRING', changedAt: daysAgo(now, 30) },
      'HIRING',
      now,
    );
    const company = { id: companyId, name: 'Retry' };
    const first = await app.dataSource.transaction((m) =>
      app.services.hiringAlerts.alertPastInterviewees(m, company, change),
    );
    const second = await app.dataSource.transaction((m) =>
      app.services.hiringAlerts.alertPastInterviewees(m, company, change),
    );
    expect([first, second]).toEqual([1, 0]);
    expect(await alertsOf(seekerId!)).toHaveLength(1);
  });

  it('keeps the change and its alerts together: a failed alert undoes the status change', async () => {
    const companyId = await insertCompany(app, `Atomic ${randomUUID().slice(0, 6)}`);
    const [seekerId] = await insertSeekers(app, 1, `t${randomUUID().slice(0, 4)}`);
    await insertMeetingWith(app, { seekerId: seekerId!, companyId, startsAt: daysAgo(now, 3) });
    const insert = Repository.prototype.insert;
    const broken = vi.spyOn(Repository.prototype, 'insert').mockImplementation(function (
      this: Repository<ObjectLiteral>,
      ...args
    ) {
      if (this.metadata.tableName === 'hiring_alerts') throw new Error('disk full');
      return insert.apply(this, args);
    });
    try {
      expect(errorCode(await setStatus(companyId, 'HIRING'))).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      broken.mockRestore();
    }
    const row = await app.dataSource
      .getRepository(CompanyEntity)
      .findOneByOrFail({ id: companyId });
    expect(row.hiringStatus).toBe('NOT_HIRING');
    expect(await alertsOf(seekerId!)).toHaveLength(0);
  });

  it('lists warm candidates: companies newly hiring first, seekers by most recent meeting', async () => {
    const first = await insertCompany(app, `Warm A ${randomUUID().slice(0, 6)}`);
    const second = await insertCompany(app, `Warm B ${randomUUID().slice(0, 6)}`);
    const [old, recent, other] = await insertSeekers(app, 3, `w${randomUUID().slice(0, 4)}`);
    await insertMeetingWith(app, { seekerId: old!, companyId: first, startsAt: daysAgo(now, 50) });
    await insertMeetingWith(app, {
      seekerId: recent!,
      companyId: first,
      fullName: 'Rhea Recent',
      startsAt: daysAgo(now, 5),
      agencyContact: true,
    });
    await insertMeetingWith(app, {
      seekerId: recent!,
      companyId: first,
      startsAt: daysAgo(now, 80),
    });
    await insertMeetingWith(app, {
      seekerId: other!,
      companyId: second,
      startsAt: daysAgo(now, 1),
    });
    now = new Date(now.getTime() + 60_000);
    await setStatus(first, 'HIRING');
    now = new Date(now.getTime() + 60_000);
    await setStatus(second, 'HIRING');

    const result = await staff.gql<WarmResult>(WARM, { first: 100 });
    expect(result.errors).toBeUndefined();
    const nodes = result.data!.warmCandidates.edges.map((e) => e.node);
    const ids = nodes.map((n) => n.company.id);
    expect(ids.indexOf(toGlobalId('Company', second))).toBeLessThan(
      ids.indexOf(toGlobalId('Company', first)),
    );
    const firstNode = nodes.find((n) => n.company.id === toGlobalId('Company', first))!;
    expect(firstNode.candidates.map((c) => [c.seeker.id, c.meetingCount])).toEqual([
      [toGlobalId('User', recent!), 2],
      [toGlobalId('User', old!), 1],
    ]);
    expect(firstNode.candidates[0]!.lastContact?.fullName).toBe('Rhea Recent');
    // The other met a person who is their private contact: staff do not see who.
    expect(firstNode.candidates[1]!.lastContact).toBeNull();

    // A company that stops hiring leaves the list.
    await setStatus(second, 'NOT_HIRING');
    const after = await staff.gql<WarmResult>(WARM, { first: 100 });
    expect(after.data!.warmCandidates.edges.map((e) => e.node.company.id)).not.toContain(
      toGlobalId('Company', second),
    );
  });

  it('keeps warm candidates to staff and alerts to seekers', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    expect(errorCode(await seeker.gql(WARM))).toBe('FORBIDDEN');
    expect(errorCode(await new Client(app).gql(WARM))).toBe('UNAUTHENTICATED');
    expect(errorCode(await staff.gql(MY_ALERTS))).toBe('FORBIDDEN');
    expect(errorCode(await new Client(app).gql(MY_ALERTS))).toBe('UNAUTHENTICATED');
  });

  it("shows a seeker only their own alerts, through every operation that takes an alert's id", async () => {
    await proveOwnedBySeeker(app, {
      type: 'HiringAlert',
      createOwnedBy: async (seekerId) => {
        const companyId = await insertCompany(app, `Owned ${randomUUID().slice(0, 6)}`);
        const met = await insertMeetingWith(app, {
          seekerId,
          companyId,
          startsAt: daysAgo(now, 3),
        });
        const id = randomUUID();
        await app.dataSource.getRepository(HiringAlertEntity).insert({
          id,
          key: `test:${id}`,
          ownerId: seekerId,
          companyId,
          contactId: met.contactId,
          meetingId: met.meetingId,
          meetingCount: 1,
          lastMetAt: daysAgo(now, 3),
          message: 'Hiring now.',
          createdAt: now,
          dismissedAt: null,
        });
        return id;
      },
      operations: {
        dismissHiringAlert: { document: DISMISS },
      },
    });
  });

  it('pages alerts and warm candidates with the same statements at 10 and at 100 rows', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const companyId = await insertCompany(app, `Many ${randomUUID().slice(0, 6)}`);
    const met = await insertMeetingWith(app, { seekerId, companyId, startsAt: daysAgo(now, 3) });
    await app.dataSource.getRepository(HiringAlertEntity).insert(
      Array.from({ length: 105 }, (_, i) => ({
        id: randomUUID(),
        key: `many:${companyId}:${i}`,
        ownerId: seekerId,
        companyId,
        contactId: met.contactId,
        meetingId: met.meetingId,
        meetingCount: 1,
        lastMetAt: daysAgo(now, 3),
        message: 'Hiring now.',
        createdAt: new Date(now.getTime() - i * 60_000),
        dismissedAt: null,
      })),
    );
    const small = await statementsFor(app, seeker, MY_ALERTS, { first: 10 });
    const large = await statementsFor<MyAlerts>(app, seeker, MY_ALERTS, { first: 100 });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.myHiringAlerts.edges).toHaveLength(100);
    expect(large.statements).toBe(small.statements);

    const seekers = await insertSeekers(app, 105, `p${randomUUID().slice(0, 4)}`);
    for (const [i, id] of seekers.entries()) {
      const company = await insertCompany(app, `Paged ${i} ${randomUUID().slice(0, 4)}`);
      await insertMeetingWith(app, { seekerId: id, companyId: company, startsAt: daysAgo(now, 2) });
      await app.dataSource
        .getRepository(CompanyEntity)
        .update({ id: company }, { hiringStatus: 'HIRING', hiringStatusChangedAt: now });
    }
    const few = await statementsFor(app, staff, WARM, { first: 10 });
    const many = await statementsFor<WarmResult>(app, staff, WARM, { first: 100 });
    expect(many.result.errors).toBeUndefined();
    expect(many.result.data!.warmCandidates.edges).toHaveLength(100);
    expect(many.statements).toBe(few.statements);
  });
});
