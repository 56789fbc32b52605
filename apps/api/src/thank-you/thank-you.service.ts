import { randomUUID } from 'node:crypto';
import {
  meetingRealEnd,
  planThankYouCard,
  recordThankYouSent,
  thankYouState,
  type AgencySettings,
  type Meeting,
  type ThankYouCard,
  type ThankYouStatus,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, orThrow, RuleBrokenError } from '../common/errors.js';
import { onlyReadable, readable, writable, type OwnershipRule } from '../common/ownership.js';
import { keysetPage, type Connection, type PageArgs, type SortKey } from '../common/paging.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { ThankYouCardEntity } from './thank-you-card.entity.js';

/** A seeker's thank-you notes: theirs to send; staff read them to coach. */
export const SEEKER_CARD: OwnershipRule = { what: 'That thank-you card', staff: 'read' };

/** The earliest due date first, so overdue notes lead. */
const DUE_FIRST: readonly SortKey<ThankYouCardEntity>[] = [
  { column: 'card.due_on', value: (r) => r.dueOn },
  { column: 'card.id', value: (r) => r.id },
];

const LATEST_SENT_FIRST: readonly SortKey<ThankYouCardEntity>[] = [
  { column: 'card.sent_at', value: (r) => r.sentAt!, direction: 'DESC' },
  { column: 'card.id', value: (r) => r.id, direction: 'DESC' },
];

const DASHBOARD_ITEMS = 3;

/** The domain's card from its row and its meeting (whose real end no note may precede). */
export function cardOf(
  row: ThankYouCardEntity,
  meeting: Pick<MeetingEntity, 'startsAt' | 'durationMinutes' | 'endedAt'>,
): ThankYouCard {
  return {
    id: row.id,
    meetingId: row.meetingId,
    seekerId: row.ownerId,
    contactId: row.contactId,
    status: row.status,
    meetingEndedAt: meetingRealEnd(meeting),
    dueOn: row.dueOn,
    timeZone: row.timeZone,
    kind: row.kind,
    sentAt: row.sentAt,
  };
}

/**
 * What the meetings concept calls in the transaction that completes a
 * meeting: the thank-you note goes on the seeker's list, due by the
 * domain's rule (business days after the meeting's real end, on the
 * seeker's calendar). Once per meeting.
 */
export async function planThankYouCardFor(
  manager: EntityManager,
  meeting: Meeting,
  settings: AgencySettings,
  seekerTimeZone: string,
  now: Date,
): Promise<void> {
  const cards = manager.getRepository(ThankYouCardEntity);
  if (await cards.existsBy({ meetingId: meeting.id })) return;
  const planned = planThankYouCard({ id: randomUUID(), meeting, seekerTimeZone, settings });
  if (!planned.ok && planned.error.code === 'TIME.INVALID_TIME_ZONE') {
    throw new RuleBrokenError(planned.error.code, planned.error.message, { field: 'timeZone' });
  }
  const card = orThrow(planned);
  await cards.insert({
    id: card.id,
    ownerId: card.seekerId,
    meetingId: card.meetingId,
    contactId: card.contactId,
    status: card.status,
    dueOn: card.dueOn,
    timeZone: card.timeZone,
    kind: card.kind,
    sentAt: card.sentAt,
    createdAt: now,
  });
}

export class ThankYouService {
  constructor(private readonly dataSource: DataSource) {}

  private get cards() {
    return this.dataSource.getRepository(ThankYouCardEntity);
  }

  async get(actor: Actor, id: string): Promise<ThankYouCardEntity> {
    return readable(actor, await this.cards.findOneBy({ id }), SEEKER_CARD);
  }

  /**
   * Records the note sent, by hand or by email, at `sentAt` (now when left
   * out): never before the meeting really ended, never in the future, once.
   */
  async markSent(
    actor: Actor,
    id: string,
    input: { kind: string; sentAt?: Date | null },
    now: Date,
  ): Promise<ThankYouCardEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const row = writable(
        actor,
        await manager.getRepository(ThankYouCardEntity).findOneBy({ id }),
        SEEKER_CARD,
      );
      const meeting = await manager
        .getRepository(MeetingEntity)
        .findOneByOrFail({ id: row.meetingId });
      const sent = orThrow(
        recordThankYouSent({
          card: cardOf(row, meeting),
          kind: input.kind,
          sentAt: input.sentAt ?? now,
          now,
        }),
      );
      await manager.update(
        ThankYouCardEntity,
        { id },
        { status: sent.status, kind: sent.kind, sentAt: sent.sentAt },
      );
      return manager.getRepository(ThankYouCardEntity).findOneByOrFail({ id });
    });
  }

  /** The seeker's notes still to send (earliest due first), or those sent (latest first). */
  mine(
    actor: Actor,
    page: PageArgs & { status: ThankYouStatus },
  ): Promise<Connection<ThankYouCardEntity>> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError();
    return this.page(this.owned(actor, page.status), page, page.status);
  }

  /** One seeker's notes, for staff coaching them. */
  forSeeker(
    actor: Actor,
    seekerId: string,
    page: PageArgs & { status: ThankYouStatus },
  ): Promise<Connection<ThankYouCardEntity>> {
    if (!isAgency(actor) && actor.kind !== 'apiKey') throw new ForbiddenError();
    const q = this.owned(actor, page.status).andWhere('card.owner_id = :seekerId', { seekerId });
    return this.page(q, page, page.status);
  }

  private owned(actor: Actor, status: ThankYouStatus) {
    return onlyReadable(
      this.cards.createQueryBuilder('card'),
      actor,
      'card.owner_id',
      SEEKER_CARD,
    ).andWhere('card.status = :status', { status });
  }

  private page(
    query: ReturnType<ThankYouService['owned']>,
    page: PageArgs,
    status: ThankYouStatus,
  ): Promise<Connection<ThankYouCardEntity>> {
    return keysetPage(query, page, status === 'SENT' ? LATEST_SENT_FIRST : DUE_FIRST);
  }

  /**
   * The dashboard's section. Due today and overdue depend on each note's
   * zone, so the domain decides them over the pending notes grouped by due
   * date and zone: a handful of rows, whatever the count.
   */
  async due(actor: Actor, now: Date) {
    const groups: { dueOn: string; timeZone: string; count: string | number }[] = await this.owned(
      actor,
      'PENDING',
    )
      .select('card.due_on', 'dueOn')
      .addSelect('card.time_zone', 'timeZone')
      .addSelect('COUNT(*)', 'count')
      .groupBy('card.due_on')
      .addGroupBy('card.time_zone')
      .getRawMany();
    let count = 0;
    let dueTodayCount = 0;
    let overdueCount = 0;
    for (const group of groups) {
      const n = Number(group.count);
      count += n;
      const state = thankYouState(
        { status: 'PENDING', dueOn: group.dueOn, timeZone: group.timeZone },
        now,
      );
      if (state === 'OVERDUE') overdueCount += n;
      if (state === 'DUE_TODAY') dueTodayCount += n;
    }
    const items =
      count === 0
        ? []
        : (
            await this.page(this.owned(actor, 'PENDING'), { first: DASHBOARD_ITEMS }, 'PENDING')
          ).edges.map((edge) => edge.node);
    return { count, dueTodayCount, overdueCount, items };
  }
}

/** Each meeting's card, if it has one. Only for meetings already checked. */
export async function cardsOfMeetings(
  dataSource: DataSource,
  meetingIds: readonly string[],
): Promise<(ThankYouCardEntity | null)[]> {
  const rows = await dataSource
    .getRepository(ThankYouCardEntity)
    .createQueryBuilder('card')
    .where('card.meeting_id IN (:...ids)', { ids: [...meetingIds] })
    .getMany();
  const byMeeting = new Map(rows.map((row) => [row.meetingId, row]));
  return meetingIds.map((id) => byMeeting.get(id) ?? null);
}
