import { randomUUID } from 'node:crypto';
import {
  emailKey,
  matchPerson,
  nameKey,
  validateContact,
  type ContactDetails,
  type ContactSource,
  type DomainErrorCode,
  type KnownPerson,
} from '@rapport/domain';
import Papa from 'papaparse';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { AskEntity } from '../ask/ask.entity.js';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, NotFoundError, RuleBrokenError } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { readable, writable, type OwnershipRule } from '../common/ownership.js';
import {
  keysetPage,
  plainKeysetPage,
  type Connection,
  type PageArgs,
  type SortKey,
} from '../common/paging.js';
import { flag, instant, instantOrNull, sqlOf } from '../db/sql.js';
import { writeTransaction } from '../common/transaction.js';
import { CompanyEntity } from '../company/company.entity.js';
import { companyKey, contactSearchKey, searchMatch, searchPattern } from './contact-keys.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { ConnectionEntity } from '../network/connection.entity.js';
import { ReferralEntity } from '../referral/referral.entity.js';
import { ThankYouCardEntity } from '../thank-you/thank-you-card.entity.js';
import { recordContactsChanged, recordNetworkChanges } from '../network/network-changes.js';
import { ContactEntity, ContactTagEntity } from './contact.entity.js';
import type { ContactSharing, ContactSort } from './contact.type.js';

/**
 * Agency contacts (no owner) are managed by staff and seen by seekers when
 * shared. A seeker's own contacts follow the ownership rule and stay hidden
 * from staff too.
 */
export const SEEKER_CONTACT: OwnershipRule = { what: 'That contact', staff: 'none' };

export interface ContactFilter {
  search?: string | null;
  companyId?: string | null;
  tag?: string | null;
  source?: ContactSource | null;
  doNotContact?: boolean | null;
  sharing?: ContactSharing | null;
  includeArchived?: boolean;
  sort?: ContactSort;
}

export interface ContactDraftInput {
  fullName: string;
  companyId?: string | null;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  mailingAddress?: string | null;
  notes?: string | null;
  tags?: string[] | null;
  sharedWithSeekers?: boolean | null;
}

/**
 * What a partner's key sees of an agency contact. A person who asked not to
 * be contacted is still shown (partners need to know not to approach them),
 * but without any way to reach them.
 */
export function forPartner(row: ContactEntity): ContactEntity {
  if (!row.doNotContact) return row;
  return { ...row, email: null, phone: null, mailingAddress: null };
}

/** Every column of a contact, for reads with plain SQL (db/sql.ts). */
export const CONTACT_COLUMNS = [
  'id',
  'company_id',
  'owner_id',
  'person_id',
  'full_name',
  'name_key',
  'company_name_key',
  'search_key',
  'title',
  'email',
  'email_key',
  'phone',
  'mailing_address',
  'notes',
  'tags',
  'source',
  'do_not_contact',
  'do_not_contact_reason',
  'shared_with_seekers',
  'archived_at',
  'merged_into_id',
  'created_at',
  'updated_at',
]
  .map((column) => `c.${column}`)
  .join(', ');

/** A contact row read with plain SQL, shaped as the entity. */
export function contactFromRow(row: Record<string, unknown>): ContactEntity {
  return {
    id: row.id as string,
    companyId: row.company_id as string | null,
    ownerId: row.owner_id as string | null,
    personId: row.person_id as string,
    fullName: row.full_name as string,
    nameKey: row.name_key as string,
    companyNameKey: row.company_name_key as string,
    searchKey: row.search_key as string,
    title: row.title as string | null,
    email: row.email as string | null,
    emailKey: row.email_key as string | null,
    phone: row.phone as string | null,
    mailingAddress: row.mailing_address as string | null,
    notes: row.notes as string | null,
    tags: JSON.parse(row.tags as string) as string[],
    source: row.source as ContactSource,
    doNotContact: flag(row.do_not_contact),
    doNotContactReason: row.do_not_contact_reason as string | null,
    sharedWithSeekers: flag(row.shared_with_seekers),
    archivedAt: instantOrNull(row.archived_at),
    mergedIntoId: row.merged_into_id as string | null,
    createdAt: instant(row.created_at),
    updatedAt: instant(row.updated_at),
  };
}

/** The most rows one export writes; a filter that matches more is refused, not cut short. */
export const EXPORT_MAX_ROWS = 100_000;

const SORTS: Record<ContactSort, readonly SortKey<ContactEntity>[]> = {
  NAME: [
    { column: 'c.name_key', value: (r) => r.nameKey },
    { column: 'c.id', value: (r) => r.id },
  ],
  COMPANY: [
    { column: 'c.company_name_key', value: (r) => r.companyNameKey },
    { column: 'c.name_key', value: (r) => r.nameKey },
    { column: 'c.id', value: (r) => r.id },
  ],
  NEWEST: [
    { column: 'c.created_at', value: (r) => r.createdAt, direction: 'DESC' },
    { column: 'c.id', value: (r) => r.id, direction: 'DESC' },
  ],
};

/** The domain names the contact's name `name`; the API's input calls it `fullName`. */
function contactRule(error: RuleBrokenError): RuleBrokenError {
  if (error.field !== 'name') return error;
  return new RuleBrokenError(error.code as DomainErrorCode, error.message, {
    field: 'fullName',
    details: error.details,
  });
}

export function validContact(input: ContactDraftInput): ContactDetails {
  const result = validateContact({
    name: input.fullName,
    title: input.title,
    email: input.email,
    phone: input.phone,
    mailingAddress: input.mailingAddress,
    notes: input.notes,
    tags: input.tags ?? [],
  });
  if (result.ok) return result.value;
  throw contactRule(RuleBrokenError.from(result.error));
}

/** The columns a contact's details become, with the keys search, sort and matching use. */
export function contactColumns(details: ContactDetails, companyName: string | null) {
  return {
    fullName: details.name,
    nameKey: (nameKey(details.name) ?? '').slice(0, 120),
    companyNameKey: companyKey(companyName),
    searchKey: contactSearchKey({
      fullName: details.name,
      title: details.title,
      email: details.email,
    }),
    title: details.title,
    email: details.email,
    emailKey: emailKey(details.email),
    phone: details.phone,
    mailingAddress: details.mailingAddress,
    notes: details.notes,
    tags: details.tags,
  };
}

/** Replaces a contact's rows in contact_tags with its current tags. */
export async function writeTags(
  manager: EntityManager,
  contactId: string,
  tags: readonly string[],
): Promise<void> {
  await manager.delete(ContactTagEntity, { contactId });
  const keys = [...new Set(tags.map((tag) => tag.toLowerCase()))];
  if (keys.length > 0) {
    await manager.insert(
      ContactTagEntity,
      keys.map((tagKey) => ({ contactId, tagKey })),
    );
  }
}

/**
 * The person a new or edited record is: the domain's matchPerson over the
 * few rows that share its email or its name at its company (both indexed),
 * across every record including seekers' private ones, because the ask
 * rules are agency-wide. Returns the person id and the person's
 * do-not-contact state, which the record takes on.
 */
export async function identify(
  manager: EntityManager,
  contactId: string,
  facts: { name: string; email: string | null; companyId: string | null },
): Promise<{ personId: string; doNotContact: boolean; doNotContactReason: string | null } | null> {
  const email = emailKey(facts.email);
  const name = nameKey(facts.name);
  const query = manager
    .getRepository(ContactEntity)
    .createQueryBuilder('c')
    .select(['c.id', 'c.personId', 'c.fullName', 'c.email', 'c.companyId'])
    .where('c.merged_into_id IS NULL')
    .andWhere('c.id <> :contactId', { contactId });
  const alternatives: string[] = [];
  if (email) alternatives.push('c.email_key = :email');
  if (name && facts.companyId)
    alternatives.push('(c.company_id = :companyId AND c.name_key = :name)');
  if (alternatives.length === 0) return null;
  const rows = await query
    .andWhere(`(${alternatives.join(' OR ')})`, { email, name, companyId: facts.companyId })
    .getMany();
  const known: KnownPerson[] = rows.map((row) => ({
    contactId: row.id,
    personId: row.personId,
    name: row.fullName,
    email: row.email,
    companyId: row.companyId,
  }));
  const match = matchPerson(facts, known);
  if (!match) return null;
  const flagged = await manager
    .getRepository(ContactEntity)
    .createQueryBuilder('c')
    .select(['c.id', 'c.doNotContactReason'])
    .where('c.person_id = :personId AND c.do_not_contact = true', { personId: match.personId })
    .getOne();
  return {
    personId: match.personId,
    doNotContact: flagged !== null,
    doNotContactReason: flagged?.doNotContactReason ?? null,
  };
}

export class ContactService {
  constructor(private readonly dataSource: DataSource) {}

  private get contacts() {
    return this.dataSource.getRepository(ContactEntity);
  }

  /** One contact, if the actor may see it; otherwise NOT_FOUND, whatever the reason. */
  async get(actor: Actor, id: string, manager?: EntityManager): Promise<ContactEntity> {
    if (manager) {
      return this.visible(actor, await manager.getRepository(ContactEntity).findOneBy({ id }));
    }
    // Outside a transaction (the contact page) with plain SQL.
    const raw = await sqlOf(this.dataSource).one<Record<string, unknown>>(
      `SELECT ${CONTACT_COLUMNS} FROM contacts c WHERE c.id = :id`,
      { id },
    );
    return this.visible(actor, raw ? contactFromRow(raw) : null);
  }

  /** The rule `get` applies, for a row already loaded. */
  visible(actor: Actor, row: ContactEntity | null): ContactEntity {
    if (row && row.ownerId === null) {
      if (actor.kind === 'apiKey' && row.archivedAt === null) return forPartner(row);
      if (isAgency(actor)) return row;
      if (seekerIdOf(actor) !== null && row.sharedWithSeekers && row.archivedAt === null)
        return row;
      throw new NotFoundError(SEEKER_CONTACT.what);
    }
    return readable(actor, row, SEEKER_CONTACT);
  }

  /** A contact the actor may change: staff change agency contacts, a seeker their own. */
  private async changeable(
    manager: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<ContactEntity> {
    const row = await manager.getRepository(ContactEntity).findOneBy({ id });
    if (row && row.ownerId === null) {
      if (isAgency(actor)) return row;
      throw new NotFoundError(SEEKER_CONTACT.what);
    }
    return writable(actor, row, SEEKER_CONTACT);
  }

  /**
   * The SQL form of `get` plus the filter: agency rows by sharing, a
   * seeker's own rows by the ownership rule, merged records never.
   */
  conditions(
    actor: Actor,
    filter: ContactFilter,
    { forCount = false }: { forCount?: boolean } = {},
  ): { where: string[]; params: Record<string, unknown>; from: string } {
    let from = 'contacts c';
    const where = ['c.merged_into_id IS NULL'];
    const params: Record<string, unknown> = {};
    const q = {
      andWhere(condition: string, values: Record<string, unknown> = {}) {
        where.push(condition);
        Object.assign(params, values);
      },
    };
    const sqlite = this.dataSource.options.type !== 'postgres';
    const narrowed = Boolean(filter.tag?.trim() || filter.search?.trim());
    const seekerId = seekerIdOf(actor);
    const sharing = filter.sharing ?? null;
    if (seekerId !== null) {
      if (sharing === 'AGENCY_ONLY') q.andWhere('1 = 0');
      else if (sharing === 'SHARED') {
        q.andWhere('c.owner_id IS NULL AND c.shared_with_seekers = true AND c.archived_at IS NULL');
      } else if (sharing === 'MINE') q.andWhere('c.owner_id = :me', { me: seekerId });
      else {
        q.andWhere(
          '((c.owner_id IS NULL AND c.shared_with_seekers = true AND c.archived_at IS NULL) OR c.owner_id = :me)',
          { me: seekerId },
        );
      }
    } else if (isAgency(actor)) {
      // A page walks a list index that starts with owner_id, in order. A
      // count of a tag or a search has no order to keep: SQLite, which has
      // no statistics on how common NULL is, would still walk every agency
      // contact by owner_id; told the term is nearly always true, it starts
      // from the few tagged or matching rows instead.
      q.andWhere(
        forCount && narrowed && sqlite
          ? 'likelihood(c.owner_id IS NULL, 0.9)'
          : 'c.owner_id IS NULL',
      );
      if (sharing === 'SHARED') q.andWhere('c.shared_with_seekers = true');
      else if (sharing === 'AGENCY_ONLY') q.andWhere('c.shared_with_seekers = false');
      else if (sharing === 'MINE') q.andWhere('1 = 0');
    } else {
      q.andWhere('1 = 0');
    }
    if (!filter.includeArchived) q.andWhere('c.archived_at IS NULL');
    const pattern = filter.search ? searchPattern(filter.search) : null;
    if (pattern) {
      // On SQLite the FTS5 trigram index (migration ContactSearchIndex)
      // narrows a search of 3+ characters to the matching rows; LIKE still
      // decides, so the rows are exactly LIKE's. PostgreSQL's trigram GIN
      // indexes serve the LIKE directly; shorter terms scan.
      const match =
        this.dataSource.options.type === 'postgres' ? null : searchMatch(filter.search!);
      if (match) {
        q.andWhere(
          'c.rowid IN (SELECT rowid FROM contacts_search WHERE contacts_search MATCH :match)',
          { match },
        );
      }
      q.andWhere(
        "(c.search_key LIKE :pattern ESCAPE '\\' OR c.company_name_key LIKE :pattern ESCAPE '\\')",
        {
          pattern,
        },
      );
    }
    if (filter.companyId) {
      q.andWhere('c.company_id = :companyId', {
        companyId: fromGlobalId(filter.companyId, 'Company'),
      });
    }
    const tag = filter.tag?.trim().toLowerCase();
    if (tag) {
      // The page probes each row it walks. The count walks the tag's rows
      // and looks each contact up: for staff's listed contacts through
      // idx_contacts_agency_live alone (ContactAgencyLiveIndex1771000500000).
      if (forCount) {
        from = 'contact_tags t JOIN contacts c ON c.id = t.contact_id';
        q.andWhere('t.tag_key = :tag', { tag });
      } else {
        q.andWhere(
          'EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag_key = :tag)',
          { tag },
        );
      }
    }
    if (filter.source) q.andWhere('c.source = :source', { source: filter.source });
    if (filter.doNotContact !== null && filter.doNotContact !== undefined) {
      q.andWhere(filter.doNotContact ? 'c.do_not_contact = true' : 'c.do_not_contact = false');
    }
    return { where, params, from };
  }

  /** The same rows as a query builder, for reads that go on from there. */
  filtered(actor: Actor, filter: ContactFilter): SelectQueryBuilder<ContactEntity> {
    const { where, params } = this.conditions(actor, filter);
    const q = this.contacts.createQueryBuilder('c').where(where[0]!);
    for (const condition of where.slice(1)) q.andWhere(condition);
    return q.setParameters(params);
  }

  /** The contacts list, read with plain SQL: it is what the contacts screens open. */
  list(actor: Actor, filter: ContactFilter & PageArgs): Promise<Connection<ContactEntity>> {
    const { where, params } = this.conditions(actor, filter);
    const counted = this.conditions(actor, filter, { forCount: true });
    return plainKeysetPage(
      sqlOf(this.dataSource),
      {
        select: `SELECT ${CONTACT_COLUMNS} FROM contacts c`,
        where,
        params,
        map: contactFromRow,
        count: { select: `SELECT COUNT(*) AS n FROM ${counted.from}`, where: counted.where },
      },
      filter,
      SORTS[filter.sort ?? 'NAME'],
    );
  }

  /** A company's contacts, by name, under the same visibility as the contacts list. */
  listForCompany(
    actor: Actor,
    companyId: string,
    page: PageArgs,
  ): Promise<Connection<ContactEntity>> {
    const q = this.filtered(actor, {}).andWhere('c.company_id = :forCompany', {
      forCompany: companyId,
    });
    return keysetPage(q, page, SORTS.NAME);
  }

  async create(actor: Actor, input: ContactDraftInput, now: Date): Promise<ContactEntity> {
    const details = validContact(input);
    const seekerId = seekerIdOf(actor);
    if (seekerId === null && !isAgency(actor)) throw new ForbiddenError();
    const companyId = input.companyId ? fromGlobalId(input.companyId, 'Company') : null;
    const id = randomUUID();
    await writeTransaction(
      this.dataSource,
      async (manager) => {
        const company = companyId ? await this.company(manager, companyId) : null;
        await insertContactRecord(manager, {
          id,
          company,
          ownerId: seekerId,
          details,
          source: seekerId ? 'SEEKER' : 'AGENCY',
          sharedWithSeekers: seekerId ? false : (input.sharedWithSeekers ?? true),
          now,
        });
      },
      identityLocks(details.name, details.email, companyId),
    );
    return this.get(actor, id);
  }

  async update(
    actor: Actor,
    id: string,
    input: ContactDraftInput,
    now: Date,
  ): Promise<ContactEntity> {
    const details = validContact(input);
    const companyId = input.companyId ? fromGlobalId(input.companyId, 'Company') : null;
    await writeTransaction(
      this.dataSource,
      async (manager) => {
        const row = await this.changeable(manager, actor, id);
        const company = companyId ? await this.company(manager, companyId) : null;
        // Edits may reveal that the record is someone already known; they
        // never split a person, which would reopen the way around ask-once.
        const person = await identify(manager, id, {
          name: details.name,
          email: details.email,
          companyId,
        });
        const joins = person !== null && person.personId !== row.personId;
        const sharing =
          row.ownerId === null &&
          input.sharedWithSeekers !== null &&
          input.sharedWithSeekers !== undefined
            ? input.sharedWithSeekers
            : row.sharedWithSeekers;
        await manager.update(
          ContactEntity,
          { id },
          {
            companyId,
            ...contactColumns(details, company?.name ?? null),
            sharedWithSeekers: sharing,
            ...(joins
              ? {
                  personId: person.personId,
                  doNotContact: person.doNotContact || row.doNotContact,
                  doNotContactReason: person.doNotContactReason ?? row.doNotContactReason,
                }
              : {}),
            updatedAt: now,
          },
        );
        await writeTags(manager, id, details.tags);
        // What the network's paths depend on: where they work, who may see them, who they are.
        if (joins || row.companyId !== companyId || row.sharedWithSeekers !== sharing) {
          await recordContactsChanged(manager, [id]);
        }
      },
      identityLocks(details.name, details.email, companyId),
    );
    return this.get(actor, id);
  }

  async archive(actor: Actor, id: string, now: Date): Promise<ContactEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const row = await this.changeable(manager, actor, id);
      if (row.archivedAt === null) {
        await manager.update(ContactEntity, { id }, { archivedAt: now, updatedAt: now });
        // An archived record is no hop of any path, in any process, from the next query on.
        await recordContactsChanged(manager, [id]);
      }
      return manager.getRepository(ContactEntity).findOneByOrFail({ id });
    });
  }

  async restore(actor: Actor, id: string, now: Date): Promise<ContactEntity> {
    return writeTransaction(this.dataSource, async (manager) => {
      const row = await this.changeable(manager, actor, id);
      if (row.mergedIntoId !== null) {
        throw new RuleBrokenError(
          'CONTACT.MERGED',
          'This record was merged into another contact and cannot be restored. Open the contact it was merged into instead.',
        );
      }
      if (row.archivedAt !== null) {
        await manager.update(ContactEntity, { id }, { archivedAt: null, updatedAt: now });
        await recordContactsChanged(manager, [id]);
      }
      return manager.getRepository(ContactEntity).findOneByOrFail({ id });
    });
  }

  /**
   * Do-not-contact belongs to the person: every record of them (a seeker's
   * private copy included) takes the flag and the reason, so no record is
   * a way around it.
   */
  async setDoNotContact(
    actor: Actor,
    id: string,
    doNotContact: boolean,
    reason: string | null | undefined,
    now: Date,
  ): Promise<ContactEntity> {
    if (!isAgency(actor)) throw new ForbiddenError();
    const trimmed = reason?.trim() ?? '';
    if (doNotContact && trimmed.length === 0) {
      throw new RuleBrokenError(
        'CONTACT.INVALID_FIELD',
        'Say why this person should not be contacted.',
        {
          field: 'reason',
        },
      );
    }
    if (trimmed.length > 300) {
      throw new RuleBrokenError(
        'CONTACT.INVALID_FIELD',
        'The reason must be at most 300 characters.',
        {
          field: 'reason',
        },
      );
    }
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const row = await this.changeable(manager, actor, id);
        await manager.update(
          ContactEntity,
          { personId: row.personId },
          { doNotContact, doNotContactReason: doNotContact ? trimmed : null, updatedAt: now },
        );
        // Every record of the person took the flag: no path goes through any of them.
        await recordContactsChanged(manager, await rowsOfPerson(manager, row.personId));
        return manager.getRepository(ContactEntity).findOneByOrFail({ id });
      },
      [`person:${(await this.contacts.findOneBy({ id }))?.personId ?? id}`],
    );
  }

  /**
   * Staff merge two agency records of one person. Everything that points at
   * the duplicate moves to the survivor in one transaction: its asks, the
   * person identity of every record (seekers' private copies included), its
   * tags and any detail the survivor lacks. The duplicate stays as an
   * archived record with merged_into_id, so nothing is deleted and the merge
   * can be traced.
   */
  async merge(
    actor: Actor,
    survivorId: string,
    duplicateId: string,
    now: Date,
  ): Promise<ContactEntity> {
    if (!isAgency(actor)) throw new ForbiddenError();
    if (survivorId === duplicateId) {
      throw new RuleBrokenError('CONTACT.MERGE_SAME', 'Choose two different contacts to merge.');
    }
    const before = await this.contacts.findBy([{ id: survivorId }, { id: duplicateId }]);
    const locks = before.map((row) => `person:${row.personId}`);
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const survivor = await this.changeable(manager, actor, survivorId);
        const duplicate = await this.changeable(manager, actor, duplicateId);
        for (const row of [survivor, duplicate]) {
          if (row.mergedIntoId !== null) {
            throw new RuleBrokenError(
              'CONTACT.MERGED',
              `${row.fullName} was already merged into another contact.`,
            );
          }
        }
        if (survivor.personId !== duplicate.personId) {
          // Ask-once is unique per seeker and person: a seeker who asked both
          // records would end up with two asks of one person.
          const both: { ownerId: string }[] = await manager
            .getRepository(AskEntity)
            .createQueryBuilder('a')
            .select('a.owner_id', 'ownerId')
            .where('a.person_id IN (:...people)', {
              people: [survivor.personId, duplicate.personId],
            })
            .groupBy('a.owner_id')
            .having('COUNT(*) > 1')
            .getRawMany();
          if (both.length > 0) {
            throw new RuleBrokenError(
              'CONTACT.MERGE_CONFLICT',
              `${both.length === 1 ? 'A seeker has' : `${both.length} seekers have`} asked both records, and a person can be asked only once. Keep the two records apart, or ask the seeker to withdraw one ask first.`,
              { details: { seekers: both.length } },
            );
          }
          await manager.update(
            AskEntity,
            { personId: duplicate.personId },
            { personId: survivor.personId },
          );
          await manager.update(
            ContactEntity,
            { personId: duplicate.personId },
            { personId: survivor.personId },
          );
        }
        await manager.update(AskEntity, { contactId: duplicate.id }, { contactId: survivor.id });
        // The rest of the duplicate's history follows it: its meetings (and
        // their thank-you notes), the referrals it gave or was, and its links
        // in the referral network.
        await manager.update(
          MeetingEntity,
          { contactId: duplicate.id },
          { contactId: survivor.id },
        );
        await manager.update(
          ThankYouCardEntity,
          { contactId: duplicate.id },
          { contactId: survivor.id },
        );
        await manager.update(
          ReferralEntity,
          { givenByContactId: duplicate.id },
          { givenByContactId: survivor.id },
        );
        await manager.update(
          ReferralEntity,
          { contactId: duplicate.id },
          { contactId: survivor.id },
        );
        const moved = await moveLinks(manager, duplicate.id, survivor.id);

        const tags = [...survivor.tags];
        for (const tag of duplicate.tags) {
          if (!tags.some((t) => t.toLowerCase() === tag.toLowerCase())) tags.push(tag);
        }
        const notes =
          survivor.notes && duplicate.notes && survivor.notes !== duplicate.notes
            ? `${survivor.notes}\n\n${duplicate.notes}`
            : (survivor.notes ?? duplicate.notes);
        const companyId = survivor.companyId ?? duplicate.companyId;
        const company = companyId ? await this.company(manager, companyId) : null;
        const details: ContactDetails = {
          name: survivor.fullName,
          title: survivor.title ?? duplicate.title,
          email: survivor.email ?? duplicate.email,
          phone: survivor.phone ?? duplicate.phone,
          mailingAddress: survivor.mailingAddress ?? duplicate.mailingAddress,
          notes: notes ? notes.slice(0, 5000) : null,
          tags: tags.slice(0, 20),
        };
        const flagged = survivor.doNotContact || duplicate.doNotContact;
        await manager.update(
          ContactEntity,
          { id: survivor.id },
          {
            companyId,
            ...contactColumns(details, company?.name ?? null),
            sharedWithSeekers: survivor.sharedWithSeekers || duplicate.sharedWithSeekers,
            updatedAt: now,
          },
        );
        if (flagged) {
          await manager.update(
            ContactEntity,
            { personId: survivor.personId },
            {
              doNotContact: true,
              doNotContactReason: survivor.doNotContactReason ?? duplicate.doNotContactReason,
            },
          );
        }
        await writeTags(manager, survivor.id, details.tags);
        await manager.delete(ContactTagEntity, { contactId: duplicate.id });
        await manager.update(
          ContactEntity,
          { id: duplicate.id },
          {
            mergedIntoId: survivor.id,
            archivedAt: duplicate.archivedAt ?? now,
            updatedAt: now,
          },
        );
        // The moved links, the duplicate (now archived) and every record of
        // the person (one identity, maybe a flag), in one network version.
        await recordNetworkChanges(manager, [
          ...moved.map((linkId) => ({ entity: 'CONNECTION' as const, entityId: linkId })),
          ...[
            ...new Set([
              duplicate.id,
              survivor.id,
              ...(await rowsOfPerson(manager, survivor.personId)),
            ]),
          ].map((contactId) => ({ entity: 'CONTACT' as const, entityId: contactId })),
        ]);
        return manager.getRepository(ContactEntity).findOneByOrFail({ id: survivor.id });
      },
      locks,
    );
  }

  /**
   * CSV of exactly the rows the same filter lists, in the same order. Cells
   * that a spreadsheet would run as a formula (starting =, +, -, @, tab or
   * carriage return) are prefixed with a quote by papaparse's escapeFormulae.
   */
  async exportCsv(actor: Actor, filter: ContactFilter): Promise<string> {
    const q = this.filtered(actor, filter)
      .leftJoin(CompanyEntity, 'co', 'co.id = c.company_id')
      .select([
        'c.full_name AS "fullName"',
        'co.name AS "company"',
        'c.title AS "title"',
        'c.email AS "email"',
        'c.phone AS "phone"',
        'c.mailing_address AS "mailingAddress"',
        'c.tags AS "tags"',
        'c.notes AS "notes"',
        'c.source AS "source"',
        'c.do_not_contact AS "doNotContact"',
        'c.shared_with_seekers AS "sharedWithSeekers"',
      ]);
    for (const key of SORTS[filter.sort ?? 'NAME'])
      q.addOrderBy(key.column, key.direction ?? 'ASC');
    const rows: Record<string, unknown>[] = await q.limit(EXPORT_MAX_ROWS + 1).getRawMany();
    if (rows.length > EXPORT_MAX_ROWS) {
      throw new RuleBrokenError(
        'CONTACT.EXPORT_TOO_LARGE',
        `The filter matches more than ${EXPORT_MAX_ROWS.toLocaleString('en-US')} contacts; narrow it and export in parts.`,
      );
    }
    const yes = (v: unknown) => (v === true || v === 1 || v === '1' ? 'yes' : 'no');
    return Papa.unparse(
      {
        fields: [
          'Full name',
          'Company',
          'Title',
          'Email',
          'Phone',
          'Mailing address',
          'Tags',
          'Notes',
          'Source',
          'Do not contact',
          'Shared with seekers',
        ],
        data: rows.map((r) => [
          r.fullName,
          r.company ?? '',
          r.title ?? '',
          r.email ?? '',
          r.phone ?? '',
          r.mailingAddress ?? '',
          (JSON.parse(String(r.tags ?? '[]')) as string[]).join('; '),
          r.notes ?? '',
          r.source,
          yes(r.doNotContact),
          yes(r.sharedWithSeekers),
        ]),
      },
      { escapeFormulae: true, newline: '\r\n' },
    );
  }

  private async company(manager: EntityManager, id: string): Promise<CompanyEntity> {
    const company = await manager.getRepository(CompanyEntity).findOneBy({ id });
    if (!company) throw new NotFoundError('That company');
    return company;
  }
}

/**
 * Writes a new contact record inside the caller's transaction (take
 * `identityLocks` for it): the person it is a record of, found by
 * `identify` unless the caller already did, decides its person id and its
 * do-not-contact state. Seekers' own contacts and converted referrals are
 * made here as well as the agency's.
 */
export async function insertContactRecord(
  manager: EntityManager,
  record: {
    id: string;
    company: Pick<CompanyEntity, 'id' | 'name'> | null;
    ownerId: string | null;
    details: ContactDetails;
    source: ContactSource;
    sharedWithSeekers: boolean;
    now: Date;
  },
  known?: Awaited<ReturnType<typeof identify>>,
): Promise<void> {
  const { id, company, details, now } = record;
  const person =
    known !== undefined
      ? known
      : await identify(manager, id, {
          name: details.name,
          email: details.email,
          companyId: company?.id ?? null,
        });
  await manager.insert(ContactEntity, {
    id,
    companyId: company?.id ?? null,
    ownerId: record.ownerId,
    personId: person?.personId ?? id,
    ...contactColumns(details, company?.name ?? null),
    source: record.source,
    doNotContact: person?.doNotContact ?? false,
    doNotContactReason: person?.doNotContactReason ?? null,
    sharedWithSeekers: record.sharedWithSeekers,
    archivedAt: null,
    mergedIntoId: null,
    createdAt: now,
    updatedAt: now,
  });
  await writeTags(manager, id, details.tags);
}

/** Locks that keep two records of one new person from both becoming new people at once. */
export function identityLocks(
  name: string,
  email: string | null,
  companyId: string | null,
): string[] {
  const keys: string[] = [];
  const e = emailKey(email);
  if (e) keys.push(`identity-email:${e}`);
  const n = nameKey(name);
  if (n && companyId) keys.push(`identity-name:${companyId}:${n}`);
  return keys;
}

/**
 * Points the duplicate's network links at the survivor, in the merge's
 * transaction, and returns the ids of the links it touched (the merge names
 * them in the network's change log). A link between the two records would
 * join the survivor to itself, so it goes; every other link is kept, even
 * when the survivor already had one like it, so nothing recorded is lost.
 */
async function moveLinks(manager: EntityManager, fromId: string, toId: string): Promise<string[]> {
  const repo = manager.getRepository(ConnectionEntity);
  const links = await repo.find({
    where: [
      { fromKind: 'CONTACT', fromId },
      { toKind: 'CONTACT', toId: fromId },
    ],
  });
  if (links.length === 0) return [];
  const ends = (link: ConnectionEntity) => [
    link.fromKind === 'CONTACT' ? link.fromId : null,
    link.toKind === 'CONTACT' ? link.toId : null,
  ];
  const between = links.filter((link) => {
    const [a, b] = ends(link);
    return (a === fromId && b === toId) || (a === toId && b === fromId);
  });
  if (between.length > 0) await repo.delete(between.map((link) => link.id));
  await repo.update({ fromKind: 'CONTACT', fromId }, { fromId: toId });
  await repo.update({ toKind: 'CONTACT', toId: fromId }, { toId });
  return links.map((link) => link.id);
}

/** Every record of one person (seekers' private copies included). */
async function rowsOfPerson(manager: EntityManager, personId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager
    .getRepository(ContactEntity)
    .createQueryBuilder('c')
    .select('c.id', 'id')
    .where('c.person_id = :personId', { personId })
    .getRawMany();
  return rows.map((row) => row.id);
}
