import { AGENDA_LIMITS, agendaTodayWindow, meetingAgenda } from '@rapport/domain';
import type { DataSource } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { SEEKER_ASK } from '../ask/ask.service.js';
import { isAgency, type Actor, type SessionUser } from '../common/actor.js';
import { ForbiddenError, NotFoundError } from '../common/errors.js';
import { onlyReadable } from '../common/ownership.js';
import { likePattern } from '../common/like-pattern.js';
import { keysetPage, type Connection, type PageArgs, type SortKey } from '../common/paging.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import { UserEntity } from '../user/user.entity.js';

const USER_COLUMNS = ['u.id', 'u.email', 'u.name', 'u.role', 'u.createdAt'];

const ASKS_NEWEST_FIRST: readonly SortKey<AskEntity>[] = [
  { column: 'a.asked_at', value: (r) => r.askedAt, direction: 'DESC' },
  { column: 'a.id', value: (r) => r.id, direction: 'DESC' },
];

const MEETINGS_LATEST_FIRST: readonly SortKey<MeetingEntity>[] = [
  { column: 'm.starts_at', value: (r) => r.startsAt, direction: 'DESC' },
  { column: 'm.id', value: (r) => r.id, direction: 'DESC' },
];

export interface MeetingAgenda {
  today: MeetingEntity[];
  upcoming: MeetingEntity[];
}

function staffOnly(actor: Actor): void {
  if (!isAgency(actor)) throw new ForbiddenError('Only agency staff see seekers’ pages.');
}

/**
 * What staff see of the seekers they coach (the list, a seeker's page with
 * their asks and meetings), and the seeker's own meeting agenda for the
 * dashboard.
 */
export class SeekerService {
  constructor(private readonly dataSource: DataSource) {}

  /** Seekers by name; the search matches any part of the name or email, any case. */
  list(actor: Actor, page: PageArgs & { search?: string | null }): Promise<Connection<UserEntity>> {
    staffOnly(actor);
    const q = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(USER_COLUMNS)
      .where('u.role = :role', { role: 'SEEKER' });
    const search = page.search?.trim();
    if (search) {
      q.andWhere("(LOWER(u.name) LIKE :pattern ESCAPE '\\' OR u.email LIKE :pattern ESCAPE '\\')", {
        pattern: likePattern(search),
      });
    }
    return keysetPage(q, page, [
      { column: 'u.name', value: (row) => row.name },
      { column: 'u.id', value: (row) => row.id },
    ]);
  }

  /** One seeker's account; any other id (staff included) is not found. */
  async get(actor: Actor, id: string): Promise<SessionUser> {
    staffOnly(actor);
    const row = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .select(USER_COLUMNS)
      .where('u.id = :id AND u.role = :role', { id, role: 'SEEKER' })
      .getOne();
    if (!row) throw new NotFoundError('That seeker');
    return row;
  }

  /** A seeker's asks, newest first, as the ownership rule lets the actor read them. */
  asks(actor: Actor, seekerId: string, page: PageArgs): Promise<Connection<AskEntity>> {
    const q = onlyReadable(
      this.dataSource.getRepository(AskEntity).createQueryBuilder('a'),
      actor,
      'a.owner_id',
      SEEKER_ASK,
    ).andWhere('a.owner_id = :seekerId', { seekerId });
    return keysetPage(q, page, ASKS_NEWEST_FIRST);
  }

  /** A seeker's meetings, latest first (a coach looks back), as the ownership rule allows. */
  meetings(actor: Actor, seekerId: string, page: PageArgs): Promise<Connection<MeetingEntity>> {
    const q = onlyReadable(
      this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m'),
      actor,
      'm.owner_id',
      SEEKER_MEETING,
    ).andWhere('m.owner_id = :seekerId', { seekerId });
    return keysetPage(q, page, MEETINGS_LATEST_FIRST);
  }

  /**
   * Today's meetings and the next ones, as the domain's meetingAgenda places
   * them. Two statements: the meetings near enough to be today in any zone,
   * and the next scheduled ones (as many more as today's could take away).
   */
  async agenda(seekerId: string, now: Date): Promise<MeetingAgenda> {
    const repo = this.dataSource.getRepository(MeetingEntity);
    const { from, to } = agendaTodayWindow(now);
    const near = await repo
      .createQueryBuilder('m')
      .where('m.owner_id = :seekerId', { seekerId })
      .andWhere('m.starts_at >= :from AND m.starts_at <= :to', { from, to })
      .andWhere('m.status <> :cancelled', { cancelled: 'CANCELLED' })
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
    const next = await repo
      .createQueryBuilder('m')
      .where('m.owner_id = :seekerId', { seekerId })
      .andWhere('m.starts_at > :now', { now })
      .andWhere('m.status = :scheduled', { scheduled: 'SCHEDULED' })
      .orderBy('m.starts_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .limit(AGENDA_LIMITS.upcoming + near.length)
      .getMany();
    const nearIds = new Set(near.map((m) => m.id));
    return meetingAgenda([...near, ...next.filter((m) => !nearIds.has(m.id))], now);
  }
}
