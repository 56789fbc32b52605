import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareText } from '../text.js';
import {
  type IntroGraph,
  NO_NODE,
  type NumberedIntroPath,
  searchIntroPaths,
  UNKNOWN_CONTACT,
} from './intro-search.js';

/**
 * The numbered search on its own. warmIntroPaths' tests cover it with one
 * target (it calls this); these cover a group of targets (everyone at a
 * company), which only the API uses, and how much of the graph it reads.
 */

interface TestEdge {
  from: number;
  to: number;
  strength: number;
  at: number;
  owner?: number;
}

/** Node 0 is the seeker; 1–9 are agency contacts unless said otherwise. */
function graphOf(
  edges: readonly TestEdge[],
  options: { doNotContact?: number[]; owners?: Record<number, number>; seekers?: number[] } = {},
) {
  const seekers = new Set([0, ...(options.seekers ?? [])]);
  const byNode = new Map<number, number[]>();
  edges.forEach((edge, e) => {
    for (const node of edge.from === edge.to ? [edge.from] : [edge.from, edge.to]) {
      byNode.set(node, [...(byNode.get(node) ?? []), e]);
    }
  });
  const reads = new Map<number, number>();
  const graph: IntroGraph = {
    edgesAt: (node) => {
      reads.set(node, (reads.get(node) ?? 0) + 1);
      return byNode.get(node) ?? [];
    },
    from: (e) => edges[e]!.from,
    to: (e) => edges[e]!.to,
    owner: (e) => edges[e]!.owner ?? NO_NODE,
    recordedAt: (e) => edges[e]!.at,
    strength: (e) => edges[e]!.strength,
    isSeeker: (node) => seekers.has(node),
    contactOwner: (node) => (node === 99 ? UNKNOWN_CONTACT : (options.owners?.[node] ?? NO_NODE)),
    doNotContact: (node) => options.doNotContact?.includes(node) ?? false,
    edgeId: (e) => `e${String(e).padStart(3, '0')}`,
    nodeId: (node) => `n${node}`,
  };
  return { graph, reads };
}

const link = (from: number, to: number, strength = 10, at = 0, owner?: number): TestEdge => ({
  from,
  to,
  strength,
  at,
  ...(owner === undefined ? {} : { owner }),
});

const chains = (paths: NumberedIntroPath[]) => paths.map((path) => path.nodes.slice(1).join('>'));

describe('searchIntroPaths with a group of targets', () => {
  it('offers each introducer once, with their best tie into the group', () => {
    // 1 knows both 7 and 8 at the company; 2 knows 8.
    const { graph } = graphOf([
      link(0, 1, 40),
      link(0, 2, 30),
      link(1, 7, 20),
      link(1, 8, 50),
      link(2, 8, 10),
    ]);
    const paths = searchIntroPaths({ graph, seeker: 0, targets: [7, 8], k: 5, maxHops: 3 });
    expect(chains(paths)).toEqual(['1>8', '2>8']);
    expect(paths[0]).toMatchObject({ strengths: [40, 50], weakestStrength: 40, totalStrength: 90 });
  });

  it('lets a colleague introduce a colleague, and never returns to a person', () => {
    // The seeker knows 7 (at the company), who works with 8 (at the company too);
    // 7 also knows 3, who knows 7 back: a chain 7 > 3 > 7 is no chain.
    const { graph } = graphOf([link(0, 7, 60), link(7, 8, 50), link(7, 3, 40), link(3, 7, 10)]);
    const paths = searchIntroPaths({ graph, seeker: 0, targets: [7, 8], k: 10, maxHops: 3 });
    expect(chains(paths)).toEqual(['7', '7>8']);
    for (const path of paths) expect(new Set(path.nodes).size).toBe(path.nodes.length);
  });

  it('keeps the privacy and do-not-contact rules for every member', () => {
    const { graph } = graphOf(
      [link(0, 1), link(1, 7), link(1, 8), link(1, 9), link(0, 2), link(2, 6, 10, 0, 5)],
      { doNotContact: [7], owners: { 8: 5, 6: NO_NODE }, seekers: [5] },
    );
    // 7 asked not to be contacted, 8 is another seeker's private contact, 6 is
    // reached only over another seeker's private link: only 9 remains.
    const paths = searchIntroPaths({ graph, seeker: 0, targets: [6, 7, 8, 9], k: 5, maxHops: 3 });
    expect(chains(paths)).toEqual(['1>9']);
  });

  it('does not look for three hops when k shorter paths exist', () => {
    const { graph, reads } = graphOf([link(0, 1), link(1, 8), link(0, 2), link(2, 8), link(1, 3)]);
    const paths = searchIntroPaths({ graph, seeker: 0, targets: [8], k: 2, maxHops: 3 });
    expect(chains(paths)).toEqual(['1>8', '2>8']);
    // The seeker and the target only: no contact's ties were read for a third hop.
    expect([...reads.keys()].sort()).toEqual([0, 8]);
  });

  it('reads a large group through the seeker’s few ties rather than every member’s edges', () => {
    const edges = [link(0, 1), link(1, 2)];
    const members: number[] = [];
    for (let m = 100; m < 400; m += 1) {
      members.push(m);
      edges.push(link(m, m + 1000), link(m, m + 2000));
    }
    edges.push(link(2, 250, 30));
    const { graph, reads } = graphOf(edges);
    const paths = searchIntroPaths({ graph, seeker: 0, targets: members, k: 3, maxHops: 3 });
    expect(chains(paths)).toEqual(['1>2>250']);
    // Each member's edges were counted once, and read no further.
    expect(Math.max(...members.map((m) => reads.get(m) ?? 0))).toBe(1);
  });

  it('property: returns the best k by brute force, with one path per introducer', () => {
    const arbEdge = fc.record({
      from: fc.integer({ min: 0, max: 7 }),
      to: fc.integer({ min: 0, max: 7 }),
      strength: fc.integer({ min: 10, max: 100 }),
      at: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(
        fc.array(arbEdge, { maxLength: 24 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 6 }),
        (edges, group, k) => {
          const { graph } = graphOf(edges);
          const found = searchIntroPaths({ graph, seeker: 0, targets: group, k, maxHops: 3 });
          expect(found.map(signature)).toEqual(bruteForce(edges, group).slice(0, k));
        },
      ),
      { numRuns: 500 },
    );
  });
});

function signature(path: NumberedIntroPath) {
  return {
    ids: path.nodes.slice(1).join('>'),
    weakest: path.weakestStrength,
    total: path.totalStrength,
    oldest: path.oldestLinkAt,
  };
}

/**
 * Every simple path of at most three hops from the seeker (0) to someone in
 * the group, through contacts, keeping for each chain of introducers only
 * the last one's best tie into the group; ranked as documented.
 */
function bruteForce(edges: readonly TestEdge[], group: readonly number[]) {
  const better = (a: number, b: number) => {
    const [x, y] = [edges[a]!, edges[b]!];
    return (
      x.strength > y.strength ||
      (x.strength === y.strength &&
        (x.at > y.at || (x.at === y.at && compareText(`e${pad(a)}`, `e${pad(b)}`) < 0)))
    );
  };
  const pad = (n: number) => String(n).padStart(3, '0');
  const best = new Map<string, number>();
  edges.forEach((edge, e) => {
    if (edge.from === edge.to) return;
    for (const [a, b] of [
      [edge.from, edge.to],
      [edge.to, edge.from],
    ]) {
      const key = `${a}|${b}`;
      const current = best.get(key);
      if (current === undefined || better(e, current)) best.set(key, e);
    }
  });
  const intoGroup = (node: number): number | undefined => {
    let found: number | undefined;
    for (const member of group) {
      const e = best.get(`${node}|${member}`);
      if (e !== undefined && (found === undefined || better(e, found))) found = e;
    }
    return found;
  };
  const results: ReturnType<typeof signature>[] = [];
  const walk = (path: number[], links: number[]) => {
    const last = path[path.length - 1]!;
    const into = intoGroup(last);
    if (into !== undefined && links.length < 3) {
      const edge = edges[into]!;
      const target = edge.from === last ? edge.to : edge.from;
      if (!path.includes(target)) {
        const all = [...links, into].map((e) => edges[e]!);
        results.push({
          ids: [...path.slice(1), target].join('>'),
          weakest: Math.min(...all.map((x) => x.strength)),
          total: all.reduce((sum, x) => sum + x.strength, 0),
          oldest: Math.min(...all.map((x) => x.at)),
        });
      }
    }
    if (links.length >= 2) return;
    for (const [key, e] of best) {
      const [from, to] = key.split('|').map(Number) as [number, number];
      if (from !== last || to === 0 || path.includes(to)) continue;
      walk([...path, to], [...links, e]);
    }
  };
  walk([0], []);
  return results.sort(
    (a, b) =>
      a.ids.split('>').length - b.ids.split('>').length ||
      b.weakest - a.weakest ||
      b.total - a.total ||
      b.oldest - a.oldest ||
      compareText(a.ids.replaceAll('>', '\u0000'), b.ids.replaceAll('>', '\u0000')),
  );
}
