import { randomUUID } from 'node:crypto';
import {
  changeMeetingStatus,
  meetingFromRecord,
  meetingInvitation,
  rescheduleMeeting,
  scheduleMeeting,
  withdrawProposal,
  type CalendarInvitation,
  type InvitationAudience,
  type Meeting,
  type MeetingStatus,
} from '@rapport/domain';
import { createEvent } from 'ics';
import type { DataSource, EntityManager } from 'typeorm';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, NotFoundError, orThrow } from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { onlyReadable, readable, writable, type OwnershipRule } from '../common/ownership.js';
import { keysetPage, type Connection, type PageArgs, type SortKey } from '../common/paging.js';
import { writeTransaction } from '../common/transaction.js';
import { AskEntity } from '../ask/ask.entity.js';
import { SEEKER_ASK, type OpenProposals } from '../ask/ask.service.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import type { SettingsService } from '../settings/settings.service.js';
import { planThankYouCardFor } from '../thank-you/thank-you.service.js';
import { UserEntity } from '../user/user.entity.js';
import { emitEvent } from '../webhook/outbox.js';
import { MeetingEntity, MeetingRescheduleEntity } from './meeting.entity.js';

/** A seeker's meetings: theirs to run; staff read them to coach. */
export const SEEKER_MEETING: OwnershipRule = { what: 'That meeting', staff: 'read' };

const SOONEST_FIRST: readonly SortKey<MeetingEntity>[] = [
  { column: 'm.starts_at', value: (r) => r.startsAt },
  { column: 'm.id', value: (r) => r.id },
];
const LATEST_FIRST: readonly SortKey<MeetingEntity>[] = [
  { column: 'm.starts_at', value: (r) => r.startsAt, direction: 'DESC' },
  { column: 'm.id', value: (r) => r.id, direction: 'DESC' },
];

/**
 * What the network concept does when a meeting took place: the seeker's MET
 * link to the person they met. It runs inside the completing transaction
 * (given its manager), so a completed meeting never lacks its link.
 */
export interface MeetingHeldHook {
  recordMeetingHeld(
    meeting: Pick<Meeting, 'id' | 'seekerId' | 'contactId' | 'status'>,
    now: Date,
    manager: EntityManager,
  ): Promise<unknown>;
}

/** What narrows the agency-wide list of meetings. */
export interface AgencyMeetingsFilter {
  status?: MeetingStatus | null;
  seekerId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
  /** Starting at or after. */
  from?: Date | null;
  /** Starting before. */
  before?: Date | null;
}

export interface LocationInput {
  kind: string;
  details?: string | null;
}

export interface ScheduleInput {
  askId: string;
  startsAt: Date;
  durationMinutes?: number | null;
  timeZone: string;
  location?: LocationInput | null;
}

export interface RescheduleInput {
  startsAt: Date;
  durationMinutes?: number | null;
  timeZone?: string | null;
  reason?: string | null;
}

/** The domain's meeting from the stored rows, read back through the domain's one reader. */
export function meetingOf(row: MeetingEntity, reschedules: readonly MeetingRescheduleEntity[]) {
  return orThrow(
    meetingFromRecord({
      id: row.id,
      requestId: row.askId,
      seekerId: row.ownerId,
      contactId: row.contactId,
      status: row.status,
      startsAt: row.startsAt,
      durationMinutes: row.durationMinutes,
      timeZone: row.timeZone,
      location: { kind: row.locationKind, details: row.locationDetails },
      statusChangedAt: row.statusChangedAt,
      endedAt: row.endedAt,
      reschedules: [...reschedules]
        .sort((a, b) => a.position - b.position)
        .map((r) => ({
          id: r.id,
          startsAt: r.startsAt,
          durationMinutes: r.durationMinutes,
          timeZone: r.timeZone,
          rescheduledAt: r.rescheduledAt,
          reason: r.reason,
        })),
    }),
  );
}

export function meetingColumns(meeting: Meeting) {
  return {
    status: meeting.status,
    startsAt: meeting.startsAt,
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone,
    locationKind: meeting.location.kind,
    locationDetails: meeting.location.details,
    statusChangedAt: meeting.statusChangedAt,
    endedAt: meeting.endedAt,
  };
}

/** `ics` takes UTC instants as [year, month, day, hour, minute]. */
function utcParts(date: Date): [number, number, number, number, number] {
  return [
    date.getUTCFullYear(),
    date.getUTCMonth() + 1,
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
  ];
}

/** The domain's invitation written as an iCalendar file by the `ics` library. */
export function invitationFile(invitation: CalendarInvitation): string {
  const person = (p: { name: string; email: string | null }) =>
    p.email ? { name: p.name, email: p.email } : { name: p.name };
  const { error, value } = createEvent({
    uid: invitation.uid,
    sequence: invitation.sequence,
    method: invitation.method,
    status: invitation.status,
    start: utcParts(invitation.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(invitation.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: invitation.title,
    description: invitation.description,
    location: invitation.location,
    ...(invitation.url ? { url: invitation.url } : {}),
    organizer: person(invitation.organizer),
    attendees: invitation.attendees.map((a) => ({
      ...person(a),
      rsvp: true,
      role: 'REQ-PARTICIPANT',
    })),
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be written.');
  return value;
}

export class MeetingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SettingsService,
    private readonly network: MeetingHeldHook,
    private readonly proposals: OpenProposals,
  ) {}

  private async load(manager: EntityManager, id: string) {
    const row = await manager.getRepository(MeetingEntity).findOneBy({ id });
    const reschedules = row
      ? await manager.getRepository(MeetingRescheduleEntity).findBy({ meetingId: id })
      : [];
    return { row, reschedules };
  }

  async get(actor: Actor, id: string): Promise<MeetingEntity> {
    if (actor.kind === 'apiKey') {
      // A partner's key (interviews:read, checked before this runs) reads
      // meetings with the agency's contacts, as the agency-wide list shows them.
      const row = await this.agencyMeetings().andWhere('m.id = :id', { id }).getOne();
      if (!row) throw new NotFoundError(SEEKER_MEETING.what);
      return row;
    }
    return readable(
      actor,
      await this.dataSource.getRepository(MeetingEntity).findOneBy({ id }),
      SEEKER_MEETING,
    );
  }

  /**
   * Meetings with the agency's own contacts. A meeting with a seeker's
   * private contact stays the seeker's (and their coach's, through the
   * seeker's pages): the person is the seeker's to share, not the agency's.
   */
  private agencyMeetings() {
    return this.dataSource
      .getRepository(MeetingEntity)
      .createQueryBuilder('m')
      .innerJoin(ContactEntity, 'mc', 'mc.id = m.contact_id AND mc.owner_id IS NULL');
  }

  /**
   * Every seeker's meetings with the agency's contacts, soonest first: staff
   * coaching across seekers, and partners' keys with interviews:read (the
   * agency's applicant-tracking system following its candidates).
   */
  agencyList(
    actor: Actor,
    filter: AgencyMeetingsFilter & PageArgs,
  ): Promise<Connection<MeetingEntity>> {
    if (!isAgency(actor) && actor.kind !== 'apiKey') throw new ForbiddenError();
    const q = this.agencyMeetings();
    if (filter.status) q.andWhere('m.status = :status', { status: filter.status });
    if (filter.seekerId) q.andWhere('m.owner_id = :seekerId', { seekerId: filter.seekerId });
    if (filter.contactId) q.andWhere('m.contact_id = :contactId', { contactId: filter.contactId });
    if (filter.companyId) q.andWhere('mc.company_id = :companyId', { companyId: filter.companyId });
    if (filter.from) q.andWhere('m.starts_at >= :from', { from: filter.from });
    if (filter.before) q.andWhere('m.starts_at < :before', { before: filter.before });
    return keysetPage(q, filter, SOONEST_FIRST);
  }

  /**
   * After a yes on the phone: books the meeting on the seeker's accepted ask.
   * The ask is locked so two bookings of one ask cannot both pass the
   * domain's one-live-meeting check. Times still offered through a link are
   * withdrawn in the same step: the time is settled.
   */
  async schedule(actor: Actor, input: ScheduleInput, now: Date): Promise<MeetingEntity> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError('Only job seekers schedule meetings.');
    const askId = fromGlobalId(input.askId, 'Ask');
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const ask = writable(
          actor,
          await manager.getRepository(AskEntity).findOneBy({ id: askId }),
          SEEKER_ASK,
        );
        const existing = await manager.getRepository(MeetingEntity).findBy({ askId });
        const meeting = orThrow(
          scheduleMeeting({
            id: randomUUID(),
            request: {
              id: ask.id,
              status: ask.status,
              seekerId: ask.ownerId,
              contactId: ask.contactId,
            },
            startsAt: input.startsAt,
            durationMinutes: input.durationMinutes,
            timeZone: input.timeZone,
            location: input.location,
            meetingsForRequest: existing.map((m) => ({ id: m.id, status: m.status })),
            now,
            settings: await this.settings.current(manager),
          }),
        );
        const offered = await this.proposals.openForAsk(manager, askId);
        if (offered) {
          await this.proposals.saveStatus(manager, orThrow(withdrawProposal(offered, now)));
        }
        return this.insert(manager, meeting, now);
      },
      [`ask:${askId}`],
    );
  }

  /** Writes a meeting the domain just booked (here or from a picked slot). */
  async insert(manager: EntityManager, meeting: Meeting, now: Date): Promise<MeetingEntity> {
    await manager.insert(MeetingEntity, {
      id: meeting.id,
      ownerId: meeting.seekerId,
      askId: meeting.requestId,
      contactId: meeting.contactId,
      ...meetingColumns(meeting),
      createdAt: now,
    });
    return manager.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id });
  }

  /** Moves the meeting; the time it had becomes a history row. */
  async reschedule(
    actor: Actor,
    id: string,
    input: RescheduleInput,
    now: Date,
  ): Promise<MeetingEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const { row, reschedules } = await this.load(manager, id);
      const current = meetingOf(writable(actor, row, SEEKER_MEETING), reschedules);
      const moved = orThrow(
        rescheduleMeeting(current, {
          id: randomUUID(),
          ...input,
          now,
          settings: await this.settings.current(manager),
        }),
      );
      const entry = moved.reschedules.at(-1)!;
      await manager.insert(MeetingRescheduleEntity, {
        id: entry.id,
        meetingId: id,
        position: reschedules.length,
        startsAt: entry.startsAt,
        durationMinutes: entry.durationMinutes,
        timeZone: entry.timeZone,
        rescheduledAt: entry.rescheduledAt,
        reason: entry.reason,
      });
      await manager.update(MeetingEntity, { id }, meetingColumns(moved));
      return manager.getRepository(MeetingEntity).findOneByOrFail({ id });
    });
  }

  /**
   * Cancelled, completed or no-show, by the domain's transitions. Completing
   * records the real end, the seeker's MET link and the thank-you note due
   * (counted on `seekerTimeZone`, the meeting's zone when not given) in the
   * same transaction.
   */
  async changeStatus(
    actor: Actor,
    id: string,
    to: Exclude<MeetingStatus, 'SCHEDULED'>,
    now: Date,
    endedAt?: Date | null,
    seekerTimeZone?: string | null,
  ): Promise<MeetingEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const { row, reschedules } = await this.load(manager, id);
      const current = meetingOf(writable(actor, row, SEEKER_MEETING), reschedules);
      // endedAt only counts for COMPLETED; the domain ignores it otherwise.
      const changed = orThrow(changeMeetingStatus(current, to, now, endedAt));
      await manager.update(MeetingEntity, { id }, meetingColumns(changed));
      if (changed.status === 'COMPLETED') {
        await this.network.recordMeetingHeld(changed, now, manager);
        await planThankYouCardFor(
          manager,
          changed,
          await this.settings.current(manager),
          seekerTimeZone?.trim() || changed.timeZone,
          now,
        );
        await announceCompleted(manager, changed, now);
      }
      return manager.getRepository(MeetingEntity).findOneByOrFail({ id });
    });
  }

  /**
   * The seeker's meetings, soonest first; `from` keeps those starting at or
   * after it. `past` keeps those no longer scheduled (held, missed or
   * cancelled), latest first.
   */
  list(
    actor: Actor,
    page: PageArgs & { status?: MeetingStatus | null; from?: Date | null; past?: boolean | null },
  ): Promise<Connection<MeetingEntity>> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError();
    const q = onlyReadable(
      this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m'),
      actor,
      'm.owner_id',
      SEEKER_MEETING,
    );
    if (page.status) q.andWhere('m.status = :status', { status: page.status });
    if (page.from) q.andWhere('m.starts_at >= :from', { from: page.from });
    if (page.past) q.andWhere("m.status <> 'SCHEDULED'");
    return keysetPage(q, page, page.past ? LATEST_FIRST : SOONEST_FIRST);
  }

  /** The .ics file for the owner's calendar (or, with audience CONTACT, to forward). */
  async invitation(actor: Actor, id: string, audience: InvitationAudience): Promise<string> {
    const manager = this.dataSource.manager;
    const { row, reschedules } = await this.load(manager, id);
    const meeting = meetingOf(writable(actor, row, SEEKER_MEETING), reschedules);
    const contact = await manager
      .getRepository(ContactEntity)
      .findOneByOrFail({ id: meeting.contactId });
    const company = contact.companyId
      ? await manager.getRepository(CompanyEntity).findOneBy({ id: contact.companyId })
      : null;
    const seeker = await manager.getRepository(UserEntity).findOneOrFail({
      where: { id: meeting.seekerId },
      select: { id: true, name: true, email: true },
    });
    return invitationFile(
      meetingInvitation({
        meeting,
        audience,
        seeker: { name: seeker.name, email: seeker.email },
        contact: { name: contact.fullName, email: contact.email },
        companyName: company?.name ?? null,
        officeAddress: contact.mailingAddress ?? company?.officeAddress ?? null,
        settings: await this.settings.current(manager),
      }),
    );
  }
}

/**
 * meeting.completed for webhook subscribers, queued in the completing
 * transaction (the dispatcher sends it after the commit, never during the
 * request). Only for meetings with the agency's contacts, the ones a
 * partner can read, and without anything personal: ids to fetch the rest
 * with interviews:read, and when it ended.
 */
async function announceCompleted(manager: EntityManager, meeting: Meeting, now: Date) {
  const contact = await manager.getRepository(ContactEntity).findOne({
    where: { id: meeting.contactId },
    select: { id: true, ownerId: true, companyId: true },
  });
  if (!contact || contact.ownerId !== null) return;
  await emitEvent(
    manager,
    'meeting.completed',
    {
      meeting: {
        id: toGlobalId('Meeting', meeting.id),
        contact: { id: toGlobalId('Contact', contact.id) },
        company: contact.companyId ? { id: toGlobalId('Company', contact.companyId) } : null,
        completedAt: (meeting.endedAt ?? now).toISOString(),
      },
    },
    now,
  );
}
