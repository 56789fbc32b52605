import { canViewContact, type ContactOwnership } from '../contact/contact.js';
import type { Role } from '../account/account.js';
import type { Meeting } from '../meeting/meeting-rules.js';
import { fail, ok, type Result } from '../result.js';

/**
 * REFERRED: a contact gave another contact's name. KNOWS, WORKS_WITH: what a
 * seeker or staff recorded about two people. MET: a seeker held an
 * informational interview with a contact; completing a meeting records it,
 * which is what gives most seekers their first hop into the network.
 */
export const CONNECTION_KINDS = ['REFERRED', 'KNOWS', 'WORKS_WITH', 'MET'] as const;
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
  /**
   * The seeker whose private knowledge this is, or null for the agency's
   * shared network (recorded by staff). Decides who may travel along it.
   */
  ownerSeekerId: string | null;
  /** When it was recorded; among equally good intro paths the fresher one wins. */
  recordedAt: Date;
}

/**
 * A referral says more about a relationship than working together or
 * having met, which say more than knowing each other; the weights only need
 * to order them for next-contact suggestions.
 */
export const CONNECTION_WEIGHTS: { readonly [K in ConnectionKind]: number } = {
  REFERRED: 3,
  WORKS_WITH: 2,
  MET: 2,
  KNOWS: 1,
};

export type NetworkErrorCode =
  | 'NETWORK.SELF_CONNECTION'
  | 'NETWORK.DUPLICATE_CONNECTION'
  | 'NETWORK.INVALID_REFERRAL'
  | 'NETWORK.INVALID_MEETING_LINK'
  | 'NETWORK.MEETING_NOT_COMPLETED';

export function sameNode(a: NodeRef, b: NodeRef): boolean {
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
  if (
    connection.kind === 'MET' &&
    (connection.from.type !== 'SEEKER' || connection.to.type !== 'CONTACT')
  ) {
    return fail(
      'NETWORK.INVALID_MEETING_LINK',
      'A meeting links the job seeker to the contact they met.',
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

/**
 * The MET edge to record when a meeting is completed: private to the seeker
 * (who they met is theirs to know), dated when it was recorded. The API
 * calls this in the transaction that completes the meeting.
 */
export function connectionForCompletedMeeting(
  meeting: Pick<Meeting, 'id' | 'seekerId' | 'contactId' | 'status'>,
  input: { id: string; now: Date; existing?: readonly Connection[] },
): Result<Connection, NetworkErrorCode> {
  if (meeting.status !== 'COMPLETED') {
    return fail(
      'NETWORK.MEETING_NOT_COMPLETED',
      'Only a meeting that took place connects you to the person you met.',
      { details: { meetingId: meeting.id, status: meeting.status } },
    );
  }
  return validateConnection(
    {
      id: input.id,
      kind: 'MET',
      from: { type: 'SEEKER', id: meeting.seekerId },
      to: { type: 'CONTACT', id: meeting.contactId },
      meetingId: meeting.id,
      ownerSeekerId: meeting.seekerId,
      recordedAt: input.now,
    },
    input.existing,
  );
}

export interface NetworkViewer {
  id: string;
  role: Role;
}

/**
 * The edge itself, apart from who is at its ends. A seeker sees the
 * agency's shared links (including staff notes about them) and the links
 * they recorded themselves; never another seeker's private link, even one
 * that names them, and never a link that involves another seeker (whom a
 * seeker met is their own business). Staff see the agency's shared links
 * between contacts; a seeker's private links stay private, as their private
 * contacts do until shared.
 */
export function canSeeConnection(viewer: NetworkViewer, connection: Connection): boolean {
  const seekers = [connection.from, connection.to].filter((node) => node.type === 'SEEKER');
  if (viewer.role !== 'SEEKER') return connection.ownerSeekerId === null && seekers.length === 0;
  if (seekers.some((node) => node.id !== viewer.id)) return false;
  return connection.ownerSeekerId === null || connection.ownerSeekerId === viewer.id;
}

/**
 * The full privacy rule for traversing the network: the link must be
 * visible (canSeeConnection) and so must every contact at its ends
 * (canViewContact: no other seeker's private contacts). `contactOf` returns
 * a contact's ownership; an unknown contact counts as not visible.
 */
export function visibleTo(
  viewer: NetworkViewer,
  contactOf: (contactId: string) => ContactOwnership | undefined,
): (connection: Connection) => boolean {
  const canSeeEnd = (node: NodeRef): boolean => {
    if (node.type === 'SEEKER') return true; // already judged by canSeeConnection
    const ownership = contactOf(node.id);
    return ownership !== undefined && canViewContact(viewer, ownership);
  };
  return (connection) =>
    canSeeConnection(viewer, connection) && canSeeEnd(connection.from) && canSeeEnd(connection.to);
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
 * referrals cannot loop. The referrals are indexed by giver once, so the
 * work is linear in the edges.
 */
export function referralTree(
  rootContactId: string,
  connections: readonly Connection[],
  maxDepth = 10,
): ReferralTreeNode {
  const byGiver = new Map<string, Connection[]>();
  for (const edge of connections) {
    if (edge.kind !== 'REFERRED' || edge.from.type !== 'CONTACT') continue;
    const list = byGiver.get(edge.from.id);
    if (list) list.push(edge);
    else byGiver.set(edge.from.id, [edge]);
  }
  const root: ReferralTreeNode = { contactId: rootContactId, meetingId: null, children: [] };
  const seen = new Set([rootContactId]);
  let level = [root];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth += 1) {
    const next: ReferralTreeNode[] = [];
    for (const parent of level) {
      for (const edge of byGiver.get(parent.contactId) ?? []) {
        if (seen.has(edge.to.id)) continue;
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
