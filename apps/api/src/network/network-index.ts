import {
  canSeeConnection,
  connectionStrength,
  type Connection,
  type ConnectionKind,
  type ConnectionStrength,
  type Interaction,
  type NetworkContact,
  type NodeRef,
  type NodeType,
  NO_NODE,
  STRENGTH_MODEL,
  UNKNOWN_CONTACT,
} from '@rapport/domain';
import type { DataSource } from 'typeorm';
import { CONNECTION_SOURCES, type ConnectionSource } from './connection.entity.js';

/**
 * The whole referral network in memory, so a warm-intro query walks
 * integers and typed arrays instead of sending a query per hop.
 *
 * Why in memory: a three-hop search touches the neighbours of a few dozen
 * to a few thousand people. Even with both directions indexed, that is one
 * indexed lookup per frontier node (or a recursive CTE the planner cannot
 * prune by strength), a few milliseconds on SQLite and more on PostgreSQL
 * per hop once the round trips add up; in memory the same walk takes well
 * under a millisecond. The cost is memory (about 150 bytes an edge, see the
 * README) and keeping the copy correct, which the version row and change
 * log do: every write bumps `network_state.version` and names what changed
 * in `network_changes` in its own transaction; before each query the index
 * reads the version (one primary-key lookup) and replays whatever it has
 * not seen. That covers writes in this process and in any other process on
 * the same database, with no timers and no window where a query misses a
 * committed write.
 *
 * Node ids are small integers: contacts and seekers are numbered as they are
 * first seen, and edges are columns of growable typed arrays. Each node's
 * edges are a plain array of edge numbers (adding and removing a single
 * edge stays cheap, which a packed CSR layout would not allow).
 */

const KINDS: readonly ConnectionKind[] = ['REFERRED', 'KNOWS', 'WORKS_WITH', 'MET'];
const KIND_CODE = new Map(KINDS.map((kind, code) => [kind, code]));
const SOURCE_CODE = new Map(CONNECTION_SOURCES.map((source, code) => [source, code]));

const KNOWN = 1; // a contact row we have read (edges may name contacts that no longer exist)
const DO_NOT_CONTACT = 2; // this row carries the flag
const SHARED_WITH_AGENCY = 4;
const SHARED_WITH_SEEKERS = 8;

const NONE = -1;

/** A domain connection that remembers its edge number, so scoring it needs no lookup. */
export type IndexedConnection = Connection & { readonly edge: number };
const EPOCH = new Date(0);
const BATCH = 20_000;

export interface ContactFacts {
  id: string;
  companyId: string | null;
  ownerSeekerId: string | null;
  sharedWithAgency: boolean;
  /** An agency contact seekers may see (contacts concept: shared_with_seekers). */
  sharedWithSeekers: boolean;
  /** Archived (or merged away): never a hop, never a target. */
  archived: boolean;
  doNotContact: boolean;
  /** The person the row stands for; rows of one person share the do-not-contact flag. */
  personId: string;
}

export interface EdgeFacts {
  id: string;
  kind: ConnectionKind;
  fromKind: NodeType;
  fromId: string;
  toKind: NodeType;
  toId: string;
  source: ConnectionSource;
  sourceId: string | null;
  ownerSeekerId: string | null;
  collectedBySeekerId: string | null;
  /** Milliseconds since the epoch: a million Date objects would only be thrown away. */
  recordedAtMs: number;
}

/** A grow-by-doubling typed array column. */
function grown<T extends Int32Array | Float64Array | Uint8Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (length: number) => T)(
    Math.max(needed, array.length * 2, 1024),
  );
  next.set(array);
  return next;
}

/** Timestamps come back as Date from PostgreSQL and as 'YYYY-MM-DD HH:MM:SS.sss' (UTC) from SQLite. */
export function instantOf(value: unknown): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  const text = String(value);
  return Date.parse(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}

export class NetworkIndex {
  private version = -1;
  /** Full loads so far: the first, and any after an ALL change or a prune this index was behind. */
  private loads = 0;
  private loadingAll = false;
  private loading: Promise<void> | null = null;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;

  // Nodes: contacts and seekers share one numbering.
  private contactNode = new Map<string, number>();
  private seekerNode = new Map<string, number>();
  private nodeRef: NodeRef[] = [];
  private adjacency: number[][] = [];
  private companyOf = new Int32Array(0);
  private ownerOf = new Int32Array(0);
  private personOf = new Int32Array(0);
  private flags = new Uint8Array(0);
  private views: (NetworkContact | undefined | null)[] = [];

  private companyNumber = new Map<string, number>();
  private companyIds: string[] = [];
  private members: Set<number>[] = [];
  private personNumber = new Map<string, number>();
  /** How many rows of each person carry the do-not-contact flag. */
  private personFlagged = new Int32Array(0);
  /** The contact rows of each person, to re-judge them all when one row's flag changes. */
  private personRows: number[][] = [];
  private personIds: string[] = [];

  // Edges, by edge number.
  private edgeCount = 0;
  /**
   * Edge number by id, built on first need (a change to replay, a lookup):
   * a full load does not pay for a million map entries it may never use.
   */
  private edgeNumberMap: Map<string, number> | null = null;
  private edgeIds: string[] = [];
  private edgeSourceIds: (string | null)[] = [];
  private edgeKind = new Uint8Array(0);
  private edgeSource = new Uint8Array(0);
  private edgeAlive = new Uint8Array(0);
  private edgeFrom = new Int32Array(0);
  private edgeTo = new Int32Array(0);
  private edgeOwner = new Int32Array(0);
  private edgeCollector = new Int32Array(0);
  private edgeAt = new Float64Array(0);
  /** Each edge's score and the day it was computed for (0: not yet), so a search scores an edge once a day. */
  private edgeScore = new Uint8Array(0);
  private edgeScoreDay = new Int32Array(0);
  private liveEdges = 0;

  private strengthCache = new Map<number, { day: number; strength: ConnectionStrength }>();
  /**
   * For each pair with something recorded between them, the edges that
   * record it: their MET and REFERRED edges, and on a seeker's tie to a
   * contact the referrals that contact gave the seeker. Strength reads these
   * few edges instead of either person's whole edge list, and the many ties
   * with nothing recorded score the floor without a look.
   */
  private recordPairs = new Map<number, number[]>();
  private brokerCache: { version: number; ranking: BrokerScore[] } | null = null;

  constructor(private readonly dataSource: DataSource) {}

  private get postgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }

  /**
   * recorded_at as milliseconds since the epoch, computed by the database:
   * cheaper than parsing a million timestamps (or Date objects) in here.
   */
  private get instantSql(): string {
    return this.postgres
      ? '(EXTRACT(EPOCH FROM recorded_at) * 1000)::float8 AS recorded_ms'
      : 'CAST(ROUND((julianday(recorded_at) - 2440587.5) * 86400000) AS INTEGER) AS recorded_ms';
  }

  private edgeNumbers(): Map<string, number> {
    if (!this.edgeNumberMap) {
      this.edgeNumberMap = new Map();
      for (let e = 0; e < this.edgeCount; e += 1) this.edgeNumberMap.set(this.edgeIds[e]!, e);
    }
    return this.edgeNumberMap;
  }

  /** `?` for SQLite, `$n` for PostgreSQL. */
  placeholder(n: number): string {
    return this.postgres ? `$${n}` : '?';
  }

  private placeholders(count: number, from = 1): string {
    return Array.from({ length: count }, (_, i) => this.placeholder(from + i)).join(', ');
  }

  // ---------------------------------------------------------------- loading

  /** Whether a load has started (at start-up, or by a first query). */
  get started(): boolean {
    return this.loading !== null;
  }

  /** Loads the index once; later calls wait for the same load. */
  ready(): Promise<void> {
    this.loading ??= this.loadAll().catch((error: unknown) => {
      this.loading = null;
      throw error;
    });
    return this.loading;
  }

  /**
   * Brings the index up to the database's current version. Calls made while
   * a catch-up is running wait for one that starts after it, so a query that
   * begins after a commit always sees that commit.
   */
  sync(): Promise<void> {
    if (!this.running) {
      this.running = this.ready()
        .then(() => this.catchUp())
        .finally(() => {
          this.running = null;
        });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.sync();
      });
    return this.queued;
  }

  private reset(): void {
    this.contactNode.clear();
    this.seekerNode.clear();
    this.nodeRef = [];
    this.adjacency = [];
    this.views = [];
    this.companyNumber.clear();
    this.companyIds = [];
    this.members = [];
    this.personNumber.clear();
    this.personRows = [];
    this.personIds = [];
    this.personFlagged = new Int32Array(0);
    this.edgeCount = 0;
    this.liveEdges = 0;
    this.edgeNumberMap = null;
    this.edgeIds = [];
    this.edgeSourceIds = [];
    this.edgeAlive = new Uint8Array(0);
    this.edgeScoreDay = new Int32Array(0);
    this.edgeKind = new Uint8Array(0);
    this.strengthCache.clear();
    this.recordPairs.clear();
    this.brokerCache = null;
  }

  private async currentVersion(): Promise<number> {
    const rows: { version: number | string }[] = await this.dataSource.query(
      'SELECT version FROM network_state WHERE id = 1',
    );
    return Number(rows[0]?.version ?? 0);
  }

  /**
   * Reads the version first, then everything: a change committed while the
   * tables are read is replayed again by the next sync, and replaying is
   * idempotent, so nothing can be missed.
   */
  private async loadAll(): Promise<void> {
    this.loads += 1;
    const version = await this.currentVersion();
    this.reset();
    this.loadingAll = true;
    try {
      // Archived and merged-away records are never hops: they are not loaded.
      await this.scan(`SELECT ${CONTACT_COLUMNS} FROM contacts WHERE archived_at IS NULL`, (row) =>
        this.setContact(contactRow(row)),
      );
      await this.scan(
        `SELECT id, kind, from_kind, from_id, to_kind, to_id, source, source_id,
              owner_seeker_id, collected_by_seeker_id, ${this.instantSql} FROM connections`,
        (row) => this.putEdge(edgeRow(row)),
      );
    } finally {
      this.loadingAll = false;
    }
    this.version = version;
  }

  /**
   * Every row of a query, without holding them all: SQLite streams from a
   * prepared statement; PostgreSQL pages by primary key.
   */
  private async scan(select: string, each: (row: unknown[]) => void): Promise<void> {
    if (!this.postgres) {
      const db = (
        this.dataSource.driver as unknown as {
          databaseConnection: {
            prepare(sql: string): { raw(on: boolean): { iterate(): Iterable<unknown[]> } };
          };
        }
      ).databaseConnection;
      for (const row of db.prepare(select).raw(true).iterate()) each(row);
      return;
    }
    let after = '';
    for (;;) {
      const runner = this.dataSource.createQueryRunner();
      try {
        const where = /\bWHERE\b/.test(select) ? 'AND' : 'WHERE';
        const result = (await runner.query(
          `${select} ${where} id > $1 ORDER BY id LIMIT ${BATCH}`,
          [after],
        )) as Record<string, unknown>[];
        for (const row of result) each(Object.values(row));
        if (result.length < BATCH) return;
        after = String(result[result.length - 1]!.id);
      } finally {
        await runner.release();
      }
    }
  }

  private async catchUp(): Promise<void> {
    const version = await this.currentVersion();
    if (version === this.version) return;
    if (version < this.version) {
      // The database was rebuilt under us (tests, restores): start again.
      this.loading = null;
      return this.ready();
    }
    const changes: { version: number | string; entity: string; entity_id: string | null }[] =
      await this.dataSource.query(
        `SELECT version, entity, entity_id FROM network_changes WHERE version > ${this.placeholder(1)} ORDER BY id`,
        [this.version],
      );
    // Read after the changes: if a prune committed before they were read, the
    // marker shows it here, and the rows this index still needed may be gone.
    const pruned: { pruned_through: number | string }[] = await this.dataSource.query(
      'SELECT pruned_through FROM network_state WHERE id = 1',
    );
    const behindPruning = Number(pruned[0]?.pruned_through ?? 0) > this.version;
    if (behindPruning || changes.some((change) => change.entity === 'ALL')) {
      this.loading = null;
      return this.ready();
    }
    const edgeIds = new Set<string>();
    const contactIds = new Set<string>();
    let seen = version;
    for (const change of changes) {
      seen = Math.max(seen, Number(change.version));
      if (!change.entity_id) continue;
      (change.entity === 'CONNECTION' ? edgeIds : contactIds).add(change.entity_id);
    }
    const edges = await this.fetchEdges([...edgeIds]);
    const present = new Set(edges.map((edge) => edge.id));
    for (const id of edgeIds) if (!present.has(id)) this.removeEdge(id);
    for (const edge of edges) {
      if (edge.fromKind === 'CONTACT' && !this.isKnownContact(edge.fromId))
        contactIds.add(edge.fromId);
      if (edge.toKind === 'CONTACT' && !this.isKnownContact(edge.toId)) contactIds.add(edge.toId);
    }
    await this.refreshContacts([...contactIds]);
    for (const edge of edges) this.putEdge(edge);
    this.version = seen;
  }

  private async fetchEdges(ids: string[]): Promise<EdgeFacts[]> {
    const rows: EdgeFacts[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const result: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT id, kind, from_kind, from_id, to_kind, to_id, source, source_id,
                owner_seeker_id, collected_by_seeker_id, ${this.instantSql}
           FROM connections WHERE id IN (${this.placeholders(chunk.length)})`,
        chunk,
      );
      for (const row of result) rows.push(edgeRow(Object.values(row)));
    }
    return rows;
  }

  /** Re-reads contacts (and everyone sharing their person) and updates what paths depend on. */
  async refreshContacts(ids: string[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const result: Record<string, unknown>[] = await this.dataSource.query(
        `SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id IN (${this.placeholders(chunk.length)})`,
        chunk,
      );
      const found = new Set<string>();
      for (const row of result) {
        const facts = contactRow(Object.values(row));
        // An archived (or merged-away) record is no longer a hop: forget it below.
        if (facts.archived) continue;
        found.add(facts.id);
        this.setContact(facts);
      }
      for (const id of chunk) if (!found.has(id)) this.forgetContact(id);
    }
  }

  // ---------------------------------------------------------------- writing

  private newNode(ref: NodeRef): number {
    const node = this.nodeRef.length;
    this.nodeRef.push(ref);
    this.adjacency.push([]);
    this.views.push(null);
    const size = node + 1;
    this.companyOf = grown(this.companyOf, size);
    this.ownerOf = grown(this.ownerOf, size);
    this.personOf = grown(this.personOf, size);
    this.flags = grown(this.flags, size);
    this.companyOf[node] = NONE;
    this.ownerOf[node] = NONE;
    this.personOf[node] = NONE;
    this.flags[node] = 0;
    return node;
  }

  private contactNodeOf(id: string): number {
    let node = this.contactNode.get(id);
    if (node === undefined) {
      node = this.newNode({ type: 'CONTACT', id });
      this.contactNode.set(id, node);
    }
    return node;
  }

  private seekerNodeOf(id: string): number {
    let node = this.seekerNode.get(id);
    if (node === undefined) {
      node = this.newNode({ type: 'SEEKER', id });
      this.seekerNode.set(id, node);
    }
    return node;
  }

  private nodeOf(kind: NodeType, id: string): number {
    return kind === 'SEEKER' ? this.seekerNodeOf(id) : this.contactNodeOf(id);
  }

  private isKnownContact(id: string): boolean {
    const node = this.contactNode.get(id);
    return node !== undefined && (this.flags[node]! & KNOWN) !== 0;
  }

  private setContact(facts: ContactFacts): void {
    const node = this.contactNodeOf(facts.id);
    this.unsetContact(node);
    let company = NONE;
    if (facts.companyId !== null) {
      company = this.companyNumber.get(facts.companyId) ?? NONE;
      if (company === NONE) {
        company = this.companyIds.length;
        this.companyNumber.set(facts.companyId, company);
        this.companyIds.push(facts.companyId);
        this.members.push(new Set());
      }
      this.members[company]!.add(node);
    }
    let person = this.personNumber.get(facts.personId);
    if (person === undefined) {
      person = this.personNumber.size;
      this.personNumber.set(facts.personId, person);
      this.personIds.push(facts.personId);
      this.personFlagged = grown(this.personFlagged, person + 1);
      this.personRows.push([]);
    }
    this.personRows[person]!.push(node);
    this.companyOf[node] = company;
    this.ownerOf[node] =
      facts.ownerSeekerId === null ? NONE : this.seekerNodeOf(facts.ownerSeekerId);
    this.personOf[node] = person;
    this.flags[node] =
      KNOWN |
      (facts.doNotContact ? DO_NOT_CONTACT : 0) |
      (facts.sharedWithAgency ? SHARED_WITH_AGENCY : 0) |
      (facts.sharedWithSeekers ? SHARED_WITH_SEEKERS : 0);
    if (facts.doNotContact) this.personFlagged[person]! += 1;
    this.invalidatePerson(person);
  }

  private unsetContact(node: number): void {
    if ((this.flags[node]! & KNOWN) === 0) return;
    const company = this.companyOf[node]!;
    if (company !== NONE) this.members[company]!.delete(node);
    const person = this.personOf[node]!;
    if ((this.flags[node]! & DO_NOT_CONTACT) !== 0) this.personFlagged[person]! -= 1;
    const rows = this.personRows[person]!;
    rows.splice(rows.indexOf(node), 1);
    this.flags[node] = 0;
    this.views[node] = null;
    this.invalidatePerson(person);
  }

  private forgetContact(id: string): void {
    const node = this.contactNode.get(id);
    if (node !== undefined) this.unsetContact(node);
  }

  /** A person's rows changed: each of their rows must be judged again. */
  private invalidatePerson(person: number): void {
    if (person === NONE) return;
    for (const node of this.personRows[person]!) this.views[node] = null;
  }

  private putEdge(edge: EdgeFacts): void {
    const existing = this.loadingAll ? undefined : this.edgeNumbers().get(edge.id);
    if (existing !== undefined) this.unlink(existing);
    const e = existing ?? this.edgeCount++;
    if (e >= this.edgeKind.length) this.growEdges(e + 1);
    this.edgeScoreDay[e] = 0;
    const from = this.nodeOf(edge.fromKind, edge.fromId);
    const to = this.nodeOf(edge.toKind, edge.toId);
    this.edgeIds[e] = edge.id;
    this.edgeSourceIds[e] = edge.sourceId;
    this.edgeNumberMap?.set(edge.id, e);
    this.edgeKind[e] = KIND_CODE.get(edge.kind) ?? 0;
    this.edgeSource[e] = SOURCE_CODE.get(edge.source) ?? 0;
    this.edgeFrom[e] = from;
    this.edgeTo[e] = to;
    this.edgeOwner[e] = edge.ownerSeekerId === null ? NONE : this.seekerNodeOf(edge.ownerSeekerId);
    this.edgeCollector[e] =
      edge.collectedBySeekerId === null ? NONE : this.seekerNodeOf(edge.collectedBySeekerId);
    this.edgeAt[e] = edge.recordedAtMs;
    this.edgeAlive[e] = 1;
    this.liveEdges += 1;
    this.adjacency[from]!.push(e);
    if (to !== from) this.adjacency[to]!.push(e);
    this.countRecords(e, 1);
    this.forgetStrength(from, to);
  }

  /** Keeps recordPairs in step with the MET and REFERRED edges (and who collected each referral). */
  private countRecords(e: number, delta: 1 | -1): void {
    const kind = KINDS[this.edgeKind[e]!];
    if (kind !== 'MET' && kind !== 'REFERRED') return;
    const bump = (a: number, b: number) => {
      const key = pairKey(a, b);
      const edges = this.recordPairs.get(key);
      if (delta === 1) {
        if (edges) edges.push(e);
        else this.recordPairs.set(key, [e]);
      } else if (edges) {
        const at = edges.indexOf(e);
        if (at >= 0) edges.splice(at, 1);
        if (edges.length === 0) this.recordPairs.delete(key);
      }
      this.forgetStrength(a, b);
    };
    bump(this.edgeFrom[e]!, this.edgeTo[e]!);
    const collector = this.edgeCollector[e]!;
    if (kind === 'REFERRED' && collector !== NONE) bump(collector, this.edgeFrom[e]!);
  }

  /** Grows every edge column at once, doubling, so loading a million edges copies each column about twenty times in all. */
  private growEdges(size: number): void {
    this.edgeKind = grown(this.edgeKind, size);
    this.edgeSource = grown(this.edgeSource, size);
    this.edgeAlive = grown(this.edgeAlive, size);
    this.edgeFrom = grown(this.edgeFrom, size);
    this.edgeTo = grown(this.edgeTo, size);
    this.edgeOwner = grown(this.edgeOwner, size);
    this.edgeCollector = grown(this.edgeCollector, size);
    this.edgeAt = grown(this.edgeAt, size);
    this.edgeScore = grown(this.edgeScore, size);
    this.edgeScoreDay = grown(this.edgeScoreDay, size);
  }

  private unlink(e: number): void {
    if (this.edgeAlive[e] !== 1) return;
    this.edgeAlive[e] = 0;
    this.liveEdges -= 1;
    this.countRecords(e, -1);
    const from = this.edgeFrom[e]!;
    const to = this.edgeTo[e]!;
    for (const node of [from, to]) {
      const list = this.adjacency[node]!;
      const at = list.indexOf(e);
      if (at >= 0) list.splice(at, 1);
    }
    this.forgetStrength(from, to);
  }

  private removeEdge(id: string): void {
    const e = this.edgeNumbers().get(id);
    if (e !== undefined) this.unlink(e);
  }

  private forgetStrength(a: number, b: number): void {
    // A full load starts with empty caches: nothing to forget, and looking would cost a pass per edge.
    if (this.loadingAll) return;
    this.strengthCache.delete(pairKey(a, b));
    this.brokerCache = null;
    const [small, other] = this.adjacency[a]!.length <= this.adjacency[b]!.length ? [a, b] : [b, a];
    for (const e of this.adjacency[small]!) {
      if (this.otherEnd(e, small) === other) this.edgeScoreDay[e] = 0;
    }
  }

  // ---------------------------------------------------------------- reading

  get stats(): { nodes: number; edges: number; contacts: number; version: number; loads: number } {
    return {
      nodes: this.nodeRef.length,
      edges: this.liveEdges,
      contacts: this.contactNode.size,
      version: this.version,
      loads: this.loads,
    };
  }

  contactNodeNumber(id: string): number | undefined {
    return this.contactNode.get(id);
  }

  seekerNodeNumber(id: string): number | undefined {
    return this.seekerNode.get(id);
  }

  nodeNumber(ref: NodeRef): number | undefined {
    return ref.type === 'SEEKER' ? this.seekerNode.get(ref.id) : this.contactNode.get(ref.id);
  }

  refOf(node: number): NodeRef {
    return this.nodeRef[node]!;
  }

  /** What the domain needs about a contact, or undefined for a row we do not have. */
  contactView(node: number): NetworkContact | undefined {
    const cached = this.views[node];
    if (cached !== null && cached !== undefined) return cached;
    if (cached === undefined && node < this.views.length) return undefined;
    const flags = this.flags[node]!;
    if ((flags & KNOWN) === 0 || this.nodeRef[node]!.type !== 'CONTACT') {
      this.views[node] = undefined;
      return undefined;
    }
    const owner = this.ownerOf[node]!;
    const view: NetworkContact = {
      ownerSeekerId: owner === NONE ? null : this.nodeRef[owner]!.id,
      sharedWithAgency: (flags & SHARED_WITH_AGENCY) !== 0,
      doNotContact: this.personFlagged[this.personOf[node]!]! > 0,
    };
    this.views[node] = view;
    return view;
  }

  /** Whether seekers may see this agency contact (their own they always see). */
  sharedWithSeekers(node: number): boolean {
    return (this.flags[node]! & SHARED_WITH_SEEKERS) !== 0;
  }

  contactViewById(id: string): NetworkContact | undefined {
    const node = this.contactNode.get(id);
    return node === undefined ? undefined : this.contactView(node);
  }

  /** The person a contact row stands for, or null for a seeker or an unknown row. */
  personIdOf(node: number): string | null {
    const person = this.personOf[node]!;
    return person === NONE || (this.flags[node]! & KNOWN) === 0 ? null : this.personIds[person]!;
  }

  companyIdOf(node: number): string | null {
    const company = this.companyOf[node]!;
    return company === NONE ? null : this.companyIds[company]!;
  }

  /** Whether any contact row the index holds is at this company. */
  hasMembers(companyId: string): boolean {
    const company = this.companyNumber.get(companyId);
    return company !== undefined && this.members[company]!.size > 0;
  }

  membersOf(companyId: string): number[] {
    const company = this.companyNumber.get(companyId);
    return company === undefined ? [] : [...this.members[company]!];
  }

  /** Live edge numbers at a node. The array is the index's own: do not change it. */
  edgesAt(node: number): readonly number[] {
    return this.adjacency[node] ?? [];
  }

  otherEnd(edge: number, node: number): number {
    const from = this.edgeFrom[edge]!;
    return from === node ? this.edgeTo[edge]! : from;
  }

  fromOf(edge: number): number {
    return this.edgeFrom[edge]!;
  }

  toOf(edge: number): number {
    return this.edgeTo[edge]!;
  }

  kindOf(edge: number): ConnectionKind {
    return KINDS[this.edgeKind[edge]!]!;
  }

  ownerOfEdge(edge: number): number {
    return this.edgeOwner[edge]!;
  }

  edgeId(edge: number): string {
    return this.edgeIds[edge]!;
  }

  /** When the edge was recorded, in milliseconds. */
  recordedAtOf(edge: number): number {
    return this.edgeAt[edge]!;
  }

  isSeekerNode(node: number): boolean {
    return this.nodeRef[node]!.type === 'SEEKER';
  }

  /** Whether the person behind a contact row asked not to be contacted (on any of their rows). */
  doNotContactNode(node: number): boolean {
    const person = this.personOf[node]!;
    return person !== NONE && this.personFlagged[person]! > 0;
  }

  /**
   * A contact's owner as the domain's search reads it (intro-search.ts): the
   * owning seeker's node, NO_NODE for the agency's, or UNKNOWN_CONTACT for a
   * row this search must not pass through: one never read, an agency
   * contact not shared with seekers, and, when staff ask for a seeker, a
   * seeker's private contact not shared with the agency.
   */
  contactOwnerFor(node: number, staff: boolean): number {
    const flags = this.flags[node]!;
    if ((flags & KNOWN) === 0) return UNKNOWN_CONTACT;
    const owner = this.ownerOf[node]!;
    if (owner === NONE) return (flags & SHARED_WITH_SEEKERS) !== 0 ? NO_NODE : UNKNOWN_CONTACT;
    return staff && (flags & SHARED_WITH_AGENCY) === 0 ? UNKNOWN_CONTACT : owner;
  }

  edgeNumberOf(id: string): number | undefined {
    const e = this.edgeNumbers().get(id);
    return e !== undefined && this.edgeAlive[e] === 1 ? e : undefined;
  }

  /** An edge as the domain sees it, made when asked (only the edges of answers are). */
  connection(edge: number): IndexedConnection {
    const source = CONNECTION_SOURCES[this.edgeSource[edge]!];
    const owner = this.edgeOwner[edge]!;
    const connection: IndexedConnection = {
      edge,
      id: this.edgeIds[edge]!,
      kind: KINDS[this.edgeKind[edge]!]!,
      from: this.nodeRef[this.edgeFrom[edge]!]!,
      to: this.nodeRef[this.edgeTo[edge]!]!,
      meetingId: source === 'MEETING' ? this.edgeSourceIds[edge]! : null,
      ownerSeekerId: owner === NONE ? null : this.nodeRef[owner]!.id,
      recordedAt: new Date(this.edgeAt[edge]!),
    };
    return connection;
  }

  /** The agency's view of an edge: shared, between two contacts (the domain's rule for staff). */
  agencyEdge(edge: number): boolean {
    return canSeeConnection({ id: '', role: 'STAFF' }, this.connectionShape(edge));
  }

  /** Staff see agency contacts and those a seeker shared (the domain's canViewContact for staff). */
  staffMaySee(node: number): boolean {
    const view = this.contactView(node);
    return view !== undefined && (view.ownerSeekerId === null || view.sharedWithAgency);
  }

  /** Only the ends and the owner matter to the rule; the rest is filler to fit the type. */
  private connectionShape(edge: number): Connection {
    const owner = this.edgeOwner[edge]!;
    return {
      id: '',
      kind: 'KNOWS',
      meetingId: null,
      recordedAt: EPOCH,
      from: this.nodeRef[this.edgeFrom[edge]!]!,
      to: this.nodeRef[this.edgeTo[edge]!]!,
      ownerSeekerId: owner === NONE ? null : this.nodeRef[owner]!.id,
    };
  }

  /**
   * What Rapport recorded between two people, as the strength model takes
   * it: a meeting for each MET edge, a referral for each name one gave the
   * other, and a referral for each name a contact gave a seeker. Cards and
   * answered asks join here when those concepts record them.
   */
  interactionsBetween(a: number, b: number): Interaction[] {
    const edges = this.recordPairs.get(pairKey(a, b));
    if (!edges) return [];
    // A meeting per MET edge; a referral per name one gave the other, and,
    // on a seeker's tie to a contact, per name that contact gave the seeker.
    return edges.map((e) => ({
      kind: KINDS[this.edgeKind[e]!] === 'MET' ? 'MEETING_HELD' : 'REFERRAL_GIVEN',
      at: new Date(this.edgeAt[e]!),
    }));
  }

  /** The earned strength of the tie between two nodes, cached for the day. */
  strengthBetween(a: number, b: number, now: Date): ConnectionStrength {
    const key = pairKey(a, b);
    const day = Math.floor(now.getTime() / 86_400_000);
    const cached = this.strengthCache.get(key);
    if (cached && cached.day === day) return cached.strength;
    const strength = connectionStrength(this.interactionsBetween(a, b), now);
    this.strengthCache.set(key, { day, strength });
    return strength;
  }

  fromOfEdge(edge: number): number {
    return this.edgeFrom[edge]!;
  }

  /** The day number a score is computed for (scores change with recency, once a day at most). */
  dayOf(now: Date): number {
    return Math.floor(now.getTime() / 86_400_000);
  }

  /** The score alone, with a fast path for the many ties nothing was recorded on. */
  scoreOf(edge: number, now: Date, day = this.dayOf(now)): number {
    if (this.edgeScoreDay[edge] === day) return this.edgeScore[edge]!;
    const from = this.edgeFrom[edge]!;
    const to = this.edgeTo[edge]!;
    const score = this.recordPairs.has(pairKey(from, to))
      ? this.strengthBetween(from, to, now).score
      : STRENGTH_MODEL.floor;
    this.edgeScore[edge] = score;
    this.edgeScoreDay[edge] = day;
    return score;
  }

  /**
   * People ranked as brokers of the agency's network: how many different
   * companies their shared links reach (bridging clusters is what makes
   * someone useful for introductions, and it approximates betweenness at a
   * fraction of its cost), then how many links they have. Computed over
   * every edge once per version of the network.
   */
  brokerRanking(): BrokerScore[] {
    if (this.brokerCache?.version === this.version) return this.brokerCache.ranking;
    const ranking: BrokerScore[] = [];
    const companies = new Set<number>();
    for (const [, node] of this.contactNode) {
      if (!this.staffMaySee(node)) continue;
      companies.clear();
      let degree = 0;
      for (const e of this.adjacency[node]!) {
        const other = this.otherEnd(e, node);
        if (!this.agencyEdge(e) || !this.staffMaySee(other)) continue;
        degree += 1;
        const company = this.companyOf[other]!;
        if (company !== NONE) companies.add(company);
      }
      if (degree > 0) ranking.push({ node, degree, companiesBridged: companies.size });
    }
    ranking.sort(
      (a, b) =>
        b.companiesBridged - a.companiesBridged ||
        b.degree - a.degree ||
        (this.nodeRef[a.node]!.id < this.nodeRef[b.node]!.id ? -1 : 1),
    );
    this.brokerCache = { version: this.version, ranking };
    return ranking;
  }
}

export interface BrokerScore {
  node: number;
  degree: number;
  companiesBridged: number;
}

function pairKey(a: number, b: number): number {
  return a < b ? a * 4_194_304 + b : b * 4_194_304 + a;
}

/** What the index reads of a contact, in this order (see contactRow). */
const CONTACT_COLUMNS =
  'id, company_id, owner_id, person_id, do_not_contact, shared_with_seekers, archived_at';

const truthy = (value: unknown) => value === true || value === 1 || value === '1';

function contactRow(row: unknown[]): ContactFacts {
  const [id, companyId, ownerId, personId, doNotContact, sharedWithSeekers, archivedAt] = row as [
    string,
    string | null,
    string | null,
    string | null,
    unknown,
    unknown,
    unknown,
  ];
  return {
    id,
    companyId,
    ownerSeekerId: ownerId,
    // Seekers' contacts are not shared with the agency in this version of contacts.
    sharedWithAgency: false,
    sharedWithSeekers: truthy(sharedWithSeekers),
    archived: archivedAt !== null && archivedAt !== undefined,
    doNotContact: truthy(doNotContact),
    personId: personId ?? id,
  };
}

function edgeRow(row: unknown[]): EdgeFacts {
  const [id, kind, fromKind, fromId, toKind, toId, source, sourceId, owner, collector, at] =
    row as [
      string,
      ConnectionKind,
      NodeType,
      string,
      NodeType,
      string,
      ConnectionSource,
      string | null,
      string | null,
      string | null,
      unknown,
    ];
  return {
    id,
    kind,
    fromKind,
    fromId,
    toKind,
    toId,
    source,
    sourceId,
    ownerSeekerId: owner,
    collectedBySeekerId: collector,
    recordedAtMs: instantOf(at),
  };
}
