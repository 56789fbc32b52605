import { describe, expect, it } from 'vitest';
import type { ContactOwnership } from '../contact/contact.js';
import { aMeeting, NOW } from '../test-support/fixtures.js';
import {
  canSeeConnection,
  type Connection,
  type ConnectionKind,
  connectionForCompletedMeeting,
  referralTree,
  validateConnection,
  visibleTo,
} from './connection.js';

let nextId = 0;
function edge(
  kind: ConnectionKind,
  from: string,
  to: string,
  meetingId: string | null = null,
  ownerSeekerId: string | null = null,
): Connection {
  const node = (ref: string) =>
    ref.startsWith('s:')
      ? { type: 'SEEKER' as const, id: ref.slice(2) }
      : { type: 'CONTACT' as const, id: ref };
  nextId += 1;
  return {
    id: `e${nextId}`,
    kind,
    from: node(from),
    to: node(to),
    meetingId,
    ownerSeekerId,
    recordedAt: NOW,
  };
}

describe('validateConnection', () => {
  it('accepts a new edge', () => {
    const e = edge('KNOWS', 'a', 'b');
    expect(validateConnection(e)).toEqual({ ok: true, value: e });
  });

  it('refuses a person connected to themselves', () => {
    expect(validateConnection(edge('KNOWS', 'a', 'a'))).toMatchObject({
      error: { code: 'NETWORK.SELF_CONNECTION' },
    });
  });

  it('refuses a referral that does not link two contacts', () => {
    expect(validateConnection(edge('REFERRED', 's:seeker', 'b'))).toMatchObject({
      error: { code: 'NETWORK.INVALID_REFERRAL' },
    });
    expect(validateConnection(edge('REFERRED', 'a', 's:seeker'))).toMatchObject({
      error: { code: 'NETWORK.INVALID_REFERRAL' },
    });
  });

  it('accepts MET only from a seeker to a contact', () => {
    expect(validateConnection(edge('MET', 's:seeker', 'dana')).ok).toBe(true);
    for (const wrong of [edge('MET', 'dana', 's:seeker'), edge('MET', 'dana', 'sam')]) {
      expect(validateConnection(wrong)).toMatchObject({
        error: { code: 'NETWORK.INVALID_MEETING_LINK' },
      });
    }
  });

  it('refuses duplicates; KNOWS and WORKS_WITH have no direction, REFERRED has', () => {
    const knows = edge('KNOWS', 'a', 'b');
    expect(validateConnection(edge('KNOWS', 'b', 'a'), [knows])).toMatchObject({
      error: { code: 'NETWORK.DUPLICATE_CONNECTION', details: { connectionId: knows.id } },
    });
    expect(validateConnection(edge('WORKS_WITH', 'a', 'b'), [knows]).ok).toBe(true);
    const referred = edge('REFERRED', 'a', 'b', 'm1');
    expect(validateConnection(edge('REFERRED', 'a', 'b', 'm1'), [referred]).ok).toBe(false);
    expect(validateConnection(edge('REFERRED', 'b', 'a', 'm1'), [referred]).ok).toBe(true);
    expect(validateConnection(edge('REFERRED', 'a', 'b', 'm2'), [referred]).ok).toBe(true);
  });
});

describe('referralTree', () => {
  it('follows referrals over several hops, once per person, ignoring other kinds', () => {
    const connections = [
      edge('REFERRED', 'root', 'a', 'm1'),
      edge('REFERRED', 'root', 'b', 'm1'),
      edge('REFERRED', 'a', 'c', 'm2'),
      edge('REFERRED', 'c', 'root', 'm3'), // a cycle back to the root
      edge('REFERRED', 'b', 'c', 'm4'), // c is already in the tree
      edge('KNOWS', 'b', 'd'),
    ];
    expect(referralTree('root', connections)).toEqual({
      contactId: 'root',
      meetingId: null,
      children: [
        {
          contactId: 'a',
          meetingId: 'm1',
          children: [{ contactId: 'c', meetingId: 'm2', children: [] }],
        },
        { contactId: 'b', meetingId: 'm1', children: [] },
      ],
    });
  });

  it('is just the root for someone who referred nobody', () => {
    expect(referralTree('lonely', [edge('KNOWS', 'lonely', 'b')])).toEqual({
      contactId: 'lonely',
      meetingId: null,
      children: [],
    });
  });

  it('stops at the depth limit', () => {
    const chain = [
      edge('REFERRED', 'a', 'b'),
      edge('REFERRED', 'b', 'c'),
      edge('REFERRED', 'c', 'd'),
    ];
    const tree = referralTree('a', chain, 2);
    expect(tree.children[0]?.children[0]?.contactId).toBe('c');
    expect(tree.children[0]?.children[0]?.children).toEqual([]);
  });
});

describe('connectionForCompletedMeeting', () => {
  it('records a private MET edge from the seeker to the contact met', () => {
    const meeting = aMeeting({ status: 'COMPLETED' });
    expect(connectionForCompletedMeeting(meeting, { id: 'edge-1', now: NOW })).toEqual({
      ok: true,
      value: {
        id: 'edge-1',
        kind: 'MET',
        from: { type: 'SEEKER', id: 'seeker-1' },
        to: { type: 'CONTACT', id: 'contact-1' },
        meetingId: 'meeting-1',
        ownerSeekerId: 'seeker-1',
        recordedAt: NOW,
      },
    });
  });

  it.each(['SCHEDULED', 'CANCELLED', 'NO_SHOW'] as const)(
    'refuses a meeting that is %s',
    (status) => {
      expect(
        connectionForCompletedMeeting(aMeeting({ status }), { id: 'e', now: NOW }),
      ).toMatchObject({
        ok: false,
        error: {
          code: 'NETWORK.MEETING_NOT_COMPLETED',
          details: { meetingId: 'meeting-1', status },
        },
      });
    },
  );

  it('does not record the same meeting twice', () => {
    const meeting = aMeeting({ status: 'COMPLETED' });
    const first = connectionForCompletedMeeting(meeting, { id: 'e1', now: NOW });
    const existing = first.ok ? [first.value] : [];
    expect(connectionForCompletedMeeting(meeting, { id: 'e2', now: NOW, existing })).toMatchObject({
      error: { code: 'NETWORK.DUPLICATE_CONNECTION' },
    });
  });
});

describe('who may see a link', () => {
  const alice = { id: 'alice', role: 'SEEKER' as const };
  const staff = { id: 'staff-1', role: 'STAFF' as const };
  const agencyLink = edge('KNOWS', 'a', 'b');
  const alicesLink = edge('WORKS_WITH', 'a', 'b', null, 'alice');
  const bobsLink = edge('WORKS_WITH', 'a', 'b', null, 'bob');
  const aliceMet = edge('MET', 's:alice', 'a', 'm1', 'alice');
  const bobMet = edge('MET', 's:bob', 'a', 'm2', 'bob');
  const staffNoteAboutAlice = edge('KNOWS', 's:alice', 'a');
  const staffNoteAboutBob = edge('KNOWS', 's:bob', 'a');

  it('a seeker sees the agency’s links, including notes about them, and their own', () => {
    expect(canSeeConnection(alice, agencyLink)).toBe(true);
    expect(canSeeConnection(alice, alicesLink)).toBe(true);
    expect(canSeeConnection(alice, aliceMet)).toBe(true);
    expect(canSeeConnection(alice, staffNoteAboutAlice)).toBe(true);
  });

  it('a seeker never sees another seeker’s private link or whom they met', () => {
    expect(canSeeConnection(alice, bobsLink)).toBe(false);
    expect(canSeeConnection(alice, bobMet)).toBe(false);
    expect(canSeeConnection(alice, staffNoteAboutBob)).toBe(false);
    // Even a private note of Bob's that names Alice stays Bob's.
    expect(canSeeConnection(alice, edge('KNOWS', 's:alice', 'a', null, 'bob'))).toBe(false);
  });

  it('staff see the agency’s shared network only', () => {
    expect(canSeeConnection(staff, agencyLink)).toBe(true);
    expect(canSeeConnection(staff, alicesLink)).toBe(false);
    expect(canSeeConnection(staff, staffNoteAboutAlice)).toBe(false);
  });

  it('visibleTo also hides links to contacts the viewer may not see', () => {
    const owners: Record<string, ContactOwnership> = {
      a: { ownerSeekerId: null, sharedWithAgency: false },
      b: { ownerSeekerId: null, sharedWithAgency: false },
      bobs: { ownerSeekerId: 'bob', sharedWithAgency: true },
      alices: { ownerSeekerId: 'alice', sharedWithAgency: false },
    };
    const canSee = visibleTo(alice, (id) => owners[id]);
    expect(canSee(agencyLink)).toBe(true);
    expect(canSee(aliceMet)).toBe(true);
    expect(canSee(edge('KNOWS', 'a', 'alices'))).toBe(true);
    expect(canSee(edge('KNOWS', 'a', 'bobs'))).toBe(false);
    expect(canSee(edge('KNOWS', 'bobs', 'a'))).toBe(false);
    expect(canSee(edge('KNOWS', 'a', 'unknown'))).toBe(false);
    expect(canSee(bobsLink)).toBe(false);
    expect(visibleTo(staff, (id) => owners[id])(edge('KNOWS', 'a', 'bobs'))).toBe(true);
  });
});
