import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, NOW } from '../test-support/fixtures.js';
import { compareText } from '../text.js';
import { type Connection, type ConnectionKind, type NodeRef, visibleTo } from './connection.js';
import {
  describeConnection,
  explainPath,
  indexConnections,
  type IntroPath,
  type IntroPathQuery,
  type NetworkContact,
  warmIntroPaths,
} from './intro-path.js';

let nextId = 0;
function node(ref: string): NodeRef {
  return ref.startsWith('s:') ? { type: 'SEEKER', id: ref.slice(2) } : { type: 'CONTACT', id: ref };
}
function edge(
  kind: ConnectionKind,
  from: string,
  to: string,
  extra: Partial<Connection> = {},
): Connection {
  nextId += 1;
  return {
    id: `e${String(nextId).padStart(4, '0')}`,
    kind,
    from: node(from),
    to: node(to),
    meetingId: null,
    ownerSeekerId: null,
    recordedAt: NOW,
    ...extra,
  };
}

const agency: NetworkContact = {
  ownerSeekerId: null,
  sharedWithAgency: false,
  doNotContact: false,
};

/** Every contact named in the edges is an agency contact unless listed. */
function query(
  connections: readonly Connection[],
  target: string,
  extra: Partial<IntroPathQuery> & { contacts?: Record<string, NetworkContact> } = {},
): IntroPathQuery {
  const { contacts = {}, ...rest } = extra;
  return {
    seekerId: 'alice',
    targetContactId: target,
    neighbours: indexConnections(connections),
    contact: (id) => contacts[id] ?? (id === 'ghost' ? undefined : agency),
    ...rest,
  };
}

const chains = (paths: IntroPath[]) => paths.map((path) => path.contactIds.join('>'));

describe('indexConnections', () => {
  it('lists each edge under both ends, once for a self-loop', () => {
    const a = edge('KNOWS', 'x', 'y');
    const loop = edge('KNOWS', 'x', 'x');
    const neighbours = indexConnections([a, loop]);
    expect(neighbours(node('x'))).toEqual([a, loop]);
    expect(neighbours(node('y'))).toEqual([a]);
    expect(neighbours(node('s:x'))).toEqual([]);
  });
});

describe('warmIntroPaths', () => {
  const network = [
    edge('MET', 's:alice', 'friend', { ownerSeekerId: 'alice' }),
    edge('WORKS_WITH', 'friend', 'manager'),
    edge('KNOWS', 'manager', 'target'),
    edge('KNOWS', 's:alice', 'blocked'),
    edge('KNOWS', 'blocked', 'target'),
    edge('KNOWS', 's:bob', 'target'),
  ];

  it('finds chains of one, two and three hops, shortest first, through contacts only', () => {
    expect(chains(warmIntroPaths(query(network, 'friend')))).toEqual(['friend']);
    expect(chains(warmIntroPaths(query(network, 'manager')))).toEqual([
      'friend>manager',
      'blocked>target>manager',
    ]);
    expect(chains(warmIntroPaths(query(network, 'target')))).toEqual([
      'blocked>target',
      'friend>manager>target',
    ]);
  });

  it('never routes through or to a do-not-contact person', () => {
    const flagged = { contacts: { blocked: { ...agency, doNotContact: true } } };
    expect(chains(warmIntroPaths(query(network, 'target', flagged)))).toEqual([
      'friend>manager>target',
    ]);
    const targetFlagged = { contacts: { target: { ...agency, doNotContact: true } } };
    expect(warmIntroPaths(query(network, 'target', targetFlagged))).toEqual([]);
  });

  it('never passes through a contact it knows nothing about', () => {
    const viaGhost = [edge('KNOWS', 's:alice', 'ghost'), edge('KNOWS', 'ghost', 'far')];
    expect(warmIntroPaths(query(viaGhost, 'far'))).toEqual([]);
    expect(warmIntroPaths(query(viaGhost, 'ghost'))).toEqual([]);
  });

  it('respects the hop limit and k, and finds nothing without a path', () => {
    expect(chains(warmIntroPaths(query(network, 'target', { maxHops: 2 })))).toEqual([
      'blocked>target',
    ]);
    expect(warmIntroPaths(query(network, 'manager', { maxHops: 1 }))).toEqual([]);
    expect(chains(warmIntroPaths(query(network, 'manager', { maxHops: 2 })))).toEqual([
      'friend>manager',
    ]);
    expect(chains(warmIntroPaths(query(network, 'target', { k: 1 })))).toEqual(['blocked>target']);
    expect(warmIntroPaths(query(network, 'target', { k: 0 }))).toEqual([]);
    expect(warmIntroPaths(query(network, 'nobody'))).toEqual([]);
  });

  it('explains each hop with its edge, strength and the path’s weakest and oldest link', () => {
    const [path] = warmIntroPaths(query(network, 'manager'));
    expect(path).toEqual({
      hops: [
        { from: node('s:alice'), to: node('friend'), connection: network[0], strength: 10 },
        { from: node('friend'), to: node('manager'), connection: network[1], strength: 10 },
      ],
      contactIds: ['friend', 'manager'],
      weakestStrength: 10,
      totalStrength: 20,
      oldestLinkAt: NOW,
    });
  });

  describe('ranking equally short paths', () => {
    const strengths: Record<string, number> = {};
    const strengthOf = (connection: Connection) => strengths[connection.id] ?? 10;
    function link(from: string, to: string, strength: number, daysAgo = 0) {
      const made = edge('KNOWS', from, to, { recordedAt: daysAfter(NOW, -daysAgo) });
      strengths[made.id] = strength;
      return made;
    }

    it('prefers the stronger weakest tie over a stronger total', () => {
      const links = [
        link('s:alice', 'spiky', 100),
        link('spiky', 'target', 15),
        link('s:alice', 'even', 40),
        link('even', 'target', 40),
      ];
      expect(chains(warmIntroPaths(query(links, 'target', { strengthOf })))).toEqual([
        'even>target',
        'spiky>target',
      ]);
    });

    it('then the stronger total, then the fresher oldest link, then ids', () => {
      const links = [
        link('s:alice', 'a', 30),
        link('a', 'target', 30),
        link('s:alice', 'b', 30),
        link('b', 'target', 60),
        link('s:alice', 'c', 30, 400),
        link('c', 'target', 30),
        link('s:alice', 'd', 30, 5),
        link('d', 'target', 30),
      ];
      expect(chains(warmIntroPaths(query(links, 'target', { strengthOf, k: 10 })))).toEqual([
        'b>target',
        'a>target',
        'd>target',
        'c>target',
      ]);
    });

    it('does not depend on the order the edges are stored in', () => {
      const links = [
        link('s:alice', 'a', 20),
        link('a', 'target', 20),
        link('s:alice', 'b', 20),
        link('b', 'target', 20),
      ];
      const forward = warmIntroPaths(query(links, 'target', { strengthOf }));
      const backward = warmIntroPaths(query([...links].reverse(), 'target', { strengthOf }));
      expect(backward).toEqual(forward);
      expect(chains(forward)).toEqual(['a>target', 'b>target']);
    });

    it('explains a hop by its strongest, then most recent, edge between the two', () => {
      const older = link('s:alice', 'a', 50, 30);
      const newer = link('s:alice', 'a', 50, 1);
      const weaker = link('s:alice', 'a', 20, 0);
      const twin = edge('WORKS_WITH', 's:alice', 'a', {
        id: 'e0000',
        recordedAt: newer.recordedAt,
      });
      strengths[twin.id] = 50;
      for (const order of [
        [older, newer, weaker, twin],
        [twin, weaker, newer, older],
      ]) {
        const [path] = warmIntroPaths(query(order, 'a', { strengthOf }));
        expect(path?.hops[0]?.connection.id).toBe('e0000');
      }
      const [path] = warmIntroPaths(query([older, newer, weaker], 'a', { strengthOf }));
      expect(path?.hops[0]?.connection).toBe(newer);
    });
  });

  describe('privacy', () => {
    const bobsContact = { ownerSeekerId: 'bob', sharedWithAgency: true, doNotContact: false };
    const alicesContact = { ownerSeekerId: 'alice', sharedWithAgency: false, doNotContact: false };

    it('never uses seeker B’s private link or B’s private contact for seeker A', () => {
      const graph = [
        edge('KNOWS', 's:alice', 'friend'),
        edge('KNOWS', 'friend', 'target', { ownerSeekerId: 'bob' }), // B's private knowledge
        edge('KNOWS', 'friend', 'bobs-contact'),
        edge('KNOWS', 'bobs-contact', 'target'),
        edge('MET', 's:bob', 'friend', { ownerSeekerId: 'bob' }),
      ];
      const contacts = { 'bobs-contact': bobsContact };
      expect(warmIntroPaths(query(graph, 'target', { contacts }))).toEqual([]);
      expect(chains(warmIntroPaths(query(graph, 'target', { contacts, seekerId: 'bob' })))).toEqual(
        ['friend>target', 'friend>bobs-contact>target'],
      );
    });

    it('uses the seeker’s own private links and contacts', () => {
      const graph = [
        edge('KNOWS', 's:alice', 'mine', { ownerSeekerId: 'alice' }),
        edge('WORKS_WITH', 'mine', 'target', { ownerSeekerId: 'alice' }),
      ];
      const contacts = { mine: alicesContact };
      expect(chains(warmIntroPaths(query(graph, 'target', { contacts })))).toEqual(['mine>target']);
    });

    it('property: every hop of every path is a link the seeker may see', () => {
      const people = ['a', 'b', 'c', 'd', 'e', 'target'];
      const arbEnd = fc.constantFrom(...people, 's:alice', 's:bob');
      const arbEdge = fc
        .record({
          kind: fc.constantFrom('KNOWS' as const, 'WORKS_WITH' as const, 'REFERRED' as const),
          from: arbEnd,
          to: arbEnd,
          owner: fc.constantFrom(null, 'alice', 'bob'),
        })
        .map(({ kind, from, to, owner }) => edge(kind, from, to, { ownerSeekerId: owner }));
      const arbOwner = fc.constantFrom(agency, bobsContact, alicesContact, {
        ...agency,
        doNotContact: true,
      });
      fc.assert(
        fc.property(
          fc.array(arbEdge, { maxLength: 25 }),
          fc.dictionary(fc.constantFrom(...people), arbOwner),
          (graph, contacts) => {
            const lookup = (id: string) => contacts[id] ?? agency;
            const canSee = visibleTo({ id: 'alice', role: 'SEEKER' }, lookup);
            for (const path of warmIntroPaths(query(graph, 'target', { contacts, k: 50 }))) {
              for (const hop of path.hops) {
                expect(canSee(hop.connection)).toBe(true);
                if (hop.to.type === 'CONTACT') expect(lookup(hop.to.id).doNotContact).toBe(false);
                expect(hop.connection.ownerSeekerId).not.toBe('bob');
              }
            }
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  it('property: returns exactly the best k of all simple paths, found by brute force', () => {
    const people = ['a', 'b', 'c', 'd', 'target'];
    const arbEnd = fc.constantFrom(...people, 's:alice');
    const arbGraph = fc.array(
      fc.record({
        from: arbEnd,
        to: arbEnd,
        strength: fc.integer({ min: 10, max: 100 }),
        daysAgo: fc.integer({ min: 0, max: 3 }),
      }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(arbGraph, fc.integer({ min: 1, max: 6 }), (raw, k) => {
        const strength = new Map<string, number>();
        const graph = raw.map(({ from, to, strength: s, daysAgo }) => {
          const made = edge('KNOWS', from, to, { recordedAt: daysAfter(NOW, -daysAgo) });
          strength.set(made.id, s);
          return made;
        });
        const strengthOf = (c: Connection) => strength.get(c.id) as number;
        const found = warmIntroPaths(query(graph, 'target', { strengthOf, k }));
        expect(found.map(signature)).toEqual(bruteForce(graph, strengthOf).slice(0, k));
      }),
      { numRuns: 400 },
    );
  });

  it('looks at the edges of the seeker, the target and the smaller frontier only', () => {
    // A hub of 2,000 contacts around the seeker, a handful around the target.
    const graph: Connection[] = [];
    for (let i = 0; i < 2_000; i += 1) graph.push(edge('KNOWS', 's:alice', `hub${i}`));
    for (let i = 0; i < 2_000; i += 1) graph.push(edge('KNOWS', `hub${i}`, `far${i}`));
    for (let i = 0; i < 5; i += 1) graph.push(edge('KNOWS', `near${i}`, 'target'));
    graph.push(edge('KNOWS', 'hub7', 'near3'));
    const index = indexConnections(graph);
    let visited = 0;
    const paths = warmIntroPaths(
      query(graph, 'target', {
        neighbours: (n) => {
          visited += 1;
          return index(n);
        },
      }),
    );
    expect(chains(paths)).toEqual(['hub7>near3>target']);
    // The seeker, the target and the five contacts next to the target.
    expect(visited).toBe(7);
  });
});

/** The ranking key of a path, for comparing with the brute-force reference. */
function signature(path: IntroPath) {
  return {
    ids: path.contactIds.join('>'),
    weakest: path.weakestStrength,
    total: path.totalStrength,
    oldest: path.oldestLinkAt.getTime(),
  };
}

/** Every simple path of at most three hops, the slow way, ranked as documented. */
function bruteForce(graph: readonly Connection[], strengthOf: (c: Connection) => number) {
  const key = (n: NodeRef) => `${n.type}:${n.id}`;
  const best = new Map<string, Connection>();
  for (const c of graph) {
    if (key(c.from) === key(c.to)) continue;
    for (const [a, b] of [
      [c.from, c.to],
      [c.to, c.from],
    ] as const) {
      const pair = `${key(a)}|${key(b)}`;
      const current = best.get(pair);
      const better =
        !current ||
        strengthOf(c) > strengthOf(current) ||
        (strengthOf(c) === strengthOf(current) &&
          (c.recordedAt > current.recordedAt ||
            (c.recordedAt.getTime() === current.recordedAt.getTime() &&
              compareText(c.id, current.id) < 0)));
      if (better) best.set(pair, c);
    }
  }
  const results: ReturnType<typeof signature>[] = [];
  const walk = (path: NodeRef[], links: Connection[]) => {
    const last = path[path.length - 1] as NodeRef;
    if (last.type === 'CONTACT' && last.id === 'target') {
      const s = links.map(strengthOf);
      results.push({
        ids: path
          .slice(1)
          .map((n) => n.id)
          .join('>'),
        weakest: Math.min(...s),
        total: s.reduce((x, y) => x + y, 0),
        oldest: Math.min(...links.map((l) => l.recordedAt.getTime())),
      });
      return;
    }
    if (links.length === 3) return;
    for (const [pair, c] of best) {
      const [from, to] = pair.split('|') as [string, string];
      if (from !== key(last) || !to.startsWith('CONTACT:')) continue;
      const next = node(to.slice('CONTACT:'.length));
      if (path.some((n) => key(n) === to)) continue;
      walk([...path, next], [...links, c]);
    }
  };
  walk([node('s:alice')], []);
  return results.sort(
    (a, b) =>
      a.ids.split('>').length - b.ids.split('>').length ||
      b.weakest - a.weakest ||
      b.total - a.total ||
      b.oldest - a.oldest ||
      compareText(a.ids, b.ids),
  );
}

describe('describeConnection', () => {
  const dana = { name: 'Dana Lee' };
  const sam = { name: 'Sam Roe' };
  const you = { name: 'Alice', isViewer: true };
  const at = daysAfter(NOW, 0);

  it('says who referred, knows, works with or met whom, where and when', () => {
    expect(
      describeConnection(edge('REFERRED', 'dana', 'sam', { recordedAt: at }), {
        from: dana,
        to: sam,
        companyName: 'Acme',
      }),
    ).toBe('Dana Lee suggested talking to Sam Roe at Acme (Mar 3, 2025).');
    expect(describeConnection(edge('KNOWS', 'dana', 'sam'), { from: dana, to: sam })).toBe(
      'Dana Lee knows Sam Roe (noted Mar 3, 2025).',
    );
    expect(
      describeConnection(edge('WORKS_WITH', 'dana', 'sam'), {
        from: dana,
        to: sam,
        companyName: 'Globex',
      }),
    ).toBe('Dana Lee works with Sam Roe at Globex (noted Mar 3, 2025).');
    expect(
      describeConnection(edge('MET', 's:alice', 'dana'), {
        from: you,
        to: dana,
        companyName: 'Acme',
      }),
    ).toBe('You met Dana Lee at Acme for an informational interview on Mar 3, 2025.');
  });

  it('speaks to the reader and dates in their zone', () => {
    const late = edge('KNOWS', 's:alice', 'dana', { recordedAt: new Date('2025-03-04T02:00:00Z') });
    expect(describeConnection(late, { from: you, to: dana, timeZone: 'America/New_York' })).toBe(
      'You know Dana Lee (noted Mar 3, 2025).',
    );
    expect(describeConnection(late, { from: dana, to: you, companyName: null })).toBe(
      'Dana Lee knows you (noted Mar 4, 2025).',
    );
    expect(describeConnection(edge('WORKS_WITH', 's:alice', 'dana'), { from: you, to: dana })).toBe(
      'You work with Dana Lee (noted Mar 3, 2025).',
    );
  });

  it('explains a whole path hop by hop', () => {
    const graph = [
      edge('MET', 's:alice', 'dana', { ownerSeekerId: 'alice' }),
      edge('REFERRED', 'dana', 'sam'),
    ];
    const names: Record<string, string> = { dana: 'Dana Lee', sam: 'Sam Roe' };
    const [path] = warmIntroPaths(query(graph, 'sam'));
    expect(
      explainPath(path as IntroPath, (hop) => ({
        from:
          hop.connection.from.type === 'SEEKER'
            ? you
            : { name: names[hop.connection.from.id] as string },
        to: { name: names[hop.connection.to.id] as string },
      })),
    ).toEqual([
      'You met Dana Lee for an informational interview on Mar 3, 2025.',
      'Dana Lee suggested talking to Sam Roe (Mar 3, 2025).',
    ]);
  });
});
