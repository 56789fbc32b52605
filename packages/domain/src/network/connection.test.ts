import { describe, expect, it } from 'vitest';
import {
  type Connection,
  type ConnectionKind,
  connectionStrength,
  referralTree,
  validateConnection,
  warmIntroPath,
} from './connection.js';

let nextId = 0;
function edge(
  kind: ConnectionKind,
  from: string,
  to: string,
  meetingId: string | null = null,
): Connection {
  const node = (ref: string) =>
    ref.startsWith('s:')
      ? { type: 'SEEKER' as const, id: ref.slice(2) }
      : { type: 'CONTACT' as const, id: ref };
  nextId += 1;
  return { id: `e${nextId}`, kind, from: node(from), to: node(to), meetingId };
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

describe('connectionStrength', () => {
  const connections = [
    edge('REFERRED', 'met', 'target'),
    edge('WORKS_WITH', 'target', 'stranger'),
    edge('KNOWS', 's:seeker', 'target'),
    edge('KNOWS', 's:other-seeker', 'target'),
    edge('KNOWS', 'x', 'y'),
  ];

  it('weighs edges by kind and doubles edges to people the seeker knows', () => {
    // REFERRED from an acquaintance 3×2, WORKS_WITH 2, KNOWS the seeker 1×2, KNOWS another seeker 1.
    expect(
      connectionStrength('target', {
        seekerId: 'seeker',
        acquaintanceIds: new Set(['met']),
        connections,
      }),
    ).toBe(11);
    expect(
      connectionStrength('target', { seekerId: 'nobody', acquaintanceIds: new Set(), connections }),
    ).toBe(7);
    expect(
      connectionStrength('lonely', { seekerId: 'seeker', acquaintanceIds: new Set(), connections }),
    ).toBe(0);
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

describe('warmIntroPath', () => {
  const connections = [
    edge('KNOWS', 's:seeker', 'friend'),
    edge('WORKS_WITH', 'friend', 'manager'),
    edge('KNOWS', 'manager', 'target'),
    edge('KNOWS', 's:seeker', 'blocked'),
    edge('KNOWS', 'blocked', 'target'),
    edge('KNOWS', 's:other', 'target'),
  ];

  it('finds the shortest chain through contacts only', () => {
    expect(warmIntroPath('seeker', 'manager', connections)).toEqual(['friend', 'manager']);
    expect(warmIntroPath('seeker', 'friend', connections)).toEqual(['friend']);
  });

  it('never routes through or to a do-not-contact person', () => {
    expect(warmIntroPath('seeker', 'target', connections)).toEqual(['blocked', 'target']);
    expect(
      warmIntroPath('seeker', 'target', connections, { doNotContactIds: new Set(['blocked']) }),
    ).toEqual(['friend', 'manager', 'target']);
    expect(
      warmIntroPath('seeker', 'target', connections, { doNotContactIds: new Set(['target']) }),
    ).toBeNull();
  });

  it('gives up beyond the hop limit or without a path', () => {
    const noShortcut = connections.filter((c) => c.from.id !== 'blocked' && c.to.id !== 'blocked');
    expect(warmIntroPath('seeker', 'target', noShortcut, { maxHops: 2 })).toBeNull();
    expect(warmIntroPath('seeker', 'nobody', connections)).toBeNull();
  });
});
