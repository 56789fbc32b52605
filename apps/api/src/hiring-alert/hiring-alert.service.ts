import { randomUUID } from 'node:crypto';
import {
  alertsForHiringChange,
  hiringAlertKey,
  type HiringStatusChange,
  type InterviewHistoryEntry,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { ForbiddenError } from '../common/errors.js';
import { onlyReadable, writable, type OwnershipRule } from '../common/ownership.js';
import { keysetPage, type Connection, type PageArgs, type SortKey } from '../common/paging.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { HiringAlertEntity } from './hiring-alert.entity.js';

/** A seeker's alerts: theirs to read and dismiss; staff read them when coaching. */
export const SEEKER_HIRING_ALERT: OwnershipRule = { what: 'That alert', staff: 'read' };

const RECENTLY_HIRING_FIRST: readonly SortKey<CompanyEntity>[] = [
  {
    column: 'c.hiring_status_changed_at',
    value: (r) => r.hiringStatusChangedAt,
    direction: 'DESC',
  },
  { column: 'c.id', value: (r) => r.id, direction: 'DESC' },
];

const NEWEST_FIRST: readonly SortKey<HiringAlertEntity>[] = [
  { column: 'a.created_at', value: (r) => r.createdAt, direction: 'DESC' },
  { column: 'a.id', value: (r) => r.id, direction: 'DESC' },
];

/** Rows per INSERT or UPDATE … IN: well under PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Every completed meeting with someone who works at one of these companies
 * (the contact's company), as the domain's interview history. One statement.
 */
export async function interviewsAt(
  manager: EntityManager,
  companyIds: readonly string[],
): Promise<InterviewHistoryEntry[]> {
  if (companyIds.length === 0) return [];
  const meetings = await manager
    .getRepository(MeetingEntity)
    .createQueryBuilder('m')
    .innerJoinAndSelect('m.contact', 'ct')
    .where('ct.company_id IN (:...companyIds)', { companyIds: [...companyIds] })
    .andWhere('m.status = :completed', { completed: 'COMPLETED' })
    .getMany();
  return meetings.map((m) => ({
    meetingId: m.id,
    seekerId: m.ownerId,
    companyId: m.contact!.companyId!,
    contactId: m.contactId,
    contactName: m.contact!.fullName,
    status: m.status,
    startsAt: m.startsAt,
  }));
}

export interface HiringAlertListQuery extends PageArgs {
  /** Dismissed alerts too; by default only those still to act on. */
  includeDismissed?: boolean | null;
  /** Staff: whose alerts. A seeker always gets their own. */
  seekerId?: string | null;
}

export class HiringAlertService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Runs inside the transaction that turned the company to HIRING: every
   * seeker who met someone there gets one alert naming the person to get
   * back to. Keys already present are skipped, so running it twice for the
   * same change adds nothing; an older alert still open for the same
   * company is replaced (marked dismissed) by the new one.
   */
  async alertPastInterviewees(
    manager: EntityManager,
    company: { id: string; name: string },
    change: HiringStatusChange,
  ): Promise<number> {
    if (!change.startedHiring) return 0;
    const interviews = await interviewsAt(manager, [company.id]);
    if (interviews.length === 0) return 0;
    const repo = manager.getRepository(HiringAlertEntity);
    const keys = [...new Set(interviews.map((i) => i.seekerId))].map((seekerId) =>
      hiringAlertKey(company.id, change.changedAt, seekerId),
    );
    const alreadySent: string[] = [];
    for (const part of chunks(keys)) {
      const rows = await repo
        .createQueryBuilder('a')
        .select(['a.key'])
        .where('a.key IN (:...part)', { part })
        .getMany();
      alreadySent.push(...rows.map((r) => r.key));
    }
    const alerts = alertsForHiringChange({ company, change, interviews, alreadySent });
    for (const part of chunks(alerts)) {
      await repo
        .createQueryBuilder()
        .update()
        .set({ dismissedAt: change.changedAt })
        .where('company_id = :companyId AND dismissed_at IS NULL', { companyId: company.id })
        .andWhere('owner_id IN (:...seekers)', { seekers: part.map((a) => a.seekerId) })
        .execute();
      await repo.insert(
        part.map((alert) => ({
          id: randomUUID(),
          key: alert.key,
          ownerId: alert.seekerId,
          companyId: alert.companyId,
          contactId: alert.contactId,
          meetingId: alert.lastMeetingId,
          meetingCount: alert.meetingIds.length,
          lastMetAt: alert.lastMetAt,
          message: alert.message,
          createdAt: change.changedAt,
          dismissedAt: null,
        })),
      );
    }
    return alerts.length;
  }

  /** A seeker's own alerts (or, for staff, the named seeker's), newest first. */
  list(actor: Actor, query: HiringAlertListQuery): Promise<Connection<HiringAlertEntity>> {
    const q = onlyReadable(
      this.dataSource.getRepository(HiringAlertEntity).createQueryBuilder('a'),
      actor,
      'a.owner_id',
      SEEKER_HIRING_ALERT,
    );
    if (query.seekerId) q.andWhere('a.owner_id = :seekerId', { seekerId: query.seekerId });
    else if (seekerIdOf(actor) === null) {
      throw new ForbiddenError('Name the seeker whose alerts to list.');
    }
    if (!query.includeDismissed) q.andWhere('a.dismissed_at IS NULL');
    return keysetPage(q, query, NEWEST_FIRST);
  }

  /** The seeker's alerts still to act on, newest first, for the dashboard. */
  async open(actor: Actor, limit: number): Promise<HiringAlertEntity[]> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) throw new ForbiddenError();
    return this.dataSource
      .getRepository(HiringAlertEntity)
      .createQueryBuilder('a')
      .where('a.owner_id = :seekerId AND a.dismissed_at IS NULL', { seekerId })
      .orderBy('a.created_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** The seeker puts the alert away; dismissing twice keeps the first time. */
  async dismiss(actor: Actor, id: string, now: Date): Promise<HiringAlertEntity> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError('Only the seeker dismisses an alert.');
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(HiringAlertEntity);
      const row = writable(actor, await repo.findOneBy({ id }), SEEKER_HIRING_ALERT);
      if (row.dismissedAt === null) await repo.update({ id }, { dismissedAt: now });
      return repo.findOneByOrFail({ id });
    });
  }

  /**
   * Companies hiring now where at least one seeker met someone, those that
   * turned to HIRING most recently first. Staff only; the seekers themselves
   * come per company from the warmCandidatesByCompany loader.
   */
  warmCandidateCompanies(actor: Actor, page: PageArgs): Promise<Connection<CompanyEntity>> {
    if (!isAgency(actor)) throw new ForbiddenError();
    const met = this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .select('1')
      .innerJoin(ContactEntity, 'ct', 'ct.id = m.contact_id')
      .where('ct.company_id = c.id')
      .andWhere("m.status = 'COMPLETED'");
    const q = this.dataSource
      .getRepository(CompanyEntity)
      .createQueryBuilder('c')
      .where('c.hiring_status = :hiring', { hiring: 'HIRING' })
      .andWhere(`EXISTS (${met.getQuery()})`);
    return keysetPage(q, page, RECENTLY_HIRING_FIRST);
  }
}
