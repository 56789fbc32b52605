import { randomUUID } from 'node:crypto';
import {
  askForInterview,
  changeRequestStatus,
  closeRequestWithProposal,
  optionalText,
  suggestNextContacts,
  throttleWindowStart,
  type AgencySettings,
  type AskChannel,
  type AskRecord,
  type DomainError,
  type DomainErrorCode,
  type InterviewRequest,
  type RequestStatus,
  type SlotProposal,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, NotFoundError, orThrow, RuleBrokenError } from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import {
  onlyReadable,
  readable,
  readableCondition,
  writable,
  type OwnershipRule,
} from '../common/ownership.js';
import {
  keysetPage,
  plainKeysetPage,
  type Connection,
  type PageArgs,
  type SortKey,
} from '../common/paging.js';
import { flag, instant, sqlOf } from '../db/sql.js';
import { writeTransaction } from '../common/transaction.js';
import { isUniqueViolation } from '../db/unique-violation.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import {
  CONTACT_COLUMNS,
  contactFromRow,
  type ContactService,
} from '../contact/contact.service.js';
import type { SettingsService } from '../settings/settings.service.js';
import { emitEvent } from '../webhook/outbox.js';
import { AskEntity, AskStatusChangeEntity } from './ask.entity.js';
import type { Suggestion } from './ask.type.js';

/** One ask per seeker and person: the index that backs the ask-once rule. */
const ASK_ONCE = {
  constraint: 'uq_asks_owner_person',
  table: 'asks',
  columns: ['owner_id', 'person_id'],
};

/** A seeker's asks: theirs to read and change; staff read them to coach (the contact timeline). */
export const SEEKER_ASK: OwnershipRule = { what: 'That ask', staff: 'read' };

/** Every column of an ask, for reads with plain SQL (db/sql.ts). */
export const ASK_COLUMNS =
  'a.id, a.owner_id, a.contact_id, a.person_id, a.company_id, a.channel, a.note, a.status, a.asked_at, a.status_changed_at';

/** An ask row read with plain SQL, shaped as the entity. */
export function askFromRow(row: Record<string, unknown>): AskEntity {
  return {
    id: row.id as string,
    ownerId: row.owner_id as string,
    contactId: row.contact_id as string,
    personId: row.person_id as string,
    companyId: row.company_id as string | null,
    channel: row.channel as AskChannel,
    note: row.note as string | null,
    status: row.status as RequestStatus,
    askedAt: instant(row.asked_at),
    statusChangedAt: instant(row.status_changed_at),
  };
}

const NEWEST_FIRST: readonly SortKey<AskEntity>[] = [
  { column: 'a.asked_at', value: (r) => r.askedAt, direction: 'DESC' },
  { column: 'a.id', value: (r) => r.id, direction: 'DESC' },
];

/** How many agency contacts the suggestions consider beyond the same company. */
const NETWORK_CANDIDATES = 200;

/** What the ranking reads of a candidate contact. */
interface Candidate {
  id: string;
  personId: string;
  companyId: string | null;
  fullName: string;
  doNotContact: boolean;
  createdAt: Date;
}

/** What narrows the agency-wide list of asks. */
export interface AgencyAsksFilter {
  status?: RequestStatus | null;
  seekerId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
}

export interface RecordAskInput {
  contactId: string;
  channel: AskChannel;
  askedAt?: Date | null;
  note?: string | null;
}

/**
 * What the scheduling concept lends the ask service so that withdrawing or
 * declining an ask closes its open time proposal in the same transaction
 * (the contact's link then stops offering the times).
 */
export interface OpenProposals {
  openForAsk(manager: EntityManager, askId: string): Promise<SlotProposal | null>;
  saveStatus(manager: EntityManager, proposal: SlotProposal): Promise<void>;
}

export function toRequest(row: AskEntity): InterviewRequest {
  return {
    id: row.id,
    seekerId: row.ownerId,
    contactId: row.contactId,
    personId: row.personId,
    companyId: row.companyId,
    channel: row.channel,
    message: row.note,
    status: row.status,
    askedAt: row.askedAt,
    statusChangedAt: row.statusChangedAt,
  };
}

function checkNote(note: string | null | undefined): string | null {
  return orThrow(
    optionalText(note, {
      field: 'note',
      label: 'The note',
      max: 2000,
      code: 'REQUEST.INVALID_MESSAGE',
    }),
  );
}

/**
 * Stores an ask's new status and adds the step to its history; nothing when
 * the status did not change (a contact's answer on an ask already accepted).
 */
export async function writeAskStatus(
  manager: EntityManager,
  row: AskEntity,
  changed: InterviewRequest,
  note: string | null,
): Promise<void> {
  if (changed.status === row.status) return;
  await manager.update(
    AskEntity,
    { id: row.id },
    { status: changed.status, statusChangedAt: changed.statusChangedAt },
  );
  const position = await manager.count(AskStatusChangeEntity, { where: { askId: row.id } });
  await manager.insert(AskStatusChangeEntity, {
    id: randomUUID(),
    askId: row.id,
    position,
    status: changed.status,
    at: changed.statusChangedAt,
    note,
  });
}

const longDate = (date: Date) =>
  date.toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' });

export class AskService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactService,
    private readonly settings: SettingsService,
    private readonly proposals: OpenProposals,
  ) {}

  /**
   * The seeker records that they asked someone. Ask-once, do-not-contact and
   * the agency throttle are the domain's, applied to the person behind the
   * chosen record. The checks and the insert share one transaction with the
   * person locked (an advisory lock on PostgreSQL, the write queue on
   * SQLite), so of two concurrent asks the second counts the first; the
   * unique index on (owner_id, person_id) backs ask-once up, and a clash on
   * it is answered as the refusal it is. `along` runs in the same
   * transaction once the ask is written (a referral's follow-up is done by
   * the ask it became): if it throws, the ask is not made either.
   */
  async record(
    actor: Actor,
    input: RecordAskInput,
    now: Date,
    along?: (manager: EntityManager, ask: AskEntity) => Promise<void>,
  ): Promise<AskEntity> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) throw new ForbiddenError('Only job seekers record asks.');
    const contactId = fromGlobalId(input.contactId, 'Contact');
    const askedAt = input.askedAt ?? now;
    if (askedAt.getTime() > now.getTime() + 60_000) {
      throw new RuleBrokenError(
        'REQUEST.ASKED_IN_FUTURE',
        'The ask cannot be dated in the future.',
        {
          field: 'askedAt',
        },
      );
    }
    // Checked here as well as by the domain, whose field is `message`: the
    // client's input calls it `note`, and the error must land on that field.
    const note = checkNote(input.note);
    const chosen = await this.contacts.get(actor, contactId);
    const attempt = () =>
      writeTransaction(
        this.dataSource,
        async (manager) => {
          const contact = this.contacts.visible(
            actor,
            await manager.getRepository(ContactEntity).findOneBy({ id: contactId }),
          );
          const company = contact.companyId
            ? await manager.getRepository(CompanyEntity).findOneBy({ id: contact.companyId })
            : null;
          const settings = await this.settings.current(manager);
          const flagged = await manager
            .getRepository(ContactEntity)
            .createQueryBuilder('c')
            .where('c.person_id = :personId AND c.do_not_contact = true', {
              personId: contact.personId,
            })
            .getExists();
          const asks = await manager
            .getRepository(AskEntity)
            .createQueryBuilder('a')
            .where('a.person_id = :personId', { personId: contact.personId })
            .andWhere('(a.owner_id = :me OR a.asked_at > :windowStart)', {
              me: seekerId,
              windowStart: throttleWindowStart(now, settings),
            })
            .getMany();
          const outcome = askForInterview({
            id: randomUUID(),
            seekerId,
            contact: {
              id: contact.id,
              personId: contact.personId,
              name: contact.fullName,
              doNotContact: flagged || contact.doNotContact,
              company: company
                ? { id: company.id, name: company.name, hiringStatus: company.hiringStatus }
                : null,
            },
            asks: asks.map((a): AskRecord => ({ ...toRequest(a) })),
            channel: input.channel,
            message: note,
            now,
            settings,
          });
          if (!outcome.ok)
            return { refused: outcome.error, settings, companyId: contact.companyId };
          const request = { ...outcome.value.request, askedAt };
          await manager.insert(AskEntity, {
            id: request.id,
            ownerId: seekerId,
            contactId: request.contactId,
            personId: request.personId,
            companyId: request.companyId,
            channel: request.channel,
            note: request.message,
            status: request.status,
            askedAt: request.askedAt,
            statusChangedAt: request.askedAt,
          });
          await manager.insert(AskStatusChangeEntity, {
            id: randomUUID(),
            askId: request.id,
            position: 0,
            status: 'ASKED',
            at: request.askedAt,
            note: request.message,
          });
          const asked = await manager.getRepository(AskEntity).findOneByOrFail({ id: request.id });
          await along?.(manager, asked);
          return { asked };
        },
        [`person:${chosen.personId}`],
      );

    let result: Awaited<ReturnType<typeof attempt>>;
    try {
      result = await attempt();
    } catch (error) {
      // Only a concurrent identical ask gets here; run the rules again to answer it.
      if (!isUniqueViolation(error, ASK_ONCE)) throw error;
      result = await attempt();
    }
    if ('asked' in result && result.asked) return result.asked;
    const refusal = result as {
      refused: DomainError<DomainErrorCode>;
      settings: AgencySettings;
      companyId: string | null;
    };
    throw await this.refusal(actor, refusal.refused, refusal.settings, refusal.companyId, now);
  }

  /** The domain's refusal with the date of the first ask and who to try next, ids made global. */
  private async refusal(
    actor: Actor,
    error: DomainError<DomainErrorCode>,
    settings: AgencySettings,
    companyId: string | null,
    now: Date,
  ): Promise<RuleBrokenError> {
    const suggestions = await this.suggest(actor, settings.suggestionLimit, now, companyId);
    const details: Record<string, unknown> = { ...error.details };
    let message = error.message;
    if (error.code === 'REQUEST.ALREADY_ASKED' && typeof details.askedAt === 'string') {
      const first = new Date(details.askedAt);
      message = `${message} You asked on ${longDate(first)}.`;
      details.firstAskedAt = details.askedAt;
      if (typeof details.requestId === 'string')
        details.askId = toGlobalId('Ask', details.requestId);
      if (typeof details.contactId === 'string')
        details.contactId = toGlobalId('Contact', details.contactId);
      delete details.requestId;
    }
    details.suggestions = suggestions.map((s) => ({
      contactId: toGlobalId('Contact', s.contact.id),
      fullName: s.contact.fullName,
      reason: s.reason,
    }));
    return new RuleBrokenError(error.code, message, { field: error.field, details });
  }

  /**
   * Records the answer (or the seeker's withdrawal) under the domain's
   * transitions, with history. A withdrawal or a decline also closes the
   * ask's open time proposal, in the same transaction; the ask is locked as
   * scheduling locks it, so a contact answering the link at that moment
   * waits and then finds the times closed.
   */
  async recordOutcome(
    actor: Actor,
    id: string,
    status: RequestStatus,
    note: string | null | undefined,
    now: Date,
  ): Promise<AskEntity> {
    const checkedNote = checkNote(note);
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const row = writable(
          actor,
          await manager.getRepository(AskEntity).findOneBy({ id }),
          SEEKER_ASK,
        );
        if (status === 'WITHDRAWN' || status === 'DECLINED') {
          const closed = orThrow(
            closeRequestWithProposal({
              request: toRequest(row),
              to: status,
              proposal: await this.proposals.openForAsk(manager, id),
              now,
            }),
          );
          if (closed.proposal && closed.proposalChanged) {
            await this.proposals.saveStatus(manager, closed.proposal);
          }
          await writeAskStatus(manager, row, closed.request, checkedNote);
          if (closed.request.status === 'DECLINED') {
            await announceAnswered(manager, row, 'DECLINED', closed.request.statusChangedAt, now);
          }
        } else {
          const changed = orThrow(changeRequestStatus(toRequest(row), status, now));
          await writeAskStatus(manager, row, changed, checkedNote);
          if (changed.status === 'ACCEPTED') {
            await announceAnswered(manager, row, 'ACCEPTED', changed.statusChangedAt, now);
          }
        }
        return manager.getRepository(AskEntity).findOneByOrFail({ id });
      },
      [`ask:${id}`],
    );
  }

  /**
   * One ask: the seeker's own, any for staff (coaching), and for a partner's
   * key (interviews:read, checked before this runs) an ask of one of the
   * agency's contacts.
   */
  async get(actor: Actor, id: string): Promise<AskEntity> {
    if (actor.kind === 'apiKey') {
      const row = await this.agencyAsks().andWhere('a.id = :id', { id }).getOne();
      if (!row) throw new NotFoundError(SEEKER_ASK.what);
      return row;
    }
    return readable(
      actor,
      await this.dataSource.getRepository(AskEntity).findOneBy({ id }),
      SEEKER_ASK,
    );
  }

  /** Asks of the agency's own contacts; an ask of a seeker's private contact stays the seeker's. */
  private agencyAsks() {
    return this.dataSource
      .getRepository(AskEntity)
      .createQueryBuilder('a')
      .innerJoin(ContactEntity, 'ac', 'ac.id = a.contact_id AND ac.owner_id IS NULL');
  }

  /**
   * Every seeker's asks of the agency's contacts, newest first: for staff,
   * and for partners' keys with interviews:read.
   */
  agencyList(actor: Actor, filter: AgencyAsksFilter & PageArgs): Promise<Connection<AskEntity>> {
    if (!isAgency(actor) && actor.kind !== 'apiKey') throw new ForbiddenError();
    const q = this.agencyAsks();
    if (filter.status) q.andWhere('a.status = :status', { status: filter.status });
    if (filter.seekerId) q.andWhere('a.owner_id = :seekerId', { seekerId: filter.seekerId });
    if (filter.contactId) q.andWhere('a.contact_id = :contactId', { contactId: filter.contactId });
    if (filter.companyId) q.andWhere('a.company_id = :companyId', { companyId: filter.companyId });
    return keysetPage(q, filter, NEWEST_FIRST);
  }

  myAsks(
    actor: Actor,
    page: PageArgs & { status?: RequestStatus | null },
  ): Promise<Connection<AskEntity>> {
    if (seekerIdOf(actor) === null) throw new ForbiddenError();
    const q = onlyReadable(
      this.dataSource.getRepository(AskEntity).createQueryBuilder('a'),
      actor,
      'a.owner_id',
      SEEKER_ASK,
    );
    if (page.status) q.andWhere('a.status = :status', { status: page.status });
    return keysetPage(q, page, NEWEST_FIRST);
  }

  /** Asks of the person behind `contact`: every seeker's for staff, a seeker's own otherwise. */
  timeline(actor: Actor, contact: ContactEntity, page: PageArgs): Promise<Connection<AskEntity>> {
    const readable = readableCondition(actor, 'a.owner_id', SEEKER_ASK);
    return plainKeysetPage(
      sqlOf(this.dataSource),
      {
        select: `SELECT ${ASK_COLUMNS} FROM asks a`,
        where: ['a.person_id = :personId', ...(readable ? [readable.condition] : [])],
        params: { personId: contact.personId, ...readable?.params },
        map: askFromRow,
        count: { select: 'SELECT COUNT(*) AS n FROM asks a' },
      },
      page,
      NEWEST_FIRST,
    );
  }

  /** Asks still waiting for an answer, oldest first: the dashboard's "waiting" list. */
  async waiting(actor: Actor, limit = 50): Promise<AskEntity[]> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) throw new ForbiddenError();
    const rows = await sqlOf(this.dataSource).all<Record<string, unknown>>(
      `SELECT ${ASK_COLUMNS} FROM asks a WHERE a.owner_id = :me AND a.status = :status
        ORDER BY a.asked_at ASC, a.id ASC LIMIT ${Math.floor(limit)}`,
      { me: seekerId, status: 'ASKED' },
    );
    return rows.map(askFromRow);
  }

  /**
   * Who to ask next. The domain ranks; the candidates come from indexed
   * queries, never whole tables: the other people at the company of the
   * seeker's latest decline or silence (or the company given), then the
   * newest agency contacts the seeker may see, leaving out in SQL anyone
   * do-not-contact or already asked by this seeker. Asks per candidate in
   * the throttle window come from one grouped query so the domain can leave
   * out people at the cap; the candidates are read narrow, and the few
   * suggested then in full. Seven statements whatever the sizes.
   */
  async suggest(
    actor: Actor,
    limit: number,
    now: Date,
    companyId?: string | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Suggestion[]> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) return [];
    // Read outside any transaction with plain SQL (it is the dashboard's
    // hot path); inside one (a refused ask) through the caller's manager.
    const plain = manager === this.dataSource.manager ? sqlOf(this.dataSource) : null;
    const settings = await this.settings.current(manager);
    const ownAsks = plain
      ? (
          await plain.all<Record<string, unknown>>(
            'SELECT a.id, a.contact_id, a.person_id, a.status, a.company_id, a.status_changed_at FROM asks a WHERE a.owner_id = :me',
            { me: seekerId },
          )
        ).map((row) => ({
          id: row.id as string,
          contactId: row.contact_id as string,
          personId: row.person_id as string,
          status: row.status as RequestStatus,
          companyId: row.company_id as string | null,
          statusChangedAt: instant(row.status_changed_at),
        }))
      : await manager
          .getRepository(AskEntity)
          .createQueryBuilder('a')
          .select([
            'a.id',
            'a.contactId',
            'a.personId',
            'a.status',
            'a.companyId',
            'a.statusChangedAt',
          ])
          .where('a.owner_id = :me', { me: seekerId })
          .getMany();
    const anchor =
      companyId !== undefined
        ? companyId
        : ([...ownAsks]
            .filter((a) => a.status === 'DECLINED' || a.status === 'NO_RESPONSE')
            .sort((a, b) => b.statusChangedAt.getTime() - a.statusChangedAt.getTime())[0]
            ?.companyId ?? null);

    // The contacts list's own visibility rule, read with plain SQL. Only what
    // the ranking needs: the full rows of hundreds of candidates cost most of
    // the dashboard's time, and only the few suggested are shown.
    const candidates = async (sharing: 'SHARED' | 'MINE' | null, rest: string, extra = {}) => {
      const { where, params } = this.contacts.conditions(actor, { sharing });
      const found = await sqlOf(this.dataSource).all<Record<string, unknown>>(
        `SELECT c.id, c.person_id, c.company_id, c.full_name, c.do_not_contact, c.created_at
           FROM contacts c WHERE ${[
             ...where,
             'c.do_not_contact = false',
             'NOT EXISTS (SELECT 1 FROM asks oa WHERE oa.owner_id = :askedBy AND oa.person_id = c.person_id)',
           ].join(' AND ')} ${rest}`,
        { ...params, askedBy: seekerId, ...extra },
      );
      return found.map((row): Candidate => ({
        id: row.id as string,
        personId: row.person_id as string,
        companyId: row.company_id as string | null,
        fullName: row.full_name as string,
        doNotContact: flag(row.do_not_contact),
        createdAt: instant(row.created_at),
      }));
    };
    const sameCompany = anchor
      ? await candidates(null, 'AND c.company_id = :anchor ORDER BY c.name_key LIMIT 50', {
          anchor,
        })
      : [];
    // The newest the seeker may see: the agency's shared contacts and their
    // own, read apart so each walks its index in order and stops early (as
    // one OR, SQLite sorted every agency contact), then merged.
    const newest = (sharing: 'SHARED' | 'MINE') =>
      candidates(sharing, `ORDER BY c.created_at DESC, c.id DESC LIMIT ${NETWORK_CANDIDATES}`);
    const network = [...(await newest('SHARED')), ...(await newest('MINE'))]
      .sort(
        (a, b) =>
          b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
      )
      .slice(0, NETWORK_CANDIDATES);
    const rows = new Map([...sameCompany, ...network].map((row) => [row.id, row]));
    const people = [...new Set([...rows.values()].map((row) => row.personId))];
    const recentAskCounts = new Map<string, number>();
    if (people.length > 0 && plain) {
      const counts = await plain.all<{ person_id: string; n: string | number }>(
        `SELECT a.person_id, COUNT(*) AS n FROM asks a
          WHERE a.person_id IN (:...people) AND a.asked_at > :windowStart GROUP BY a.person_id`,
        { people, windowStart: throttleWindowStart(now, settings) },
      );
      for (const row of counts) recentAskCounts.set(row.person_id, Number(row.n));
    } else if (people.length > 0) {
      const counts: { personId: string; count: string | number }[] = await manager
        .getRepository(AskEntity)
        .createQueryBuilder('a')
        .select('a.person_id', 'personId')
        .addSelect('COUNT(*)', 'count')
        .where('a.person_id IN (:...people)', { people })
        .andWhere('a.asked_at > :windowStart', { windowStart: throttleWindowStart(now, settings) })
        .groupBy('a.person_id')
        .getRawMany();
      for (const row of counts) recentAskCounts.set(row.personId, Number(row.count));
    }
    const ranked = suggestNextContacts({
      seekerId,
      companyId: anchor,
      contacts: [...rows.values()].map((row) => ({
        id: row.id,
        personId: row.personId,
        companyId: row.companyId,
        doNotContact: row.doNotContact,
        name: row.fullName,
      })),
      ownAsks: ownAsks.map((a) => ({
        contactId: a.contactId,
        personId: a.personId,
        status: a.status,
      })),
      recentAskCounts,
      settings,
      limit,
    });
    if (ranked.length === 0) return [];
    // The suggested contacts in full, in one statement.
    const shown = new Map(
      (
        await sqlOf(this.dataSource).all<Record<string, unknown>>(
          `SELECT ${CONTACT_COLUMNS} FROM contacts c WHERE c.id IN (:...ids)`,
          { ids: ranked.map((s) => s.contactId) },
        )
      ).map((row) => [row.id as string, contactFromRow(row)]),
    );
    return ranked.flatMap((s) => {
      const contact = shown.get(s.contactId);
      return contact ? [{ contact, reason: s.message, reasonKind: s.reason }] : [];
    });
  }
}

/**
 * ask.answered for webhook subscribers, queued in the transaction that
 * records the answer and sent by the dispatcher after the commit. Only for
 * asks of the agency's contacts (the ones a partner can read); the seeker's
 * note never goes out.
 */
async function announceAnswered(
  manager: EntityManager,
  ask: AskEntity,
  status: 'ACCEPTED' | 'DECLINED',
  answeredAt: Date,
  now: Date,
): Promise<void> {
  const contact = await manager
    .getRepository(ContactEntity)
    .findOne({ where: { id: ask.contactId }, select: { id: true, ownerId: true } });
  if (!contact || contact.ownerId !== null) return;
  await emitEvent(
    manager,
    'ask.answered',
    {
      ask: {
        id: toGlobalId('Ask', ask.id),
        contact: { id: toGlobalId('Contact', contact.id) },
        company: ask.companyId ? { id: toGlobalId('Company', ask.companyId) } : null,
        status,
        answeredAt: answeredAt.toISOString(),
      },
    },
    now,
  );
}
