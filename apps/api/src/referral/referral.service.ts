import { randomUUID } from 'node:crypto';
import {
  convertReferral,
  followUpState,
  recordFollowUp,
  recordReferral,
  validateReferral,
  type AskChannel,
  type Referral,
} from '@rapport/domain';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import type { AskService } from '../ask/ask.service.js';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, orThrow, RuleBrokenError } from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { onlyReadable, readable, writable, type OwnershipRule } from '../common/ownership.js';
import { keysetPage, type Connection, type PageArgs, type SortKey } from '../common/paging.js';
import { writeTransaction } from '../common/transaction.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { identify, identityLocks, insertContactRecord } from '../contact/contact.service.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import type { NetworkService } from '../network/network.service.js';
import { emitEvent } from '../webhook/outbox.js';
import { ReferralEntity } from './referral.entity.js';

/** A seeker's referrals: theirs to follow up; staff read them to coach. */
export const SEEKER_REFERRAL: OwnershipRule = { what: 'That referral', staff: 'read' };

/** Oldest due date first, so overdue follow-ups lead; then in the order they were given. */
export const DUE_FIRST: readonly SortKey<ReferralEntity>[] = [
  { column: 'r.follow_up_due_on', value: (r) => r.followUpDueOn },
  { column: 'r.recorded_at', value: (r) => r.recordedAt },
  { column: 'r.id', value: (r) => r.id },
];

const NEWEST_FIRST: readonly SortKey<ReferralEntity>[] = [
  { column: 'r.recorded_at', value: (r) => r.recordedAt, direction: 'DESC' },
  { column: 'r.id', value: (r) => r.id, direction: 'DESC' },
];

/** How many follow-ups the dashboard shows before "see all". */
export const DASHBOARD_ITEMS = 3;

export interface RecordReferralInput {
  meetingId: string;
  name: string;
  title?: string | null;
  companyId?: string | null;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  howToReach?: string | null;
  note?: string | null;
  timeZone?: string | null;
}

/** The domain's referral from its row. */
export function referralOf(row: ReferralEntity): Referral {
  return {
    id: row.id,
    seekerId: row.ownerId,
    givenByContactId: row.givenByContactId,
    meetingId: row.meetingId,
    recordedAt: row.recordedAt,
    followUpDueOn: row.followUpDueOn,
    timeZone: row.timeZone,
    followedUpAt: row.followedUpAt,
    contactId: row.contactId,
    name: row.name,
    title: row.title,
    companyName: row.companyName,
    companyId: row.companyId,
    email: row.email,
    phone: row.phone,
    howToReach: row.howToReach,
    note: row.note,
  };
}

export class ReferralService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly network: Pick<NetworkService, 'recordReferral'>,
    private readonly asks: Pick<AskService, 'record'>,
  ) {}

  private get referrals() {
    return this.dataSource.getRepository(ReferralEntity);
  }

  async get(actor: Actor, id: string): Promise<ReferralEntity> {
    return readable(actor, await this.referrals.findOneBy({ id }), SEEKER_REFERRAL);
  }

  /**
   * A name given at the end of the seeker's meeting, recorded from the
   * moment the meeting has started (the seed asks for referrals as it ends:
   * a seeker may type them while the person is still there, or later) and
   * never from a meeting cancelled or missed. In one transaction: the
   * seeker's private contact for the person (source REFERRAL, joined to the
   * person the agency already knows, or the seeker's own record of them
   * reused), the referral with its follow-up due that same day on the
   * seeker's clock, the REFERRED link from the person met, and the
   * `referral.created` event. Any failure leaves none of them behind.
   */
  async record(actor: Actor, input: RecordReferralInput, now: Date): Promise<ReferralEntity> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) throw new ForbiddenError('Only job seekers record referrals.');
    const meetingId = fromGlobalId(input.meetingId, 'Meeting');
    const givenCompanyId = input.companyId ? fromGlobalId(input.companyId, 'Company') : null;
    // Checked before any lock, so a typing mistake costs no transaction.
    const checked = orThrow(validateReferral({ ...input, companyId: givenCompanyId }));
    const company = await this.companyFor(givenCompanyId, checked.companyName);
    const id = randomUUID();
    const newContactId = randomUUID();
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const meeting = writable(
          actor,
          await manager.getRepository(MeetingEntity).findOneBy({ id: meetingId }),
          SEEKER_MEETING,
        );
        const recorded = recordReferral({
          id,
          seekerId,
          givenByContactId: meeting.contactId,
          meeting: { id: meeting.id, status: meeting.status, startsAt: meeting.startsAt },
          draft: {
            ...checked,
            companyId: company?.id ?? null,
            companyName: company?.name ?? checked.companyName,
          },
          seekerTimeZone: input.timeZone?.trim() || meeting.timeZone,
          now,
        });
        if (!recorded.ok && recorded.error.code === 'TIME.INVALID_TIME_ZONE') {
          throw new RuleBrokenError(recorded.error.code, recorded.error.message, {
            field: 'timeZone',
          });
        }
        const referral = orThrow(recorded);
        const giver = await manager
          .getRepository(ContactEntity)
          .findOneByOrFail({ id: meeting.contactId });
        const person = await identify(manager, newContactId, {
          name: referral.name,
          email: referral.email,
          companyId: referral.companyId,
        });
        if (person && person.personId === giver.personId) {
          throw new RuleBrokenError(
            'NETWORK.SELF_CONNECTION',
            `That is ${giver.fullName}, the person you met. A referral is someone else they named.`,
            { field: 'name' },
          );
        }
        const own = person ? await this.ownRecordOf(manager, seekerId, person.personId) : null;
        if (own && (await this.alreadyGiven(manager, seekerId, giver.id, own.id))) {
          throw new RuleBrokenError(
            'REFERRAL.ALREADY_RECORDED',
            `${giver.fullName} already gave you ${own.fullName}'s name; it is on your list.`,
            { field: 'name', details: { contactId: toGlobalId('Contact', own.id) } },
          );
        }
        const converted = orThrow(
          convertReferral({
            referral,
            contactId: newContactId,
            connectionId: randomUUID(),
            existingContact: own,
            now,
          }),
        );
        if (converted.contact) {
          const { id: _id, companyId: _company, source, ...details } = converted.contact;
          await insertContactRecord(
            manager,
            {
              id: converted.contactId,
              company,
              ownerId: seekerId,
              details: {
                name: details.name,
                title: details.title,
                email: details.email,
                phone: details.phone,
                mailingAddress: details.mailingAddress,
                notes: details.notes,
                tags: details.tags,
              },
              source,
              sharedWithSeekers: false,
              now,
            },
            person,
          );
        }
        await manager.insert(ReferralEntity, {
          id,
          ownerId: seekerId,
          meetingId: meeting.id,
          givenByContactId: giver.id,
          contactId: converted.contactId,
          askId: null,
          name: referral.name,
          title: referral.title,
          companyId: referral.companyId,
          companyName: referral.companyName,
          email: referral.email,
          phone: referral.phone,
          howToReach: referral.howToReach,
          note: referral.note,
          recordedAt: referral.recordedAt,
          followUpDueOn: referral.followUpDueOn,
          timeZone: referral.timeZone,
          followedUpAt: null,
        });
        await this.network.recordReferral(
          {
            referralId: id,
            seekerId,
            giverContactId: giver.id,
            referredContactId: converted.contactId,
            at: now,
          },
          manager,
        );
        // The shape promised in webhook/webhook-events.ts: ids only. The
        // referred person is the seeker's private contact, so their name
        // stays behind the API, where each read checks the key's scope.
        await emitEvent(
          manager,
          'referral.created',
          {
            referral: {
              id: toGlobalId('Referral', id),
              meeting: { id: toGlobalId('Meeting', meeting.id) },
              referredBy: { id: toGlobalId('Contact', giver.id) },
              createdAt: now.toISOString(),
            },
          },
          now,
        );
        return manager.getRepository(ReferralEntity).findOneByOrFail({ id });
      },
      identityLocks(checked.name, checked.email, company?.id ?? null),
    );
  }

  /** A company the agency knows: by id, or by its name with case ignored; none otherwise. */
  private async companyFor(
    companyId: string | null,
    companyName: string | null,
  ): Promise<CompanyEntity | null> {
    const companies = this.dataSource.getRepository(CompanyEntity);
    if (companyId) {
      const company = await companies.findOneBy({ id: companyId });
      if (!company) {
        throw new RuleBrokenError('REFERRAL.INVALID_FIELD', 'That company was not found.', {
          field: 'companyId',
        });
      }
      return company;
    }
    if (!companyName) return null;
    return companies.findOneBy({ nameKey: companyName.toLowerCase() });
  }

  /** The seeker's own live record of a person, to reuse instead of making a second one. */
  private async ownRecordOf(manager: EntityManager, seekerId: string, personId: string) {
    return manager.getRepository(ContactEntity).findOne({
      where: { ownerId: seekerId, personId, mergedIntoId: IsNull(), archivedAt: IsNull() },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  private alreadyGiven(
    manager: EntityManager,
    seekerId: string,
    givenByContactId: string,
    contactId: string,
  ): Promise<boolean> {
    return manager
      .getRepository(ReferralEntity)
      .existsBy({ ownerId: seekerId, givenByContactId, contactId });
  }

  /** The seeker followed up some other way (a call, an email): the referral leaves the list. */
  async markFollowedUp(actor: Actor, id: string, now: Date): Promise<ReferralEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const row = writable(
        actor,
        await manager.getRepository(ReferralEntity).findOneBy({ id }),
        SEEKER_REFERRAL,
      );
      const done = orThrow(recordFollowUp(referralOf(row), now));
      await manager.update(ReferralEntity, { id }, { followedUpAt: done.followedUpAt });
      return manager.getRepository(ReferralEntity).findOneByOrFail({ id });
    });
  }

  /**
   * "Ask now": the follow-up becomes an ask of the referred person in one
   * step, through the ask concept's own path, so ask-once, do-not-contact
   * and the agency throttle decide as for any ask (their refusals carry the
   * next people to try). The follow-up is marked done with the ask in the
   * same transaction; a refused ask leaves the follow-up open.
   */
  async ask(
    actor: Actor,
    id: string,
    input: { channel: AskChannel; note?: string | null },
    now: Date,
  ): Promise<ReferralEntity> {
    const row = writable(actor, await this.referrals.findOneBy({ id }), SEEKER_REFERRAL);
    orThrow(recordFollowUp(referralOf(row), now));
    await this.asks.record(
      actor,
      { contactId: toGlobalId('Contact', row.contactId), channel: input.channel, note: input.note },
      now,
      async (manager, ask) => {
        const current = await manager.getRepository(ReferralEntity).findOneByOrFail({ id });
        const done = orThrow(recordFollowUp(referralOf(current), now));
        await manager.update(
          ReferralEntity,
          { id },
          { followedUpAt: done.followedUpAt, askId: ask.id },
        );
      },
    );
    return this.referrals.findOneByOrFail({ id });
  }

  /** The seeker's referrals still to follow up, overdue first. */
  followUps(actor: Actor, page: PageArgs): Promise<Connection<ReferralEntity>> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError();
    return keysetPage(this.pending(actor), page, DUE_FIRST);
  }

  private pending(actor: Actor) {
    return onlyReadable(
      this.referrals.createQueryBuilder('r'),
      actor,
      'r.owner_id',
      SEEKER_REFERRAL,
    ).andWhere('r.followed_up_at IS NULL');
  }

  /**
   * The dashboard's section: how many wait, how many are overdue and the
   * first few. Overdue is decided per zone by the domain, over the pending
   * rows grouped by due date and zone: a handful of rows, whatever the count.
   */
  async followUpsDue(actor: Actor, now: Date) {
    const groups: { dueOn: string; timeZone: string; count: string | number }[] =
      await this.pending(actor)
        .select('r.follow_up_due_on', 'dueOn')
        .addSelect('r.time_zone', 'timeZone')
        .addSelect('COUNT(*)', 'count')
        .groupBy('r.follow_up_due_on')
        .addGroupBy('r.time_zone')
        .getRawMany();
    let count = 0;
    let overdueCount = 0;
    for (const group of groups) {
      const n = Number(group.count);
      count += n;
      const state = followUpState(
        { followUpDueOn: group.dueOn, timeZone: group.timeZone, followedUpAt: null },
        now,
      );
      if (state === 'OVERDUE') overdueCount += n;
    }
    const items =
      count === 0
        ? []
        : (await keysetPage(this.pending(actor), { first: DASHBOARD_ITEMS }, DUE_FIRST)).edges.map(
            (edge) => edge.node,
          );
    return { count, overdueCount, items };
  }

  /** Every referral a seeker collected, newest first: staff coaching a seeker. */
  forSeeker(actor: Actor, seekerId: string, page: PageArgs): Promise<Connection<ReferralEntity>> {
    if (!isAgency(actor) && actor.kind !== 'apiKey') throw new ForbiddenError();
    const q = onlyReadable(
      this.referrals.createQueryBuilder('r'),
      actor,
      'r.owner_id',
      SEEKER_REFERRAL,
    ).andWhere('r.owner_id = :seekerId', { seekerId });
    return keysetPage(q, page, NEWEST_FIRST);
  }
}

/** The referrals given at one meeting, in the order the seeker typed them. */
export async function referralsOfMeetings(
  dataSource: DataSource,
  meetingIds: readonly string[],
): Promise<ReferralEntity[][]> {
  const rows = await dataSource
    .getRepository(ReferralEntity)
    .createQueryBuilder('r')
    .where('r.meeting_id IN (:...ids)', { ids: [...meetingIds] })
    .orderBy('r.recorded_at', 'ASC')
    .addOrderBy('r.id', 'ASC')
    .getMany();
  const byMeeting = new Map<string, ReferralEntity[]>();
  for (const row of rows)
    byMeeting.set(row.meetingId, [...(byMeeting.get(row.meetingId) ?? []), row]);
  return meetingIds.map((id) => byMeeting.get(id) ?? []);
}
