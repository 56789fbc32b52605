import { randomUUID } from 'node:crypto';
import {
  type Connection,
  type ConnectionKind,
  type ConnectionStrength,
  connectionForCompletedMeeting,
  connectionStrength,
  describeConnection,
  emailKey,
  type IntroGraph,
  type IntroPath,
  type Meeting,
  type NodeRef,
  referralTree as buildReferralTree,
  type ReferralTreeNode,
  searchIntroPaths,
  validateConnection,
} from '@rapport/domain';
import Papa from 'papaparse';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { type Actor, isAgency, seekerIdOf } from '../common/actor.js';
import {
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  orThrow,
  RuleBrokenError,
} from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { writeTransaction } from '../common/transaction.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { ContactService } from '../contact/contact.service.js';
import { ConnectionEntity, type ConnectionSource } from './connection.entity.js';
import { type NetworkChangeEntityKind } from './network-change.entity.js';
import {
  pruneNetworkChanges,
  recordContactsChanged,
  recordNetworkChanges,
} from './network-changes.js';
import { instantOf, NetworkIndex } from './network-index.js';
import { rowHydrator } from '../db/hydrate.js';

/** A seeker as a node of the network: staff see the name, a seeker only ever sees themselves. */
export interface SeekerNode {
  nodeKind: 'SEEKER';
  id: string;
  name: string;
}
export type NetworkNodeValue = ContactEntity | SeekerNode;

export interface IntroHopView {
  from: NetworkNodeValue;
  to: NetworkNodeValue;
  kind: ConnectionKind;
  sentence: string;
  strength: number;
  recordedAt: Date;
}

export interface IntroPathView {
  hops: IntroHopView[];
  length: number;
  weakestStrength: number;
}

export type IntroTarget = { contactId: string } | { companyId: string };
export type NetworkCenter = { contactId: string } | { companyId: string };

export const REFERRAL_STATUSES = ['REFERRED', 'ASKED', 'MET', 'HIRED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface ReferralTreeNodeView {
  contact: ContactEntity;
  referredBy: ContactEntity | null;
  referredAt: Date | null;
  status: ReferralStatus;
  furthestStatus: ReferralStatus;
  depth: number;
  children: ReferralTreeNodeView[];
}

export interface ReferralTreeView {
  seeker: SeekerNode;
  roots: ReferralTreeNodeView[];
  size: number;
  asked: number;
  met: number;
  hired: number;
}

export const GRAPH_NODE_KINDS = ['CONTACT', 'SEEKER', 'COMPANY'] as const;
export type GraphNodeKind = (typeof GRAPH_NODE_KINDS)[number];
export const GRAPH_EDGE_KINDS = ['REFERRED', 'KNOWS', 'WORKS_WITH', 'MET', 'EMPLOYS'] as const;
export type GraphEdgeKind = (typeof GRAPH_EDGE_KINDS)[number];

export interface GraphNodeView {
  id: string;
  label: string;
  kind: GraphNodeKind;
  companyName: string | null;
  degree: number;
  doNotContact: boolean;
}

export interface GraphEdgeView {
  id: string;
  source: string;
  target: string;
  kind: GraphEdgeKind;
  strength: number;
}

export interface NetworkGraphView {
  nodes: GraphNodeView[];
  edges: GraphEdgeView[];
  truncated: boolean;
}

export interface BrokerView {
  contact: ContactEntity;
  degree: number;
  companiesBridged: number;
  linksIntoCompany: number | null;
}

export interface ImportRowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  errors: ImportRowError[];
}

/** Limits the API promises in its schema descriptions. */
export const NETWORK_LIMITS = {
  paths: 10,
  depth: 3,
  graphNodes: 1000,
  brokers: 50,
  pathBetweenHops: 6,
  importRows: 5000,
  note: 1000,
} as const;

/**
 * How long change rows are kept. Every live process applies them within
 * seconds (before each query, and on its refresh timer), so a day is a wide
 * margin; a process asleep for longer reloads the whole index instead.
 */
export const NETWORK_CHANGES_KEPT_MS = 24 * 3_600_000;
/** How often each process prunes the change log (any of them may; it is idempotent). */
const PRUNE_EVERY_MS = 10 * 60_000;

const SEEKER_THING = 'That seeker';
const CONTACT_THING = 'That contact';
const COMPANY_THING = 'That company';
const CONNECTION_THING = 'That connection';

export class NetworkService {
  readonly index: NetworkIndex;
  /** The contacts concept's own visibility rule, so the network never keeps a second one. */
  private readonly contactRule: ContactService;
  private readonly contactRow: (raw: Record<string, unknown>) => ContactEntity;
  private refreshTimer: NodeJS.Timeout | null = null;
  private refreshing: Promise<void> | null = null;
  private lastPrunedAt = 0;

  constructor(private readonly dataSource: DataSource) {
    this.index = new NetworkIndex(dataSource);
    this.contactRule = new ContactService(dataSource);
    this.contactRow = rowHydrator(dataSource, ContactEntity);
  }

  /** Whether the actor may see a contact row, by the contacts concept's rule. */
  private sees(actor: Actor, row: ContactEntity | null | undefined): row is ContactEntity {
    if (!row) return false;
    try {
      this.contactRule.visible(actor, row);
      return true;
    } catch (error) {
      if (error instanceof NotFoundError) return false;
      throw error;
    }
  }

  // ------------------------------------------------------------ keeping fresh

  /**
   * Every `seconds`, brings a loaded index up to date with other processes'
   * writes, so the work is done between queries rather than by the next one,
   * and now and then prunes change rows older than NETWORK_CHANGES_KEPT_MS.
   * The index is loaded at start-up (main.ts); until then this does nothing.
   */
  startRefreshing(
    seconds: number,
    log: { error: (details: object, message: string) => void },
    now: () => Date = () => new Date(),
  ): void {
    if (this.refreshTimer || seconds <= 0) return;
    this.refreshTimer = setInterval(() => {
      if (this.refreshing || !this.index.started) return;
      this.refreshing = this.refresh(now())
        .catch((error: unknown) => log.error({ err: error }, 'network index refresh failed'))
        .finally(() => {
          this.refreshing = null;
        });
    }, seconds * 1000);
    this.refreshTimer.unref();
  }

  async stopRefreshing(): Promise<void> {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.refreshTimer = null;
    await this.refreshing;
  }

  /** One tick of the refresh timer: catch up, and prune when it is time. */
  async refresh(now: Date): Promise<void> {
    await this.index.sync();
    if (now.getTime() - this.lastPrunedAt >= PRUNE_EVERY_MS) {
      this.lastPrunedAt = now.getTime();
      await pruneNetworkChanges(this.dataSource, new Date(now.getTime() - NETWORK_CHANGES_KEPT_MS));
    }
  }

  // ------------------------------------------------------------------ writes

  /** See recordNetworkChanges: the version bump and change log, in the caller's transaction. */
  recordChanges(
    manager: EntityManager,
    changes: { entity: NetworkChangeEntityKind; entityId: string | null }[],
  ): Promise<void> {
    return recordNetworkChanges(manager, changes);
  }

  /**
   * See recordContactsChanged (the contacts concept calls that directly):
   * inside the transaction that changes a contact's company, owner, sharing,
   * person, do-not-contact flag or archiving, so every process's index
   * re-reads it. (Paths are also checked against the database before they
   * are returned, so a missed call can hide a path but never show one
   * through a do-not-contact person.)
   */
  contactsChanged(manager: EntityManager, contactIds: readonly string[]): Promise<void> {
    return recordContactsChanged(manager, contactIds);
  }

  private async insertEdges(
    manager: EntityManager,
    rows: Omit<ConnectionEntity, 'createdAt'>[],
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += 100) {
      await manager.getRepository(ConnectionEntity).insert(rows.slice(i, i + 100));
    }
    await this.recordChanges(
      manager,
      rows.map((row) => ({ entity: 'CONNECTION' as const, entityId: row.id })),
    );
  }

  /**
   * The referrals concept calls this when a seeker records a referral:
   * `giver` gave the seeker `referred`'s name. The REFERRED edge joins the
   * agency's network (every referral is a link the next seeker can walk;
   * a private contact at either end still hides it from everyone else), and
   * credits the giver's tie with the seeker. Recording the same referral
   * again returns the edge already made. Pass the referral's transaction
   * (`outer`) so the referral never exists without its edge; every
   * process's index then picks the edge up from the change log.
   */
  async recordReferral(
    input: {
      referralId: string;
      seekerId: string;
      giverContactId: string;
      referredContactId: string;
      at: Date;
    },
    outer?: EntityManager,
  ): Promise<ConnectionEntity> {
    const work = async (manager: EntityManager) => {
      const repo = manager.getRepository(ConnectionEntity);
      const already = await repo.findOneBy({ source: 'REFERRAL', sourceId: input.referralId });
      if (already) return already;
      const connection = orThrow(
        validateConnection(
          {
            id: randomUUID(),
            kind: 'REFERRED',
            from: { type: 'CONTACT', id: input.giverContactId },
            to: { type: 'CONTACT', id: input.referredContactId },
            meetingId: null,
            ownerSeekerId: null,
            recordedAt: input.at,
          },
          await this.existingBetween(
            manager,
            { type: 'CONTACT', id: input.giverContactId },
            { type: 'CONTACT', id: input.referredContactId },
          ),
        ),
      );
      const entity = toEntity(connection, 'REFERRAL', input.referralId, input.seekerId, null);
      await this.insertEdges(manager, [entity]);
      return repo.findOneByOrFail({ id: entity.id });
    };
    if (outer) return work(outer);
    const row = await writeTransaction(this.dataSource, work);
    await this.index.sync();
    return row;
  }

  /**
   * The meetings concept calls this in the transaction that completes a
   * meeting (pass its manager) or after it: the seeker's private MET link
   * to the person they met, which is most seekers' first hop into the
   * network. Idempotent per meeting.
   */
  async recordMeetingHeld(
    meeting: Pick<Meeting, 'id' | 'seekerId' | 'contactId' | 'status'>,
    now: Date,
    outer?: EntityManager,
  ): Promise<ConnectionEntity> {
    const work = async (manager: EntityManager) => {
      const repo = manager.getRepository(ConnectionEntity);
      const already = await repo.findOneBy({ source: 'MEETING', sourceId: meeting.id });
      if (already) return already;
      const connection = orThrow(
        connectionForCompletedMeeting(meeting, {
          id: randomUUID(),
          now,
          existing: await this.existingBetween(
            manager,
            { type: 'SEEKER', id: meeting.seekerId },
            { type: 'CONTACT', id: meeting.contactId },
          ),
        }),
      );
      const entity = toEntity(connection, 'MEETING', meeting.id, meeting.seekerId, null);
      await this.insertEdges(manager, [entity]);
      return repo.findOneByOrFail({ id: entity.id });
    };
    if (outer) return work(outer);
    const row = await writeTransaction(this.dataSource, work);
    await this.index.sync();
    return row;
  }

  /** Edges already recorded between two nodes, either way round, as the domain sees them. */
  private async existingBetween(
    manager: EntityManager,
    a: NodeRef,
    b: NodeRef,
  ): Promise<Connection[]> {
    const rows = await manager.getRepository(ConnectionEntity).find({
      where: [
        { fromKind: a.type, fromId: a.id, toKind: b.type, toId: b.id },
        { fromKind: b.type, fromId: b.id, toKind: a.type, toId: a.id },
      ],
    });
    return rows.map(toDomain);
  }

  /** Staff record that two agency contacts know or work with each other. */
  async create(
    actor: Actor,
    input: {
      fromContactId: string;
      toContactId: string;
      kind: 'KNOWS' | 'WORKS_WITH';
      note?: string | null;
    },
    now: Date,
  ): Promise<ConnectionEntity> {
    requireAgency(actor);
    const note = input.note?.trim() || null;
    if (note !== null && note.length > NETWORK_LIMITS.note) {
      throw new InvalidInputError(`A note must be at most ${NETWORK_LIMITS.note} characters.`, {
        field: 'note',
      });
    }
    const row = await writeTransaction(this.dataSource, async (manager) => {
      const contacts = await manager
        .getRepository(ContactEntity)
        .findBy({ id: In([input.fromContactId, input.toContactId]) });
      for (const id of [input.fromContactId, input.toContactId]) {
        const contact = contacts.find((c) => c.id === id);
        if (!this.sees(actor, contact) || contact.archivedAt !== null) {
          throw new NotFoundError(CONTACT_THING);
        }
      }
      const connection = orThrow(
        validateConnection(
          {
            id: randomUUID(),
            kind: input.kind,
            from: { type: 'CONTACT', id: input.fromContactId },
            to: { type: 'CONTACT', id: input.toContactId },
            meetingId: null,
            ownerSeekerId: null,
            recordedAt: now,
          },
          await this.existingBetween(
            manager,
            { type: 'CONTACT', id: input.fromContactId },
            { type: 'CONTACT', id: input.toContactId },
          ),
        ),
      );
      const entity = toEntity(connection, 'MANUAL', null, null, note);
      await this.insertEdges(manager, [entity]);
      return manager.getRepository(ConnectionEntity).findOneByOrFail({ id: entity.id });
    });
    await this.index.sync();
    return row;
  }

  /**
   * Staff remove a link they or an import recorded. Links made from a
   * referral or a meeting are facts about those records and go with them.
   */
  async remove(actor: Actor, id: string): Promise<string> {
    requireAgency(actor);
    await writeTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(ConnectionEntity);
      const row = await repo.findOneBy({ id });
      if (!row || !canSeeAsAgency(row)) throw new NotFoundError(CONNECTION_THING);
      if (row.source === 'REFERRAL' || row.source === 'MEETING') {
        throw new RuleBrokenError(
          'NETWORK.RECORDED_CONNECTION',
          'This link comes from a recorded referral or meeting; it cannot be removed on its own.',
        );
      }
      await repo.delete({ id });
      await this.recordChanges(manager, [{ entity: 'CONNECTION', entityId: id }]);
    });
    await this.index.sync();
    return id;
  }

  /**
   * KNOWS and WORKS_WITH links from a CSV with the columns from, to, kind and
   * an optional note; each end is a contact's email or id. All or nothing:
   * any bad row and nothing is imported, every bad row is reported. Links
   * that already exist (or repeat in the file) are skipped, so importing the
   * same file twice is harmless.
   */
  async importCsv(actor: Actor, csv: string, now: Date): Promise<ImportResult> {
    requireAgency(actor);
    const parsed = Papa.parse<Record<string, string>>(csv, {
      header: true,
      skipEmptyLines: 'greedy',
      transformHeader: (header) => header.trim().toLowerCase(),
    });
    const errors: ImportRowError[] = [];
    const fail = (row: number, field: string | null, code: string, message: string) =>
      errors.push({ row, field, code, message });
    const missing = ['from', 'to', 'kind'].filter((c) => !parsed.meta.fields?.includes(c));
    if (missing.length > 0) {
      fail(
        1,
        missing[0]!,
        'NETWORK.INVALID_IMPORT',
        `The header must name the columns from, to and kind (missing: ${missing.join(', ')}).`,
      );
      return { imported: 0, skipped: 0, errors };
    }
    if (parsed.data.length > NETWORK_LIMITS.importRows) {
      fail(
        1,
        null,
        'NETWORK.INVALID_IMPORT',
        `Import at most ${NETWORK_LIMITS.importRows} rows at a time.`,
      );
      return { imported: 0, skipped: 0, errors };
    }
    for (const problem of parsed.errors) {
      fail((problem.row ?? 0) + 2, null, 'NETWORK.INVALID_IMPORT', problem.message);
    }

    // Resolve every named contact in two statements, whatever the file's size.
    const rows = parsed.data.map((data, i) => ({ line: i + 2, data }));
    const emails = new Set<string>();
    const ids = new Set<string>();
    const references = new Map<string, { email?: string; id?: string; error?: string }>();
    for (const { data } of rows) {
      for (const value of [data.from ?? '', data.to ?? '']) {
        const text = value.trim();
        if (references.has(text)) continue;
        if (text.includes('@')) {
          const key = emailKey(text)!;
          emails.add(key);
          references.set(text, { email: key });
        } else if (text.length > 0) {
          try {
            const id = fromGlobalId(text, 'Contact');
            ids.add(id);
            references.set(text, { id });
          } catch {
            references.set(text, { error: 'Give a contact’s email address or its id.' });
          }
        }
      }
    }
    const byEmail = new Map<string, ContactEntity[]>();
    const byId = new Map<string, ContactEntity>();
    if (emails.size > 0) {
      const found = await this.dataSource
        .getRepository(ContactEntity)
        .createQueryBuilder('ct')
        .where('LOWER(ct.email) IN (:...emails)', { emails: [...emails] })
        .getMany();
      for (const contact of found) {
        if (!this.sees(actor, contact) || contact.archivedAt !== null) continue;
        const key = emailKey(contact.email)!;
        byEmail.set(key, [...(byEmail.get(key) ?? []), contact]);
      }
    }
    if (ids.size > 0) {
      const found = await this.dataSource.getRepository(ContactEntity).findBy({ id: In([...ids]) });
      for (const contact of found) {
        if (this.sees(actor, contact) && contact.archivedAt === null) byId.set(contact.id, contact);
      }
    }
    const resolve = (line: number, field: 'from' | 'to', value: string): string | null => {
      const text = value.trim();
      const reference = references.get(text);
      if (!text || !reference) {
        fail(line, field, 'NETWORK.UNKNOWN_CONTACT', `Row ${line}: "${field}" is empty.`);
        return null;
      }
      if (reference.error) {
        fail(line, field, 'NETWORK.UNKNOWN_CONTACT', `Row ${line}: ${reference.error}`);
        return null;
      }
      if (reference.id) {
        if (byId.has(reference.id)) return reference.id;
        fail(line, field, 'NETWORK.UNKNOWN_CONTACT', `Row ${line}: no agency contact has that id.`);
        return null;
      }
      const matches = byEmail.get(reference.email!) ?? [];
      if (matches.length === 1) return matches[0]!.id;
      fail(
        line,
        field,
        matches.length === 0 ? 'NETWORK.UNKNOWN_CONTACT' : 'NETWORK.AMBIGUOUS_CONTACT',
        matches.length === 0
          ? `Row ${line}: no agency contact has the email ${text}.`
          : `Row ${line}: several contacts have the email ${text}; use the contact’s id.`,
      );
      return null;
    };

    const wanted: {
      line: number;
      from: string;
      to: string;
      kind: 'KNOWS' | 'WORKS_WITH';
      note: string | null;
    }[] = [];
    for (const { line, data } of rows) {
      const from = resolve(line, 'from', data.from ?? '');
      const to = resolve(line, 'to', data.to ?? '');
      const kind = (data.kind ?? '')
        .trim()
        .toUpperCase()
        .replace(/[\s-]+/g, '_');
      if (kind !== 'KNOWS' && kind !== 'WORKS_WITH') {
        fail(
          line,
          'kind',
          'NETWORK.INVALID_KIND',
          `Row ${line}: kind must be KNOWS or WORKS_WITH.`,
        );
        continue;
      }
      const note = data.note?.trim() || null;
      if (note && note.length > NETWORK_LIMITS.note) {
        fail(
          line,
          'note',
          'NETWORK.INVALID_IMPORT',
          `Row ${line}: the note is longer than ${NETWORK_LIMITS.note} characters.`,
        );
        continue;
      }
      if (from === null || to === null) continue;
      if (from === to) {
        fail(
          line,
          'to',
          'NETWORK.SELF_CONNECTION',
          `Row ${line}: a person cannot be connected to themselves.`,
        );
        continue;
      }
      wanted.push({ line, from, to, kind, note });
    }
    if (errors.length > 0)
      return { imported: 0, skipped: 0, errors: errors.sort((a, b) => a.row - b.row) };

    return this.dataSource
      .transaction(async (manager) => {
        const involved = [...new Set(wanted.flatMap((w) => [w.from, w.to]))];
        const existing = new Set<string>();
        for (let i = 0; i < involved.length; i += 400) {
          const chunk = involved.slice(i, i + 400);
          const found = await manager
            .getRepository(ConnectionEntity)
            .createQueryBuilder('cn')
            .select(['cn.kind', 'cn.fromId', 'cn.toId'])
            .where("cn.from_kind = 'CONTACT' AND cn.to_kind = 'CONTACT'")
            .andWhere('cn.owner_seeker_id IS NULL')
            .andWhere('(cn.from_id IN (:...chunk) OR cn.to_id IN (:...chunk))', { chunk })
            .getMany();
          for (const edge of found) existing.add(pairKindKey(edge.kind, edge.fromId, edge.toId));
        }
        const fresh: Omit<ConnectionEntity, 'createdAt'>[] = [];
        let skipped = 0;
        for (const want of wanted) {
          const key = pairKindKey(want.kind, want.from, want.to);
          if (existing.has(key)) {
            skipped += 1;
            continue;
          }
          existing.add(key);
          fresh.push({
            id: randomUUID(),
            kind: want.kind,
            fromKind: 'CONTACT',
            fromId: want.from,
            toKind: 'CONTACT',
            toId: want.to,
            source: 'CSV_IMPORT',
            sourceId: null,
            ownerSeekerId: null,
            collectedBySeekerId: null,
            note: want.note,
            recordedAt: now,
          });
        }
        if (fresh.length > 0) await this.insertEdges(manager, fresh);
        return { imported: fresh.length, skipped, errors: [] };
      })
      .then(async (result) => {
        await this.index.sync();
        return result;
      });
  }

  // ------------------------------------------------------------------- reads

  /** Who the paths start from: the signed-in seeker, or for staff the seeker they name. */
  private async seekerFor(actor: Actor, seekerId: string | null | undefined): Promise<SeekerNode> {
    const self = seekerIdOf(actor);
    if (self !== null) {
      if (seekerId && seekerId !== self) throw new NotFoundError(SEEKER_THING);
      return { nodeKind: 'SEEKER', id: self, name: actor.kind === 'user' ? actor.name : '' };
    }
    requireAgency(actor);
    if (!seekerId) {
      throw new InvalidInputError('Staff name the seeker the paths start from.', {
        field: 'seekerId',
      });
    }
    const [user] = (await this.dataSource.query(
      `SELECT id, name, role FROM users WHERE id = ${this.index.placeholder(1)}`,
      [seekerId],
    )) as { id: string; name: string; role: string }[];
    if (!user || user.role !== 'SEEKER') throw new NotFoundError(SEEKER_THING);
    return { nodeKind: 'SEEKER', id: user.id, name: user.name };
  }

  /** A contact the actor may see, or NOT_FOUND (a seeker probing another seeker's ids learns nothing). */
  private async visibleContact(actor: Actor, id: string): Promise<ContactEntity> {
    const { contacts } = await this.contactsById([id]);
    const contact = contacts.get(id);
    if (!this.sees(actor, contact)) throw new NotFoundError(CONTACT_THING);
    return contact;
  }

  /** Whether a company exists, without loading it. */
  private async requireCompany(id: string): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT id FROM companies WHERE id = ${this.index.placeholder(1)}`,
      [id],
    )) as unknown[];
    if (rows.length === 0) throw new NotFoundError(COMPANY_THING);
  }

  /**
   * The best warm-introduction paths for a seeker to a contact or to anyone
   * at a company. Each path is checked against the database before it is
   * returned (the rows on it are read anyway, for names), and a path whose
   * people changed since the index last saw them is searched again.
   */
  async warmIntroPaths(
    actor: Actor,
    args: { target: IntroTarget; seekerId?: string | null; first: number },
    now: Date,
  ): Promise<IntroPathView[]> {
    const k = clampCount(args.first, NETWORK_LIMITS.paths, 'first');
    // Independent reads, sent together (on PostgreSQL each is a round trip).
    const asksOf = seekerIdOf(actor) ?? args.seekerId ?? null;
    const [seeker, , , answered] = await allInOrder([
      this.seekerFor(actor, args.seekerId),
      'contactId' in args.target ? this.visibleContact(actor, args.target.contactId) : null,
      this.index.sync(),
      asksOf ? this.answeredAsks(asksOf) : new Map<string, Date[]>(),
    ] as const);
    // A company with people in the index exists (contacts point at it); only
    // an empty one needs the table to tell it from an id that never existed.
    if ('companyId' in args.target && !this.index.hasMembers(args.target.companyId)) {
      await this.requireCompany(args.target.companyId);
    }
    const staff = isAgency(actor);
    for (let attempt = 0; ; attempt += 1) {
      const paths = this.searchPaths(seeker.id, args.target, k, staff, now, answered);
      const ids = [...new Set(paths.flatMap((path) => path.contactIds))];
      const { contacts, companyNames } = await this.contactsById(ids);
      const stale = ids.filter((id) => this.disagrees(contacts.get(id), id));
      if (stale.length === 0 || attempt === 2) {
        const safe = paths.filter((path) => path.contactIds.every((id) => !stale.includes(id)));
        return this.describePaths(safe, contacts, companyNames, seeker, !staff);
      }
      await this.index.refreshContacts(stale);
    }
  }

  /** Whether the index's view of a contact differs from its row (or the row is gone). */
  private disagrees(row: ContactEntity | undefined, id: string): boolean {
    const view = this.index.contactViewById(id);
    if (!row || !view) return true;
    const node = this.index.contactNodeNumber(id)!;
    return (
      row.doNotContact !== view.doNotContact ||
      row.ownerId !== view.ownerSeekerId ||
      row.archivedAt !== null ||
      row.sharedWithSeekers !== this.index.sharedWithSeekers(node) ||
      row.companyId !== this.index.companyIdOf(node)
    );
  }

  /**
   * The seeker's asks that got an answer (accepted or declined), by person:
   * they strengthen the seeker's own ties. Read per query (one indexed
   * statement) rather than kept in the index, since only this seeker's
   * first hop uses them and the asks concept owns their writes.
   */
  private async answeredAsks(seekerId: string): Promise<Map<string, Date[]>> {
    const rows: { person_id: string; status_changed_at: unknown }[] = await this.dataSource.query(
      `SELECT person_id, status_changed_at FROM asks
        WHERE owner_id = ${this.index.placeholder(1)} AND status IN ('ACCEPTED', 'DECLINED')`,
      [seekerId],
    );
    const byPerson = new Map<string, Date[]>();
    for (const row of rows) {
      const at = new Date(instantOf(row.status_changed_at));
      byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), at]);
    }
    return byPerson;
  }

  /**
   * The domain's search (searchIntroPaths) run straight on the index's
   * numbers: nothing is built per edge looked at, and only the few paths
   * returned become domain objects. A company target is the group of its
   * people the seeker may reach.
   */
  private searchPaths(
    seekerId: string,
    target: IntroTarget,
    k: number,
    staff: boolean,
    now: Date,
    answered: Map<string, Date[]> = new Map(),
  ): IntroPath[] {
    const index = this.index;
    const seekerNode = index.seekerNodeNumber(seekerId);
    if (seekerNode === undefined) return [];
    let targets: number[];
    if ('contactId' in target) {
      const node = index.contactNodeNumber(target.contactId);
      targets = node === undefined ? [] : [node];
    } else {
      targets = index.membersOf(target.companyId);
    }
    const day = index.dayOf(now);
    // Ties at the seeker also count the asks the other person answered.
    const seekerTies = new Map<number, number>();
    const strength = (edge: number): number => {
      if (answered.size === 0) return index.scoreOf(edge, now, day);
      const from = index.fromOf(edge);
      const other =
        from === seekerNode ? index.toOf(edge) : index.toOf(edge) === seekerNode ? from : -1;
      const asks = other === -1 ? undefined : answered.get(index.personIdOf(other) ?? '');
      if (!asks) return index.scoreOf(edge, now, day);
      let score = seekerTies.get(other);
      if (score === undefined) {
        score = connectionStrength(
          [
            ...index.interactionsBetween(seekerNode, other),
            ...asks.map((at) => ({ kind: 'ASK_ANSWERED' as const, at })),
          ],
          now,
        ).score;
        seekerTies.set(other, score);
      }
      return score;
    };
    const graph: IntroGraph = {
      edgesAt: (node) => index.edgesAt(node),
      from: (edge) => index.fromOf(edge),
      to: (edge) => index.toOf(edge),
      owner: (edge) => index.ownerOfEdge(edge),
      recordedAt: (edge) => index.recordedAtOf(edge),
      strength,
      isSeeker: (node) => index.isSeekerNode(node),
      // The contacts concept's rule on top of the domain's: a seeker passes
      // only through their own contacts and agency contacts shared with
      // seekers; staff asking for a seeker, never through the seeker's
      // private contacts (canViewContact for staff).
      contactOwner: (node) => index.contactOwnerFor(node, staff),
      doNotContact: (node) => index.doNotContactNode(node),
      edgeId: (edge) => index.edgeId(edge),
      nodeId: (node) => index.refOf(node).id,
    };
    const found = searchIntroPaths({ graph, seeker: seekerNode, targets, k, maxHops: 3 });
    return found.map((path) => ({
      hops: path.edges.map((edge, i) => ({
        from: index.refOf(path.nodes[i]!),
        to: index.refOf(path.nodes[i + 1]!),
        connection: index.connection(edge),
        strength: path.strengths[i]!,
      })),
      contactIds: path.nodes.slice(1).map((node) => index.refOf(node).id),
      weakestStrength: path.weakestStrength,
      totalStrength: path.totalStrength,
      oldestLinkAt: new Date(path.oldestLinkAt),
    }));
  }

  /**
   * Contact rows by id with their companies' names, in one statement and
   * without the ORM's query building (these reads run on every path query).
   */
  private async contactsById(
    ids: readonly string[],
  ): Promise<{ contacts: Map<string, ContactEntity>; companyNames: Map<string, string> }> {
    const contacts = new Map<string, ContactEntity>();
    const companyNames = new Map<string, string>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 500) {
      const chunk = unique.slice(i, i + 500);
      const rows = (await this.dataSource.query(
        `SELECT c.*, co.name AS rapport_company_name FROM contacts c
           LEFT JOIN companies co ON co.id = c.company_id
          WHERE c.id IN (${chunk.map((_, n) => this.index.placeholder(n + 1)).join(', ')})`,
        chunk,
      )) as Record<string, unknown>[];
      for (const raw of rows) {
        const row = this.contactRow(raw);
        contacts.set(row.id, row);
        if (row.companyId && raw.rapport_company_name !== null) {
          companyNames.set(row.companyId, String(raw.rapport_company_name));
        }
      }
    }
    return { contacts, companyNames };
  }

  /** Paths as the API shows them: nodes, and each hop in a sentence, from rows already read. */
  private describePaths(
    paths: IntroPath[],
    contacts: Map<string, ContactEntity>,
    companies: Map<string, string>,
    seeker: SeekerNode | null,
    viewerIsSeeker: boolean,
  ): IntroPathView[] {
    const nodeValue = (ref: NodeRef): NetworkNodeValue =>
      ref.type === 'SEEKER' ? seeker! : contacts.get(ref.id)!;
    const party = (ref: NodeRef) =>
      ref.type === 'SEEKER'
        ? { name: seeker!.name, isViewer: viewerIsSeeker }
        : { name: contacts.get(ref.id)!.fullName };
    const companyOf = (ref: NodeRef) => {
      if (ref.type !== 'CONTACT') return null;
      const companyId = contacts.get(ref.id)?.companyId;
      return companyId ? (companies.get(companyId) ?? null) : null;
    };
    return paths.map((path) => ({
      length: path.hops.length,
      weakestStrength: path.weakestStrength,
      hops: path.hops.map((hop) => {
        const { connection } = hop;
        return {
          from: nodeValue(hop.from),
          to: nodeValue(hop.to),
          kind: connection.kind,
          strength: hop.strength,
          recordedAt: connection.recordedAt,
          sentence: describeConnection(connection, {
            from: party(connection.from),
            to: party(connection.to),
            companyName: companyOf(connection.to) ?? companyOf(connection.from),
          }),
        };
      }),
    }));
  }

  /** The strength of a stored edge's tie, with its reasons. */
  async strengthOf(
    row: Pick<ConnectionEntity, 'fromKind' | 'fromId' | 'toKind' | 'toId'>,
    now: Date,
  ): Promise<ConnectionStrength> {
    await this.index.ready();
    const from = this.index.nodeNumber({ type: row.fromKind, id: row.fromId });
    const to = this.index.nodeNumber({ type: row.toKind, id: row.toId });
    if (from === undefined || to === undefined) return { score: 10, reasons: [] };
    return this.index.strengthBetween(from, to, now);
  }

  /**
   * Who referred a seeker to whom, and how far each branch went. Roots are
   * the people the seeker met or who gave them names without being named
   * to them first; each referral collected hangs under its giver.
   */
  async referralTree(actor: Actor, seekerId: string | null | undefined): Promise<ReferralTreeView> {
    const seeker = await this.seekerFor(actor, seekerId);
    const rows = await this.dataSource.getRepository(ConnectionEntity).find({
      where: [
        { collectedBySeekerId: seeker.id, kind: 'REFERRED' },
        { ownerSeekerId: seeker.id, kind: 'MET' },
      ],
    });
    const met = new Map<string, Date>();
    const referrals: Connection[] = [];
    for (const row of rows) {
      if (row.kind === 'MET' && row.toKind === 'CONTACT') met.set(row.toId, row.recordedAt);
      else if (row.kind === 'REFERRED') referrals.push(toDomain(row));
    }
    const referred = new Set(referrals.map((edge) => edge.to.id));
    const rootIds = [...new Set([...met.keys(), ...referrals.map((edge) => edge.from.id)])]
      .filter((id) => !referred.has(id))
      .sort();
    // The domain builds the tree from one contact; a stand-in root that
    // "referred" every real root lets it place each person once, nearest first.
    const standIn = `seeker:${seeker.id}`;
    const tree = buildReferralTree(standIn, [
      ...rootIds.map((id, i) => ({
        id: `root-${i}`,
        kind: 'REFERRED' as const,
        from: { type: 'CONTACT' as const, id: standIn },
        to: { type: 'CONTACT' as const, id },
        meetingId: null,
        ownerSeekerId: null,
        recordedAt: met.get(id) ?? new Date(0),
      })),
      ...referrals.sort((a, b) => a.recordedAt.getTime() - b.recordedAt.getTime()),
    ]);
    const askedPeople = new Set(
      (
        (await this.dataSource.query(
          `SELECT person_id FROM asks WHERE owner_id = ${this.index.placeholder(1)}`,
          [seeker.id],
        )) as { person_id: string }[]
      ).map((row) => row.person_id),
    );
    const { contacts } = await this.contactsById([
      ...met.keys(),
      ...referrals.flatMap((edge) => [edge.from.id, edge.to.id]),
    ]);
    const referredAt = new Map(
      referrals.map((edge) => [`${edge.from.id}>${edge.to.id}`, edge.recordedAt]),
    );
    const rank = (status: ReferralStatus) => REFERRAL_STATUSES.indexOf(status);
    const counts = { size: 0, asked: 0, met: 0, hired: 0 };
    const build = (
      node: ReferralTreeNode,
      parent: string | null,
      depth: number,
    ): ReferralTreeNodeView | null => {
      const contact = contacts.get(node.contactId);
      if (!this.sees(actor, contact)) return null;
      // Hires join here when they are recorded; a meeting implies the ask.
      const status: ReferralStatus = met.has(contact.id)
        ? 'MET'
        : askedPeople.has(contact.personId)
          ? 'ASKED'
          : 'REFERRED';
      counts.size += 1;
      if (status === 'MET') counts.met += 1;
      if (status !== 'REFERRED') counts.asked += 1;
      const children = node.children
        .map((child) => build(child, contact.id, depth + 1))
        .filter((child): child is ReferralTreeNodeView => child !== null);
      const furthest = children.reduce<ReferralStatus>(
        (best, child) => (rank(child.furthestStatus) > rank(best) ? child.furthestStatus : best),
        status,
      );
      return {
        contact,
        referredBy: parent ? (contacts.get(parent) ?? null) : null,
        referredAt: parent ? (referredAt.get(`${parent}>${contact.id}`) ?? null) : null,
        status,
        furthestStatus: furthest,
        depth,
        children,
      };
    };
    const roots = tree.children
      .map((child) => build(child, null, 0))
      .filter((root): root is ReferralTreeNodeView => root !== null);
    return { seeker, roots, ...counts };
  }

  /** The agency's network around a contact or everyone at a company, as the explorer draws it. */
  async around(
    actor: Actor,
    args: {
      center: NetworkCenter;
      depth: number;
      kinds?: readonly ConnectionKind[] | null;
      limit: number;
    },
    now: Date,
  ): Promise<NetworkGraphView> {
    requireAgencyOrKey(actor);
    const depth = clampCount(args.depth, NETWORK_LIMITS.depth, 'depth');
    const limit = clampCount(args.limit, NETWORK_LIMITS.graphNodes, 'limit');
    const kinds = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
    let company: CompanyEntity | null = null;
    if ('contactId' in args.center) {
      await this.visibleContact(actor, args.center.contactId);
    } else {
      company = await this.dataSource
        .getRepository(CompanyEntity)
        .findOneBy({ id: args.center.companyId });
      if (!company) throw new NotFoundError(COMPANY_THING);
    }
    await this.index.sync();
    const index = this.index;
    const usable = (e: number) => index.agencyEdge(e) && (!kinds || kinds.has(index.kindOf(e)));
    const start =
      'contactId' in args.center
        ? [index.contactNodeNumber(args.center.contactId)].filter(
            (n): n is number => n !== undefined,
          )
        : index
            .membersOf(args.center.companyId)
            .filter((n) => index.staffMaySee(n))
            .sort((a, b) => a - b);
    const kept = new Set<number>();
    let truncated = false;
    let level = start;
    for (const node of start) {
      if (kept.size >= limit) {
        truncated = true;
        break;
      }
      kept.add(node);
    }
    for (let step = 0; step < depth && !truncated; step += 1) {
      const next: number[] = [];
      for (const node of level) {
        for (const e of index.edgesAt(node)) {
          if (!usable(e)) continue;
          const other = index.otherEnd(e, node);
          if (kept.has(other) || !index.staffMaySee(other)) continue;
          if (kept.size >= limit) {
            truncated = true;
            break;
          }
          kept.add(other);
          next.push(other);
        }
        if (truncated) break;
      }
      level = next;
    }
    const ids = [...kept].map((node) => index.refOf(node).id);
    const { contacts, companyNames: companies } = await this.contactsById(ids);
    const nodes: GraphNodeView[] = [];
    const edges: GraphEdgeView[] = [];
    if (company) {
      nodes.push({
        id: toGlobalId('Company', company.id),
        label: company.name,
        kind: 'COMPANY',
        companyName: company.name,
        degree: start.length,
        doNotContact: false,
      });
    }
    for (const node of kept) {
      const contact = contacts.get(index.refOf(node).id);
      if (!contact) continue;
      let degree = 0;
      for (const e of index.edgesAt(node)) {
        if (!usable(e)) continue;
        degree += 1;
        const other = index.otherEnd(e, node);
        // Each edge once: from the end with the smaller node number.
        if (kept.has(other) && node <= other && contacts.has(index.refOf(other).id)) {
          edges.push({
            id: toGlobalId('Connection', index.edgeId(e)),
            source: toGlobalId('Contact', index.refOf(index.fromOf(e)).id),
            target: toGlobalId('Contact', index.refOf(index.toOf(e)).id),
            kind: index.kindOf(e),
            strength: index.scoreOf(e, now),
          });
        }
      }
      nodes.push({
        id: toGlobalId('Contact', contact.id),
        label: contact.fullName,
        kind: 'CONTACT',
        companyName: contact.companyId ? (companies.get(contact.companyId) ?? null) : null,
        degree,
        doNotContact: contact.doNotContact,
      });
      if (company && contact.companyId === company.id && start.includes(node)) {
        edges.push({
          id: `${toGlobalId('Company', company.id)}:${toGlobalId('Contact', contact.id)}`,
          source: toGlobalId('Company', company.id),
          target: toGlobalId('Contact', contact.id),
          kind: 'EMPLOYS',
          strength: 0,
        });
      }
    }
    return { nodes, edges, truncated };
  }

  /** The same graph as CSV, one row per node and per edge, for spreadsheets and other tools. */
  async exportCsv(
    actor: Actor,
    args: {
      center: NetworkCenter;
      depth: number;
      kinds?: readonly ConnectionKind[] | null;
      limit: number;
    },
    now: Date,
  ): Promise<string> {
    const graph = await this.around(actor, args, now);
    const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
    return Papa.unparse(
      {
        fields: [
          'record',
          'id',
          'label',
          'kind',
          'company',
          'degree',
          'do_not_contact',
          'source',
          'source_label',
          'target',
          'target_label',
          'strength',
        ],
        data: [
          ...graph.nodes.map((node) => [
            'node',
            node.id,
            node.label,
            node.kind,
            node.companyName ?? '',
            node.degree,
            node.doNotContact,
            '',
            '',
            '',
            '',
            '',
          ]),
          ...graph.edges.map((edge) => [
            'edge',
            edge.id,
            '',
            edge.kind,
            '',
            '',
            '',
            edge.source,
            labels.get(edge.source) ?? '',
            edge.target,
            labels.get(edge.target) ?? '',
            edge.strength,
          ]),
        ],
      },
      { escapeFormulae: true },
    );
  }

  /**
   * The shortest chain of the agency's links between two contacts (up to
   * six hops), never through a do-not-contact person; searched from both
   * ends at once, expanding the smaller side each step.
   */
  async pathBetween(
    actor: Actor,
    fromId: string,
    toId: string,
    now: Date,
  ): Promise<IntroPathView | null> {
    requireAgencyOrKey(actor);
    await this.visibleContact(actor, fromId);
    await this.visibleContact(actor, toId);
    await this.index.sync();
    const index = this.index;
    const from = index.contactNodeNumber(fromId);
    const to = index.contactNodeNumber(toId);
    if (from === undefined || to === undefined || from === to) return null;
    const passable = (node: number) =>
      index.staffMaySee(node) && index.contactView(node)?.doNotContact === false;
    const parents = [new Map<number, number>([[from, -1]]), new Map<number, number>([[to, -1]])];
    const frontiers = [[from], [to]];
    let meeting: number | null = null;
    for (let hops = 0; hops < NETWORK_LIMITS.pathBetweenHops && meeting === null; hops += 1) {
      const side = frontiers[0]!.length <= frontiers[1]!.length ? 0 : 1;
      const mine = parents[side]!;
      const theirs = parents[1 - side]!;
      const next: number[] = [];
      for (const node of frontiers[side]!) {
        for (const e of index.edgesAt(node)) {
          if (!index.agencyEdge(e)) continue;
          const other = index.otherEnd(e, node);
          if (mine.has(other)) continue;
          const endpoint = other === from || other === to;
          if (!endpoint && !passable(other)) continue;
          mine.set(other, e);
          if (theirs.has(other)) {
            meeting = other;
            break;
          }
          next.push(other);
        }
        if (meeting !== null) break;
      }
      frontiers[side] = next;
      if (next.length === 0 && meeting === null) break;
    }
    if (meeting === null) return null;
    // Walk back to each end to list the edges in order from `from` to `to`.
    const walk = (side: 0 | 1): number[] => {
      const edges: number[] = [];
      let node = meeting!;
      for (;;) {
        const e = parents[side]!.get(node)!;
        if (e === -1) break;
        edges.push(e);
        node = index.otherEnd(e, node);
      }
      return edges;
    };
    const edgeList = [...walk(0).reverse(), ...walk(1)];
    const nodes: number[] = [from];
    for (const e of edgeList) nodes.push(index.otherEnd(e, nodes[nodes.length - 1]!));
    const { contacts, companyNames } = await this.contactsById(
      nodes.map((node) => index.refOf(node).id),
    );
    const hops = edgeList.map((e, i) => {
      const connection = index.connection(e);
      return {
        from: index.refOf(nodes[i]!),
        to: index.refOf(nodes[i + 1]!),
        connection,
        strength: index.scoreOf(e, now),
      };
    });
    const path: IntroPath = {
      hops,
      contactIds: nodes.slice(1).map((node) => index.refOf(node).id),
      weakestStrength: Math.min(...hops.map((hop) => hop.strength)),
      totalStrength: hops.reduce((sum, hop) => sum + hop.strength, 0),
      oldestLinkAt: new Date(Math.min(...hops.map((hop) => hop.connection.recordedAt.getTime()))),
    };
    const [view] = this.describePaths([path], contacts, companyNames, null, false);
    return view ?? null;
  }

  /**
   * The best-connected people of the agency's network. Without a company:
   * by how many companies their links reach, then by links. With one: the
   * people with the most links into that company's people (its own staff
   * included), then by reach.
   */
  async brokers(
    actor: Actor,
    companyId: string | null | undefined,
    first: number,
  ): Promise<BrokerView[]> {
    requireAgencyOrKey(actor);
    const count = clampCount(first, NETWORK_LIMITS.brokers, 'first');
    if (companyId) {
      const company = await this.dataSource
        .getRepository(CompanyEntity)
        .findOneBy({ id: companyId });
      if (!company) throw new NotFoundError(COMPANY_THING);
    }
    await this.index.sync();
    const index = this.index;
    let ranked: {
      node: number;
      degree: number;
      companiesBridged: number;
      linksIntoCompany: number | null;
    }[];
    if (!companyId) {
      ranked = index
        .brokerRanking()
        .slice(0, count)
        .map((score) => ({ ...score, linksIntoCompany: null }));
    } else {
      const members = new Set(index.membersOf(companyId).filter((n) => index.staffMaySee(n)));
      const links = new Map<number, number>();
      for (const member of members) {
        for (const e of index.edgesAt(member)) {
          if (!index.agencyEdge(e)) continue;
          const other = index.otherEnd(e, member);
          if (!index.staffMaySee(other)) continue;
          links.set(other, (links.get(other) ?? 0) + 1);
        }
      }
      const reach = new Map(index.brokerRanking().map((score) => [score.node, score]));
      ranked = [...links]
        .map(([node, linksIntoCompany]) => ({
          node,
          linksIntoCompany,
          degree: reach.get(node)?.degree ?? 0,
          companiesBridged: reach.get(node)?.companiesBridged ?? 0,
        }))
        .sort(
          (a, b) =>
            b.linksIntoCompany - a.linksIntoCompany ||
            b.companiesBridged - a.companiesBridged ||
            b.degree - a.degree ||
            (index.refOf(a.node).id < index.refOf(b.node).id ? -1 : 1),
        )
        .slice(0, count);
    }
    const { contacts } = await this.contactsById(ranked.map((r) => index.refOf(r.node).id));
    return ranked.flatMap((r) => {
      const contact = contacts.get(index.refOf(r.node).id);
      return contact
        ? [
            {
              contact,
              degree: r.degree,
              companiesBridged: r.companiesBridged,
              linksIntoCompany: r.linksIntoCompany,
            },
          ]
        : [];
    });
  }
}

/**
 * Every value, once all have settled; a refusal is reported by position, not
 * by which came first, so the caller's answer does not depend on timing.
 */
async function allInOrder<T extends readonly unknown[]>(
  values: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results = await Promise.allSettled(values);
  for (const result of results) if (result.status === 'rejected') throw result.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as {
    -readonly [K in keyof T]: Awaited<T[K]>;
  };
}

function requireAgency(actor: Actor): void {
  if (!isAgency(actor)) throw new ForbiddenError();
}

/**
 * The explorer's reads: staff, or a partner's key. A key only gets here
 * holding network:read (checked per field before anything runs), and sees
 * what staff see: the agency's shared links between contacts.
 */
function requireAgencyOrKey(actor: Actor): void {
  if (actor.kind !== 'apiKey') requireAgency(actor);
}

function canSeeAsAgency(row: ConnectionEntity): boolean {
  return row.ownerSeekerId === null && row.fromKind === 'CONTACT' && row.toKind === 'CONTACT';
}

function clampCount(value: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidInputError(`${field} must be a whole number from 1 to ${max}.`, { field });
  }
  return value;
}

function pairKindKey(kind: string, a: string, b: string): string {
  return a < b ? `${kind}:${a}:${b}` : `${kind}:${b}:${a}`;
}

export function toDomain(row: ConnectionEntity): Connection {
  return {
    id: row.id,
    kind: row.kind,
    from: { type: row.fromKind, id: row.fromId },
    to: { type: row.toKind, id: row.toId },
    meetingId: row.source === 'MEETING' ? row.sourceId : null,
    ownerSeekerId: row.ownerSeekerId,
    recordedAt: row.recordedAt,
  };
}

function toEntity(
  connection: Connection,
  source: ConnectionSource,
  sourceId: string | null,
  collectedBySeekerId: string | null,
  note: string | null,
): Omit<ConnectionEntity, 'createdAt'> {
  return {
    id: connection.id,
    kind: connection.kind,
    fromKind: connection.from.type,
    fromId: connection.from.id,
    toKind: connection.to.type,
    toId: connection.to.id,
    source,
    sourceId,
    ownerSeekerId: connection.ownerSeekerId,
    collectedBySeekerId,
    note,
    recordedAt: connection.recordedAt,
  };
}
