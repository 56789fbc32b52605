import { DateTime } from 'luxon';
import type { ContactOwnership } from '../contact/contact.js';
import { compareText } from '../text.js';
import { type Connection, type ConnectionKind, type NodeRef, sameNode } from './connection.js';
import { type IntroGraph, NO_NODE, searchIntroPaths, UNKNOWN_CONTACT } from './intro-search.js';
import { STRENGTH_MODEL } from './strength.js';

/** What path finding needs to know about a contact it might pass through. */
export interface NetworkContact extends ContactOwnership {
  /** Do-not-contact people are never asked to introduce anyone, nor introduced. */
  doNotContact: boolean;
}

export type IntroHops = 1 | 2 | 3;

export interface IntroPathQuery {
  seekerId: string;
  targetContactId: string;
  /**
   * The edges at a node, in any order. The API plugs its in-memory
   * adjacency index in here; indexConnections builds one from an array.
   * Edges the seeker may not see are filtered out here, not trusted to the
   * index.
   */
  neighbours: (node: NodeRef) => Iterable<Connection>;
  /** A contact's ownership and flag; undefined means unknown, which is never traversed. */
  contact: (contactId: string) => NetworkContact | undefined;
  /**
   * The strength (10 to 100, from connectionStrength) of the relationship an
   * edge stands for; the API caches it per pair. Without it every tie counts
   * as the floor, so paths are ranked by length and recency only.
   */
  strengthOf?: (connection: Connection) => number;
  /** How many paths to return, best first. Default 3. */
  k?: number;
  /** Longest chain to consider. Default and most: 3. */
  maxHops?: IntroHops;
}

export interface IntroHop {
  from: NodeRef;
  to: NodeRef;
  /** The edge that explains this hop: the strongest, then most recent, between the two. */
  connection: Connection;
  strength: number;
}

export interface IntroPath {
  /** From the seeker to the target. */
  hops: IntroHop[];
  /** The contacts after the seeker, ending with the target. */
  contactIds: string[];
  /** The weakest tie decides how warm the introduction really is. */
  weakestStrength: number;
  totalStrength: number;
  /** The stalest link's date: a path is only as fresh as its oldest tie. */
  oldestLinkAt: Date;
}

/** An adjacency lookup over an array, built once: for tests and small callers. */
export function indexConnections(
  connections: readonly Connection[],
): (node: NodeRef) => readonly Connection[] {
  const byNode = new Map<string, Connection[]>();
  const key = (node: NodeRef) => `${node.type}:${node.id}`;
  const add = (node: NodeRef, edge: Connection) => {
    const list = byNode.get(key(node));
    if (list) list.push(edge);
    else byNode.set(key(node), [edge]);
  };
  for (const edge of connections) {
    add(edge.from, edge);
    if (!sameNode(edge.from, edge.to)) add(edge.to, edge);
  }
  return (node) => byNode.get(key(node)) ?? [];
}

/** The ranking warmIntroPaths sorts by, for callers that merge the answers of several targets. */
export function comparePaths(a: IntroPath, b: IntroPath): number {
  const ids = (path: IntroPath) => path.contactIds.join('\u0000');
  return (
    a.hops.length - b.hops.length ||
    b.weakestStrength - a.weakestStrength ||
    b.totalStrength - a.totalStrength ||
    b.oldestLinkAt.getTime() - a.oldestLinkAt.getTime() ||
    compareText(ids(a), ids(b))
  );
}

/**
 * The best warm-introduction chains from a seeker to a contact, at most
 * three hops, ranked by: fewer hops; then the stronger weakest tie; then the
 * stronger ties in total; then the fresher stalest link; then the contact
 * ids, so the answer never depends on the order edges are stored in.
 *
 * Only contacts can be links in the chain, only along edges the seeker may
 * see (visibleTo), and never through or to a do-not-contact person.
 *
 * The search meets in the middle (searchIntroPaths): one step out from the
 * seeker, one step back from the target, and for three hops the edges of
 * whichever of those two frontiers is smaller. It never walks the whole
 * graph. This entry point numbers the nodes and edges it is shown as it
 * goes; the API, which keeps the network numbered already, calls
 * searchIntroPaths directly.
 */
export function warmIntroPaths(query: IntroPathQuery): IntroPath[] {
  const strengthOf = query.strengthOf ?? (() => STRENGTH_MODEL.floor);
  const nodes: NodeRef[] = [];
  const nodeNumbers = new Map<string, number>();
  const numberOf = (ref: NodeRef): number => {
    const key = `${ref.type}:${ref.id}`;
    let n = nodeNumbers.get(key);
    if (n === undefined) {
      n = nodes.length;
      nodes.push(ref);
      nodeNumbers.set(key, n);
    }
    return n;
  };
  const edges: { connection: Connection; from: number; to: number; strength: number }[] = [];
  const edgeNumbers = new Map<string, number>();
  const edgesAt = new Map<number, number[]>();
  const seeker = numberOf({ type: 'SEEKER', id: query.seekerId });
  const graph: IntroGraph = {
    edgesAt: (node) => {
      let list = edgesAt.get(node);
      if (!list) {
        list = [];
        for (const connection of query.neighbours(nodes[node]!)) {
          let e = edgeNumbers.get(connection.id);
          if (e === undefined) {
            e = edges.length;
            edges.push({
              connection,
              from: numberOf(connection.from),
              to: numberOf(connection.to),
              strength: strengthOf(connection),
            });
            edgeNumbers.set(connection.id, e);
          }
          list.push(e);
        }
        edgesAt.set(node, list);
      }
      return list;
    },
    from: (edge) => edges[edge]!.from,
    to: (edge) => edges[edge]!.to,
    owner: (edge) => {
      const owner = edges[edge]!.connection.ownerSeekerId;
      return owner === null ? NO_NODE : numberOf({ type: 'SEEKER', id: owner });
    },
    recordedAt: (edge) => edges[edge]!.connection.recordedAt.getTime(),
    strength: (edge) => edges[edge]!.strength,
    isSeeker: (node) => nodes[node]!.type === 'SEEKER',
    contactOwner: (node) => {
      const contact = query.contact(nodes[node]!.id);
      if (!contact) return UNKNOWN_CONTACT;
      return contact.ownerSeekerId === null
        ? NO_NODE
        : numberOf({ type: 'SEEKER', id: contact.ownerSeekerId });
    },
    doNotContact: (node) => query.contact(nodes[node]!.id)?.doNotContact !== false,
    edgeId: (edge) => edges[edge]!.connection.id,
    nodeId: (node) => nodes[node]!.id,
  };
  const found = searchIntroPaths({
    graph,
    seeker,
    targets: [numberOf({ type: 'CONTACT', id: query.targetContactId })],
    k: query.k ?? 3,
    maxHops: query.maxHops ?? 3,
  });
  return found.map((path) => ({
    hops: path.edges.map((edge, i) => ({
      from: nodes[path.nodes[i]!]!,
      to: nodes[path.nodes[i + 1]!]!,
      connection: edges[edge]!.connection,
      strength: path.strengths[i]!,
    })),
    contactIds: path.nodes.slice(1).map((node) => nodes[node]!.id),
    weakestStrength: path.weakestStrength,
    totalStrength: path.totalStrength,
    oldestLinkAt: new Date(path.oldestLinkAt),
  }));
}

/** One end of a hop as a sentence names it. */
export interface HopParty {
  name: string;
  /** The seeker reading the sentence: "You met …", "… knows you". */
  isViewer?: boolean;
}

export interface HopFacts {
  from: HopParty;
  to: HopParty;
  /** The company the sentence places them at, usually the contact's. */
  companyName?: string | null;
  /** The reader's zone for the date; UTC when not given. */
  timeZone?: string;
}

/**
 * One link of a path in plain English, about the edge as recorded (REFERRED
 * keeps its direction: who passed on whose name), with where and when.
 * Names come in from the caller; the domain looks nothing up.
 */
export function describeConnection(connection: Connection, facts: HopFacts): string {
  const subject = facts.from.isViewer ? 'You' : facts.from.name;
  const object = facts.to.isViewer ? 'you' : facts.to.name;
  const verb = (plain: string, third: string) => (facts.from.isViewer ? plain : third);
  const at = facts.companyName ? ` at ${facts.companyName}` : '';
  const date = DateTime.fromJSDate(connection.recordedAt, { zone: facts.timeZone ?? 'UTC' })
    // The clients' own date style ("Nov 15, 2026"), so a path reads like the rest of the app.
    .setLocale('en-US')
    .toFormat('LLL d, yyyy');
  return SENTENCES[connection.kind]({ subject, object, verb, at, date });
}

interface SentenceParts {
  subject: string;
  object: string;
  verb: (plain: string, third: string) => string;
  at: string;
  date: string;
}

const SENTENCES: { readonly [K in ConnectionKind]: (parts: SentenceParts) => string } = {
  REFERRED: ({ subject, object, at, date }) =>
    `${subject} suggested talking to ${object}${at} (${date}).`,
  KNOWS: ({ subject, object, verb, at, date }) =>
    `${subject} ${verb('know', 'knows')} ${object}${at} (noted ${date}).`,
  WORKS_WITH: ({ subject, object, verb, at, date }) =>
    `${subject} ${verb('work', 'works')} with ${object}${at} (noted ${date}).`,
  MET: ({ subject, object, at, date }) =>
    `${subject} met ${object}${at} for an informational interview on ${date}.`,
};

/** Every hop of a path as a sentence, in order; `factsFor` supplies names and places. */
export function explainPath(path: IntroPath, factsFor: (hop: IntroHop) => HopFacts): string[] {
  return path.hops.map((hop) => describeConnection(hop.connection, factsFor(hop)));
}
