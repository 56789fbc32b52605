import { fail, ok, type Result } from '../result.js';

export const CONNECTION_KINDS = ['REFERRED', 'KNOWS', 'WORKS_WITH'] as const;
export type ConnectionKind = (typeof CONNECTION_KINDS)[number];

export const NODE_TYPES = ['CONTACT', 'SEEKER'] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export interface NodeRef {
  type: NodeType;
  id: string;
}

/** An edge of the referral network. REFERRED points from the giver of a name to the person named. */
export interface Connection {
  id: string;
  kind: ConnectionKind;
  from: NodeRef;
  to: NodeRef;
  /** The informational interview the edge came from, when there is one. */
  meetingId: string | null;
}

/**
 * A referral says more about a relationship than working together, which
 * says more than knowing each other; the weights only need to order them.
 */
export const CONNECTION_WEIGHTS: { readonly [K in ConnectionKind]: number } = {
  REFERRED: 3,
  WORKS_WITH: 2,
  KNOWS: 1,
};

export type NetworkErrorCode =
  'NETWORK.SELF_CONNECTION' | 'NETWORK.DUPLICATE_CONNECTION' | 'NETWORK.INVALID_REFERRAL';

function sameNode(a: NodeRef, b: NodeRef): boolean {
  return a.type === b.type && a.id === b.id;
}

/** REFERRED has a direction (who gave whose name); the other kinds do not. */
function sameEdge(a: Omit<Connection, 'id'>, b: Omit<Connection, 'id'>): boolean {
  if (a.kind !== b.kind || a.meetingId !== b.meetingId) return false;
  if (sameNode(a.from, b.from) && sameNode(a.to, b.to)) return true;
  return a.kind !== 'REFERRED' && sameNode(a.from, b.to) && sameNode(a.to, b.from);
}

export function validateConnection(
  connection: Connection,
  existing: readonly Connection[] = [],
): Result<Connection, NetworkErrorCode> {
  if (sameNode(connection.from, connection.to)) {
    return fail('NETWORK.SELF_CONNECTION', 'A person cannot be connected to themselves.');
  }
  if (
    connection.kind === 'REFERRED' &&
    (connection.from.type !== 'CONTACT' || connection.to.type !== 'CONTACT')
  ) {
    return fail(
      'NETWORK.INVALID_REFERRAL',
      'A referral links the contact who gave a name to the contact they named.',
    );
  }
  const duplicate = existing.find((other) => sameEdge(other, connection));
  if (duplicate) {
    return fail('NETWORK.DUPLICATE_CONNECTION', 'These two are already connected this way.', {
      details: { connectionId: duplicate.id },
    });
  }
  return ok(connection);
}

function otherEnd(connection: Connection, node: NodeRef): NodeRef | null {
  if (sameNode(connection.from, node)) return connection.to;
  if (sameNode(connection.to, node)) return connection.from;
  return null;
}

/**
 * How well placed a contact is for this seeker. Every edge counts by its
 * weight; an edge to the seeker or to someone the seeker already talked to
 * counts double, because that person can make a warm introduction.
 */
export function connectionStrength(
  contactId: string,
  context: {
    seekerId: string;
    acquaintanceIds: ReadonlySet<string>;
    connections: readonly Connection[];
  },
): number {
  const node: NodeRef = { type: 'CONTACT', id: contactId };
  let strength = 0;
  for (const connection of context.connections) {
    const other = otherEnd(connection, node);
    if (!other) continue;
    const warm =
      (other.type === 'SEEKER' && other.id === context.seekerId) ||
      (other.type === 'CONTACT' && context.acquaintanceIds.has(other.id));
    strength += CONNECTION_WEIGHTS[connection.kind] * (warm ? 2 : 1);
  }
  return strength;
}

export interface ReferralTreeNode {
  contactId: string;
  /** The interview where the name was given, when known. */
  meetingId: string | null;
  children: ReferralTreeNode[];
}

/**
 * Who was referred from a contact, then who those people referred, and so
 * on. A person appears once, at the shortest distance, so cycles of
 * referrals cannot loop.
 */
export function referralTree(
  rootContactId: string,
  connections: readonly Connection[],
  maxDepth = 10,
): ReferralTreeNode {
  const root: ReferralTreeNode = { contactId: rootContactId, meetingId: null, children: [] };
  const seen = new Set([rootContactId]);
  let level = [root];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth += 1) {
    const next: ReferralTreeNode[] = [];
    for (const parent of level) {
      for (const edge of connections) {
        if (edge.kind !== 'REFERRED' || edge.from.id !== parent.contactId) continue;
        if (edge.from.type !== 'CONTACT' || seen.has(edge.to.id)) continue;
        seen.add(edge.to.id);
        const child: ReferralTreeNode = {
          contactId: edge.to.id,
          meetingId: edge.meetingId,
          children: [],
        };
        parent.children.push(child);
        next.push(child);
      }
    }
    level = next;
  }
  return root;
}

/**
 * The shortest chain of people from the seeker to a contact, for a warm
 * introduction. Only contacts can be links in the chain (other seekers'
 * relationships are private), and contacts marked do-not-contact are never
 * asked to introduce anyone nor introduced. Returns the contact ids after the seeker, ending
 * with the target, or null when there is no path within `maxHops`.
 */
export function warmIntroPath(
  seekerId: string,
  targetContactId: string,
  connections: readonly Connection[],
  options: { doNotContactIds?: ReadonlySet<string>; maxHops?: number } = {},
): string[] | null {
  const blocked = options.doNotContactIds ?? new Set<string>();
  const maxHops = options.maxHops ?? 3;
  const start: NodeRef = { type: 'SEEKER', id: seekerId };
  const previous = new Map<string, string | null>();
  let frontier: NodeRef[] = [start];
  for (let hops = 0; hops < maxHops && frontier.length > 0; hops += 1) {
    const next: NodeRef[] = [];
    for (const node of frontier) {
      for (const edge of connections) {
        const other = otherEnd(edge, node);
        if (!other || other.type !== 'CONTACT' || previous.has(other.id)) continue;
        if (blocked.has(other.id)) continue;
        previous.set(other.id, node.type === 'CONTACT' ? node.id : null);
        if (other.id === targetContactId) {
          const path: string[] = [];
          for (let id: string | null = other.id; id !== null; id = previous.get(id) ?? null) {
            path.unshift(id);
          }
          return path;
        }
        next.push(other);
      }
    }
    frontier = next;
  }
  return null;
}
