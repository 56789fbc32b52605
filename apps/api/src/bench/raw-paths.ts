import {
  canViewContact,
  connectionStrength,
  describeConnection,
  warmIntroPaths,
  type Connection,
  type ConnectionKind,
  type Interaction,
  type NetworkContact,
  type NodeRef,
} from '@rapport/domain';
import type { RawDb } from './raw-db.js';
import {
  dateOf,
  fromGlobalId,
  marks,
  RawError,
  toGlobalId,
  bool,
  type RawHandler,
} from './raw-common.js';

/**
 * The warm-intro paths from the signed-in seeker to anyone at a company,
 * without the API's in-memory network index: the neighbourhood the search
 * can reach (the seeker's links, their contacts' links, and the links into
 * the company from anyone within two steps) is read with hand-written SQL on
 * every request, then searched by the same domain function with the same
 * rules (who may see which link and contact, do-not-contact, strength from
 * recorded meetings, referrals and answered asks), and described the same
 * way. It is what answering this question costs without keeping the
 * network in memory.
 */
interface Edge extends Connection {
  collectedBy: string | null;
}

interface ContactFacts {
  id: string;
  ownerId: string | null;
  personId: string;
  companyId: string | null;
  fullName: string;
  shared: boolean;
  archived: boolean;
  doNotContact: boolean;
}

const EDGE_COLUMNS =
  'id, kind, from_kind, from_id, to_kind, to_id, owner_seeker_id, collected_by_seeker_id, recorded_at';

interface EdgeRow {
  id: string;
  kind: ConnectionKind;
  from_kind: 'CONTACT' | 'SEEKER';
  from_id: string;
  to_kind: 'CONTACT' | 'SEEKER';
  to_id: string;
  owner_seeker_id: string | null;
  collected_by_seeker_id: string | null;
  recorded_at: string | Date;
}

const toEdge = (row: EdgeRow): Edge => ({
  id: row.id,
  kind: row.kind,
  from: { type: row.from_kind, id: row.from_id },
  to: { type: row.to_kind, id: row.to_id },
  meetingId: null,
  ownerSeekerId: row.owner_seeker_id,
  recordedAt: dateOf(row.recorded_at),
  collectedBy: row.collected_by_seeker_id,
});

const key = (ref: NodeRef) => `${ref.type}:${ref.id}`;
const same = (a: NodeRef, b: NodeRef) => a.type === b.type && a.id === b.id;
const otherEnd = (edge: Connection, node: NodeRef) => (same(edge.from, node) ? edge.to : edge.from);

/** Chunks keep each statement under the databases' parameter limits. */
async function inChunks<T>(ids: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < ids.length; i += 1000) rows.push(...(await read(ids.slice(i, i + 1000))));
  return rows;
}

/** Every link at these contacts: their whole lists, which strengths are counted from. */
async function contactEdges(db: RawDb, ids: string[]): Promise<Edge[]> {
  const rows = await inChunks(ids, (chunk) =>
    db.all<EdgeRow>(
      `SELECT ${EDGE_COLUMNS} FROM connections WHERE from_kind = 'CONTACT' AND from_id IN (${marks(chunk.length)})
       UNION SELECT ${EDGE_COLUMNS} FROM connections WHERE to_kind = 'CONTACT' AND to_id IN (${marks(chunk.length)})`,
      [...chunk, ...chunk],
    ),
  );
  return rows.map(toEdge);
}

async function contactFacts(db: RawDb, ids: string[]): Promise<Map<string, ContactFacts>> {
  const rows = await inChunks(ids, (chunk) =>
    db.all<{
      id: string;
      owner_id: string | null;
      person_id: string;
      company_id: string | null;
      full_name: string;
      shared_with_seekers: boolean | number;
      archived_at: unknown;
      do_not_contact: boolean | number;
    }>(
      `SELECT id, owner_id, person_id, company_id, full_name, shared_with_seekers, archived_at, do_not_contact
         FROM contacts WHERE id IN (${marks(chunk.length)})`,
      chunk,
    ),
  );
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        ownerId: row.owner_id,
        personId: row.person_id,
        companyId: row.company_id,
        fullName: row.full_name,
        shared: bool(row.shared_with_seekers),
        archived: row.archived_at !== null,
        doNotContact: bool(row.do_not_contact),
      },
    ]),
  );
}

export const warmIntroPathsRaw: RawHandler = async (db, user, variables) => {
  if (user.role !== 'SEEKER') throw new RawError(403, 'the raw paths are a seeker’s own');
  const k = Number(variables.first);
  if (!Number.isInteger(k) || k < 1 || k > 10) throw new RawError(400, 'bad first');
  const target = variables.target as { companyId?: string } | undefined;
  if (!target?.companyId) throw new RawError(400, 'the raw paths know a company target only');
  const companyId = fromGlobalId(target.companyId, 'Company');
  const [company] = await db.all<{ id: string }>('SELECT id FROM companies WHERE id = ?', [
    companyId,
  ]);
  if (!company) throw new RawError(404, 'not found');
  const now = new Date();
  const seeker: NodeRef = { type: 'SEEKER', id: user.id };
  const owned = (edge: Connection) => edge.ownerSeekerId === null || edge.ownerSeekerId === user.id;

  const answered = new Map<string, Date[]>();
  for (const row of await db.all<{ person_id: string; status_changed_at: string | Date }>(
    "SELECT person_id, status_changed_at FROM asks WHERE owner_id = ? AND status IN ('ACCEPTED', 'DECLINED')",
    [user.id],
  )) {
    answered.set(row.person_id, [
      ...(answered.get(row.person_id) ?? []),
      dateOf(row.status_changed_at),
    ]);
  }

  // Whole link lists, per node, for every node the search may step from.
  const edgesAt = new Map<string, Edge[]>();
  const file = (nodes: Iterable<NodeRef>, edges: Edge[]) => {
    const filed = new Map<string, Edge[]>();
    for (const node of nodes) filed.set(key(node), []);
    for (const edge of edges) {
      filed.get(key(edge.from))?.push(edge);
      if (!same(edge.from, edge.to)) filed.get(key(edge.to))?.push(edge);
    }
    for (const [node, list] of filed) edgesAt.set(node, list);
  };
  const seekerEdges = (
    await db.all<EdgeRow>(
      `SELECT ${EDGE_COLUMNS} FROM connections WHERE from_kind = 'SEEKER' AND from_id = ?
       UNION SELECT ${EDGE_COLUMNS} FROM connections WHERE to_kind = 'SEEKER' AND to_id = ?`,
      [user.id, user.id],
    )
  ).map(toEdge);
  file([seeker], seekerEdges);
  const stepOut = (nodes: Iterable<NodeRef>) => {
    const out = new Map<string, NodeRef>();
    for (const node of nodes) {
      for (const edge of edgesAt.get(key(node)) ?? []) {
        if (!owned(edge)) continue;
        const other = otherEnd(edge, node);
        if (other.type === 'CONTACT') out.set(other.id, other);
      }
    }
    return out;
  };
  const firstStep = stepOut([seeker]);
  file(firstStep.values(), await contactEdges(db, [...firstStep.keys()]));
  const withinTwo = new Set<string>([key(seeker), ...[...firstStep.values()].map(key)]);
  for (const node of stepOut(firstStep.values()).values()) withinTwo.add(key(node));

  // The company's people anyone within two steps is linked to.
  const near = [...withinTwo].filter((k) => k.startsWith('CONTACT:')).map((k) => k.slice(8));
  const intoCompany = (
    await inChunks(near, (chunk) =>
      db.all<EdgeRow>(
        `SELECT ${EDGE_COLUMNS.split(', ')
          .map((c) => `e.${c}`)
          .join(', ')} FROM connections e JOIN contacts m ON m.id = e.to_id
          WHERE e.to_kind = 'CONTACT' AND m.company_id = ? AND m.archived_at IS NULL
            AND e.from_kind = 'CONTACT' AND e.from_id IN (${marks(chunk.length)})
         UNION
         SELECT ${EDGE_COLUMNS.split(', ')
           .map((c) => `e.${c}`)
           .join(', ')} FROM connections e JOIN contacts m ON m.id = e.from_id
          WHERE e.from_kind = 'CONTACT' AND m.company_id = ? AND m.archived_at IS NULL
            AND e.to_kind = 'CONTACT' AND e.to_id IN (${marks(chunk.length)})`,
        [companyId, ...chunk, companyId, ...chunk],
      ),
    )
  ).map(toEdge);
  // Whole lists for the last step before the company, where 3-hop paths turn in.
  const lastStep = new Set<string>();
  for (const edge of intoCompany) {
    for (const end of [edge.from, edge.to]) {
      if (withinTwo.has(key(end)) && !edgesAt.has(key(end))) lastStep.add(end.id);
    }
  }
  file(
    [...lastStep].map((id): NodeRef => ({ type: 'CONTACT', id })),
    await contactEdges(db, [...lastStep]),
  );

  const ids = new Set<string>();
  for (const list of edgesAt.values()) {
    for (const edge of list) {
      for (const end of [edge.from, edge.to]) if (end.type === 'CONTACT') ids.add(end.id);
    }
  }
  for (const edge of intoCompany) {
    for (const end of [edge.from, edge.to]) ids.add(end.id);
  }
  const facts = await contactFacts(db, [...ids]);
  const memberIds = [...facts.values()].filter((f) => f.companyId === companyId).map((f) => f.id);

  /** As the index sees a contact: archived rows are not there; agency rows seekers may not see are unknown. */
  const realContact = (id: string): NetworkContact | undefined => {
    const f = facts.get(id);
    if (!f || f.archived) return undefined;
    if (f.ownerId === null && !f.shared) return undefined;
    return { ownerSeekerId: f.ownerId, sharedWithAgency: false, doNotContact: f.doNotContact };
  };
  const viewer = { id: user.id, role: 'SEEKER' as const };
  const members = new Set(
    memberIds.filter((id) => {
      const view = realContact(id);
      return view !== undefined && !view.doNotContact && canViewContact(viewer, view);
    }),
  );

  // Strength, as the index counts it: meetings and referrals between the
  // two ends, names a contact gave the seeker, and the seeker's answered asks.
  const originals = new WeakMap<Connection, Edge>();
  const interactions = (a: NodeRef, b: NodeRef): Interaction[] => {
    const listA = edgesAt.get(key(a));
    const listB = edgesAt.get(key(b));
    const list = listA && (!listB || listA.length <= listB.length) ? listA : listB!;
    const from = list === listA ? a : b;
    const to = list === listA ? b : a;
    const found: Interaction[] = [];
    for (const edge of list) {
      if (!same(otherEnd(edge, from), to)) continue;
      if (edge.kind === 'MET') found.push({ kind: 'MEETING_HELD', at: edge.recordedAt });
      if (edge.kind === 'REFERRED') found.push({ kind: 'REFERRAL_GIVEN', at: edge.recordedAt });
    }
    const seekerEnd = a.type === 'SEEKER' ? a : b.type === 'SEEKER' ? b : null;
    if (seekerEnd) {
      const contact = seekerEnd === a ? b : a;
      for (const edge of edgesAt.get(key(contact)) ?? []) {
        if (
          edge.collectedBy === seekerEnd.id &&
          edge.kind === 'REFERRED' &&
          same(edge.from, contact)
        ) {
          found.push({ kind: 'REFERRAL_GIVEN', at: edge.recordedAt });
        }
      }
    }
    return found;
  };
  const scores = new Map<string, number>();
  const strengthOf = (connection: Connection) => {
    const edge = originals.get(connection) ?? (connection as Edge);
    const cached = scores.get(edge.id);
    if (cached !== undefined) return cached;
    let list = interactions(edge.from, edge.to);
    const contact = same(edge.from, seeker) ? edge.to : same(edge.to, seeker) ? edge.from : null;
    const asks = contact && answered.get(facts.get(contact.id)?.personId ?? '');
    if (asks) list = [...list, ...asks.map((at) => ({ kind: 'ASK_ANSWERED' as const, at }))];
    const score = connectionStrength(list, now).score;
    scores.set(edge.id, score);
    return score;
  };

  // One search to a stand-in for the whole company, as the API does it.
  const standIn: NodeRef = { type: 'CONTACT', id: `company:${companyId}` };
  const memberOf = new Map<Connection, string>();
  const copies = new Map<string, Connection>();
  const toStandIn = (edge: Edge, member: string): Connection => {
    const copyKey = `${edge.id}:${member}`;
    let copy = copies.get(copyKey);
    if (!copy) {
      copy = same(edge.from, { type: 'CONTACT', id: member })
        ? { ...edge, from: standIn }
        : { ...edge, to: standIn };
      copies.set(copyKey, copy);
      originals.set(copy, edge);
      memberOf.set(copy, member);
    }
    return copy;
  };
  const standInEdges: Connection[] = [];
  const seen = new Set<string>();
  for (const edge of [...intoCompany, ...seekerEdges]) {
    if (!owned(edge) || seen.has(edge.id)) continue;
    seen.add(edge.id);
    for (const [end, other] of [
      [edge.from, edge.to],
      [edge.to, edge.from],
    ] as const) {
      if (end.type === 'CONTACT' && members.has(end.id) && withinTwo.has(key(other))) {
        standInEdges.push(toStandIn(edge, end.id));
      }
    }
  }
  const neighbours = (ref: NodeRef): Connection[] => {
    if (same(ref, standIn)) return standInEdges;
    const list: Connection[] = [];
    for (const edge of edgesAt.get(key(ref)) ?? []) {
      if (!owned(edge)) continue;
      list.push(edge);
      const other = otherEnd(edge, ref);
      if (!same(other, ref) && other.type === 'CONTACT' && members.has(other.id)) {
        list.push(toStandIn(edge, other.id));
      }
    }
    return list;
  };
  const paths = warmIntroPaths({
    seekerId: user.id,
    targetContactId: standIn.id,
    neighbours,
    contact: (id) =>
      id === standIn.id
        ? { ownerSeekerId: null, sharedWithAgency: false, doNotContact: false }
        : realContact(id),
    strengthOf,
    k,
  }).map((path) => {
    const last = path.hops[path.hops.length - 1]!;
    const member = memberOf.get(last.connection)!;
    const original = originals.get(last.connection)!;
    return {
      ...path,
      hops: [
        ...path.hops.slice(0, -1),
        { ...last, to: { type: 'CONTACT' as const, id: member }, connection: original },
      ],
    };
  });

  const onPaths = [...new Set(paths.flatMap((p) => p.hops.map((h) => h.to.id)))];
  const companyIds = [
    ...new Set(
      onPaths.flatMap((id) => (facts.get(id)?.companyId ? [facts.get(id)!.companyId!] : [])),
    ),
  ];
  const companyNames = new Map(
    companyIds.length === 0
      ? []
      : (
          await db.all<{ id: string; name: string }>(
            `SELECT id, name FROM companies WHERE id IN (${marks(companyIds.length)})`,
            companyIds,
          )
        ).map((row) => [row.id, row.name]),
  );
  const node = (ref: NodeRef) =>
    ref.type === 'SEEKER'
      ? { __typename: 'NetworkSeeker', id: toGlobalId('User', user.id), name: user.name }
      : {
          __typename: 'Contact',
          id: toGlobalId('Contact', ref.id),
          fullName: facts.get(ref.id)!.fullName,
        };
  const party = (ref: NodeRef) =>
    ref.type === 'SEEKER'
      ? { name: user.name, isViewer: true }
      : { name: facts.get(ref.id)!.fullName };
  const companyOf = (ref: NodeRef) => {
    if (ref.type !== 'CONTACT') return null;
    const id = facts.get(ref.id)?.companyId;
    return id ? (companyNames.get(id) ?? null) : null;
  };
  return {
    data: {
      warmIntroPaths: paths.map((path) => ({
        length: path.hops.length,
        weakestStrength: path.weakestStrength,
        hops: path.hops.map((hop) => ({
          kind: hop.connection.kind,
          sentence: describeConnection(hop.connection, {
            from: party(hop.connection.from),
            to: party(hop.connection.to),
            companyName: companyOf(hop.connection.to) ?? companyOf(hop.connection.from),
          }),
          strength: hop.strength,
          recordedAt: hop.connection.recordedAt.toISOString(),
          from: node(hop.from),
          to: node(hop.to),
        })),
      })),
    },
  };
};
