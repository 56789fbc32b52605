import { compareText } from '../text.js';

/**
 * The warm-intro search over a numbered graph: nodes and edges are small
 * integers, facts about them are read through the functions below, and
 * nothing is allocated per edge looked at. The API feeds it straight from
 * its in-memory index (typed arrays), so a path query over a million edges
 * costs a fraction of a millisecond; `warmIntroPaths` feeds it from plain
 * objects for everyone else, so there is one search and one set of rules.
 */

/** "No node": an edge of the agency's shared network has no owner; an agency contact has none either. */
export const NO_NODE = -1;
/** A contact the search knows nothing about (or may not see at all): never traversed. */
export const UNKNOWN_CONTACT = -2;

export interface IntroGraph {
  /** The edge numbers at a node, in any order. */
  edgesAt(node: number): ArrayLike<number>;
  /** The edge's two ends. */
  from(edge: number): number;
  to(edge: number): number;
  /** The seeker node whose private knowledge the edge is, or NO_NODE for the agency's. */
  owner(edge: number): number;
  /** When the edge was recorded, in milliseconds since the epoch. */
  recordedAt(edge: number): number;
  /** The earned strength of the tie the edge stands for (10 to 100). */
  strength(edge: number): number;
  isSeeker(node: number): boolean;
  /**
   * A contact's owner: the seeker node it is private to, NO_NODE for the
   * agency's, or UNKNOWN_CONTACT for a contact with no known row (or one the
   * caller hides from this search).
   */
  contactOwner(node: number): number;
  doNotContact(node: number): boolean;
  /** Read only to break exact ties, so ranking never depends on storage order. */
  edgeId(edge: number): string;
  nodeId(node: number): string;
}

export interface IntroSearch {
  graph: IntroGraph;
  /** The seeker node the paths start from. */
  seeker: number;
  /**
   * Who the paths may end at: one contact, or everyone at a company. For
   * several, each intermediary is offered once, with its best tie into the
   * target group, so the answer is a choice of introducers rather than the
   * same introducer to several colleagues.
   */
  targets: ArrayLike<number>;
  /** How many paths, best first. */
  k: number;
  /** The longest chain (1 to 3). */
  maxHops: 1 | 2 | 3;
}

/** A path as numbers: from the seeker to a target. */
export interface NumberedIntroPath {
  /** The seeker first, then each contact; the last is the target reached. */
  nodes: number[];
  /** The edge that explains each hop (the strongest, then freshest, then lowest id between the two). */
  edges: number[];
  strengths: number[];
  weakestStrength: number;
  totalStrength: number;
  /** The stalest link's date, in milliseconds. */
  oldestLinkAt: number;
}

/**
 * The seeker's visibility rule (canSeeConnection and canViewContact for a
 * seeker, in numbers): an edge of the agency's or the seeker's own, that
 * involves no other seeker, between contacts that are the agency's or the
 * seeker's own.
 */
function seekerMayWalk(graph: IntroGraph, seeker: number, edge: number): boolean {
  const owner = graph.owner(edge);
  if (owner !== NO_NODE && owner !== seeker) return false;
  const from = graph.from(edge);
  const to = graph.to(edge);
  if (graph.isSeeker(from) ? from !== seeker : !visibleContact(graph, seeker, from)) return false;
  return graph.isSeeker(to) ? to === seeker : visibleContact(graph, seeker, to);
}

function visibleContact(graph: IntroGraph, seeker: number, node: number): boolean {
  const owner = graph.contactOwner(node);
  return owner === NO_NODE || owner === seeker;
}

/**
 * The strongest tie first; between equals the most recent, then the lowest
 * id: which edge explains a hop never depends on storage order.
 */
function betterEdge(graph: IntroGraph, a: number, b: number): boolean {
  const sa = graph.strength(a);
  const sb = graph.strength(b);
  if (sa !== sb) return sa > sb;
  const ta = graph.recordedAt(a);
  const tb = graph.recordedAt(b);
  if (ta !== tb) return ta > tb;
  return compareText(graph.edgeId(a), graph.edgeId(b)) < 0;
}

/** The ranking of comparePaths, on numbered paths. */
function comparePaths(graph: IntroGraph, a: NumberedIntroPath, b: NumberedIntroPath): number {
  return (
    a.edges.length - b.edges.length ||
    b.weakestStrength - a.weakestStrength ||
    b.totalStrength - a.totalStrength ||
    b.oldestLinkAt - a.oldestLinkAt ||
    compareText(contactKey(graph, a), contactKey(graph, b))
  );
}

function contactKey(graph: IntroGraph, path: NumberedIntroPath): string {
  let key = '';
  for (let i = 1; i < path.nodes.length; i += 1) {
    key += (i > 1 ? '\u0000' : '') + graph.nodeId(path.nodes[i]!);
  }
  return key;
}

/**
 * The best k warm-introduction paths, ranked by fewer hops, then the
 * stronger weakest tie, then the stronger ties in total, then the fresher
 * stalest link, then the contacts' ids. Only contacts are links in a chain,
 * each at most once, along edges the seeker may walk, never through or to a
 * do-not-contact person.
 *
 * It meets in the middle: the seeker's ties, the target's ties, and for
 * three hops the ties of whichever of those two frontiers is smaller. When
 * k paths of one or two hops exist, three-hop chains cannot rank among them
 * and are never looked for.
 */
export function searchIntroPaths(search: IntroSearch): NumberedIntroPath[] {
  const { graph, seeker, k, maxHops } = search;
  if (k <= 0 || maxHops < 1) return [];
  const passable = (node: number): boolean =>
    !graph.isSeeker(node) && visibleContact(graph, seeker, node) && !graph.doNotContact(node);
  const isTarget = new Set<number>();
  for (let i = 0; i < search.targets.length; i += 1) {
    const target = search.targets[i]!;
    if (passable(target)) isTarget.add(target);
  }
  if (isTarget.size === 0) return [];

  const best: NumberedIntroPath[] = [];
  const offer = (nodes: number[], edges: number[]) => {
    let weakest = Infinity;
    let total = 0;
    let oldest = Infinity;
    const strengths = edges.map((edge) => {
      const strength = graph.strength(edge);
      weakest = Math.min(weakest, strength);
      total += strength;
      oldest = Math.min(oldest, graph.recordedAt(edge));
      return strength;
    });
    const path = {
      nodes,
      edges,
      strengths,
      weakestStrength: weakest,
      totalStrength: total,
      oldestLinkAt: oldest,
    };
    if (best.length === k && comparePaths(graph, path, best[k - 1]!) >= 0) return;
    let at = best.length;
    while (at > 0 && comparePaths(graph, path, best[at - 1]!) < 0) at -= 1;
    best.splice(at, 0, path);
    if (best.length > k) best.pop();
  };

  /** The best edge the seeker may walk from `node` to each passable neighbour. */
  const stepsFrom = (node: number, skipTargets: boolean) => {
    const steps = new Map<number, number>();
    const edges = graph.edgesAt(node);
    for (let i = 0; i < edges.length; i += 1) {
      const edge = edges[i]!;
      const from = graph.from(edge);
      const other = from === node ? graph.to(edge) : from;
      if (other === node || (skipTargets && isTarget.has(other))) continue;
      if (!passable(other) || !seekerMayWalk(graph, seeker, edge)) continue;
      const current = steps.get(other);
      if (current === undefined || betterEdge(graph, edge, current)) steps.set(other, edge);
    }
    return steps;
  };

  // The seeker's side: the best tie to each contact they may walk to.
  const fromSeeker = stepsFrom(seeker, false);
  // One hop: the seeker's best tie into the target group.
  let direct = -1;
  let directTarget = -1;
  for (const [node, edge] of fromSeeker) {
    if (isTarget.has(node) && (direct === -1 || betterEdge(graph, edge, direct))) {
      direct = edge;
      directTarget = node;
    }
  }
  if (direct !== -1) offer([seeker, directTarget], [direct]);
  if (maxHops === 1) return best;
  // A lone target only ends a chain; in a group, a colleague may introduce another.
  if (isTarget.size === 1) for (const target of isTarget) fromSeeker.delete(target);

  // The target's side: for a contact next to the group, its best tie into it.
  const intoTargets = new Map<number, number>();
  const targetOf = new Map<number, number>();
  const tieInto = (node: number, target: number, edge: number) => {
    const current = intoTargets.get(node);
    if (current === undefined || betterEdge(graph, edge, current)) {
      intoTargets.set(node, edge);
      targetOf.set(node, target);
    }
  };
  // Read from the group's side (every edge of every target), or, when the
  // seeker's neighbourhood is smaller than that (a company of thousands and
  // a seeker with a few ties), asked of each contact the walk reaches.
  let groupEdges = 0;
  for (const target of isTarget) groupEdges += graph.edgesAt(target).length;
  let neighbourhoodEdges = 0;
  if (isTarget.size > 1) {
    for (const [near] of fromSeeker) {
      const edges = graph.edgesAt(near);
      neighbourhoodEdges += edges.length;
      for (let i = 0; i < edges.length; i += 1) {
        const edge = edges[i]!;
        const from = graph.from(edge);
        neighbourhoodEdges += graph.edgesAt(from === near ? graph.to(edge) : from).length;
      }
    }
  }
  const fromGroup = isTarget.size === 1 || groupEdges <= neighbourhoodEdges;
  const asked = new Set<number>();
  /** The best tie from `node` into the group, read from the node's own edges the first time. */
  const tieOf = (node: number): number | undefined => {
    if (!fromGroup && !asked.has(node)) {
      asked.add(node);
      const edges = graph.edgesAt(node);
      for (let i = 0; i < edges.length; i += 1) {
        const edge = edges[i]!;
        const from = graph.from(edge);
        const other = from === node ? graph.to(edge) : from;
        if (other !== node && isTarget.has(other) && seekerMayWalk(graph, seeker, edge)) {
          tieInto(node, other, edge);
        }
      }
    }
    return intoTargets.get(node);
  };
  if (fromGroup) {
    for (const target of isTarget) {
      const edges = graph.edgesAt(target);
      for (let i = 0; i < edges.length; i += 1) {
        const edge = edges[i]!;
        const from = graph.from(edge);
        const other = from === target ? graph.to(edge) : from;
        if (other === target || !passable(other) || !seekerMayWalk(graph, seeker, edge)) continue;
        tieInto(other, target, edge);
      }
    }
  }
  // Two hops.
  for (const [middle, first] of fromSeeker) {
    const last = tieOf(middle);
    if (last !== undefined) offer([seeker, middle, targetOf.get(middle)!], [first, last]);
  }
  // Three-hop chains rank after every shorter one: with k of those, stop.
  if (maxHops === 2 || best.length === k) return best;

  // Walk out from the smaller frontier and look the far end up on the other side.
  const forward = !fromGroup || fromSeeker.size <= intoTargets.size;
  const near = forward ? fromSeeker : intoTargets;
  for (const [nearNode, nearEdge] of near) {
    const across = stepsFrom(nearNode, isTarget.size === 1);
    for (const [farNode, middleEdge] of across) {
      const farEdge = forward ? tieOf(farNode) : fromSeeker.get(farNode);
      if (farEdge === undefined) continue;
      const [a, b, first, last] = forward
        ? [nearNode, farNode, nearEdge, farEdge]
        : [farNode, nearNode, farEdge, nearEdge];
      const target = targetOf.get(b)!;
      // Each person at most once: the one reached is not the first introducer.
      if (a === b || target === a) continue;
      offer([seeker, a, b, target], [first, middleEdge, last]);
    }
  }
  return best;
}
