import Graph from 'graphology';
import type { GraphEdgeKind, NetworkAroundQuery, NetworkPathQuery } from '../../../gql/graphql';

export type ExplorerGraph = NetworkAroundQuery['networkAround'];
export type ExplorerNode = ExplorerGraph['nodes'][number];
export type ExplorerEdge = ExplorerGraph['edges'][number];
export type ExplorerPath = NonNullable<NetworkPathQuery['networkPath']>;

/** How each kind of link looks and reads; colour only repeats what the legend and the list say. */
export const EDGE_STYLE: Record<GraphEdgeKind, { label: string; color: string }> = {
  REFERRED: { label: 'Referred', color: '#0b6b66' },
  MET: { label: 'Met', color: '#9a5b00' },
  KNOWS: { label: 'Knows', color: '#1f5fb0' },
  WORKS_WITH: { label: 'Works with', color: '#7a3fb0' },
  EMPLOYS: { label: 'Works at', color: '#aab2bd' },
};

export const NODE_COLORS = {
  contact: '#4d5866',
  company: '#1c2430',
  focus: '#0b6b66',
  doNotContact: '#b3261e',
  path: '#d4570b',
  dimmed: '#d5dae1',
} as const;

export interface NodeAttributes {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  zIndex: number;
  forceLabel: boolean;
}

export interface EdgeAttributes {
  kind: GraphEdgeKind;
  strength: number;
  size: number;
  color: string;
  zIndex: number;
}

export type ExplorerGraphology = Graph<NodeAttributes, EdgeAttributes>;

/** The people and links a found path runs through, by the explorer graph's own ids. */
export interface PathHighlight {
  nodeIds: ReadonlySet<string>;
  edgeIds: ReadonlySet<string>;
}

export const NO_HIGHLIGHT: PathHighlight = { nodeIds: new Set(), edgeIds: new Set() };

/** An edge's width: 1 for the faintest tie, up to 5 for a tie at full strength. */
export function edgeSize(kind: GraphEdgeKind, strength: number): number {
  if (kind === 'EMPLOYS') return 0.75;
  return 1 + (4 * (Math.min(100, Math.max(10, strength)) - 10)) / 90;
}

/** A node's radius grows with its links, gently, so hubs stand out without hiding the rest. */
export function nodeSize(node: Pick<ExplorerNode, 'kind' | 'degree'>): number {
  if (node.kind === 'COMPANY') return 14;
  return Math.min(14, 3 + 1.5 * Math.sqrt(node.degree));
}

/**
 * Which of the drawn links and people a path runs through. A hop matches an
 * edge of the same kind between the same two people, in either direction;
 * hops that leave the drawn graph (a path can go further than the depth
 * shown) simply match nothing.
 */
export function highlightPath(
  path: Pick<ExplorerPath, 'hops'> | null,
  edges: readonly Pick<ExplorerEdge, 'id' | 'source' | 'target' | 'kind'>[],
): PathHighlight {
  if (!path) return NO_HIGHLIGHT;
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const pair = (a: string, b: string, kind: string) =>
    a < b ? `${kind}|${a}|${b}` : `${kind}|${b}|${a}`;
  const byPair = new Map(edges.map((edge) => [pair(edge.source, edge.target, edge.kind), edge.id]));
  for (const hop of path.hops) {
    nodeIds.add(hop.from.id);
    nodeIds.add(hop.to.id);
    const edgeId = byPair.get(pair(hop.from.id, hop.to.id, hop.kind));
    if (edgeId) edgeIds.add(edgeId);
  }
  return { nodeIds, edgeIds };
}

function nodeColor(node: ExplorerNode, focusId: string | null, onPath: boolean, dim: boolean) {
  if (onPath) return NODE_COLORS.path;
  if (dim) return NODE_COLORS.dimmed;
  if (node.id === focusId) return NODE_COLORS.focus;
  if (node.kind === 'COMPANY') return NODE_COLORS.company;
  if (node.doNotContact) return NODE_COLORS.doNotContact;
  return NODE_COLORS.contact;
}

/**
 * The API's nodes and edges as a graphology graph with sigma's attributes:
 * size by links, colour by role, width by strength, colour by kind; a found
 * path drawn on top and the rest faded. Positions start on a circle in the
 * API's order, so the same answer always gives the same picture once laid out.
 */
export function toGraphology(
  data: Pick<ExplorerGraph, 'nodes' | 'edges'>,
  options: {
    focusId: string | null;
    highlight?: PathHighlight;
    /** Where each node was laid out (see layOut); the starting circle when left out. */
    positions?: ReadonlyMap<string, { x: number; y: number }>;
  },
): ExplorerGraphology {
  const highlight = options.highlight ?? NO_HIGHLIGHT;
  const fading = highlight.edgeIds.size > 0 || highlight.nodeIds.size > 0;
  const graph: ExplorerGraphology = new Graph({ type: 'undirected', multi: true });
  const count = Math.max(1, data.nodes.length);
  data.nodes.forEach((node, index) => {
    const angle = (2 * Math.PI * index) / count;
    const onPath = highlight.nodeIds.has(node.id);
    const position = options.positions?.get(node.id);
    graph.addNode(node.id, {
      label: node.label,
      x: position?.x ?? 100 * Math.cos(angle),
      y: position?.y ?? 100 * Math.sin(angle),
      size: nodeSize(node),
      color: nodeColor(node, options.focusId, onPath, fading && !onPath),
      zIndex: onPath ? 2 : node.id === options.focusId ? 1 : 0,
      forceLabel: onPath || node.id === options.focusId || node.kind === 'COMPANY',
    });
  });
  for (const edge of data.edges) {
    // An edge to a node the API did not send would be a bug there; never crash the page on it.
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    const onPath = highlight.edgeIds.has(edge.id);
    graph.addEdgeWithKey(edge.id, edge.source, edge.target, {
      kind: edge.kind,
      strength: edge.strength,
      size: onPath ? 6 : edgeSize(edge.kind, edge.strength),
      color: onPath ? NODE_COLORS.path : fading ? NODE_COLORS.dimmed : EDGE_STYLE[edge.kind].color,
      zIndex: onPath ? 1 : 0,
    });
  }
  return graph;
}
