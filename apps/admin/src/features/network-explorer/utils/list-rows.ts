import { formatDate, plural } from '@rapport/client/format';
import type { InteractionKind } from '../../../gql/graphql';
import {
  EDGE_STYLE,
  type ExplorerEdge,
  type ExplorerGraph,
  type ExplorerNode,
  type PathHighlight,
} from './graph-model';

const INTERACTION_NAMES: Record<InteractionKind, [one: string, many: string]> = {
  MEETING_HELD: ['meeting held', 'meetings held'],
  REFERRAL_GIVEN: ['referral given', 'referrals given'],
  ASK_ANSWERED: ['ask answered', 'asks answered'],
  CARD_SENT: ['card sent', 'cards sent'],
};

/** Why a tie is as strong as it is, in words: "2 meetings held (latest Mar 4, 2026)". */
export function reasonsText(reasons: ExplorerEdge['reasons']): string {
  if (reasons.length === 0) return 'Nothing recorded between them yet';
  return reasons
    .map((reason) => {
      const [one, many] = INTERACTION_NAMES[reason.kind];
      const when = formatDate(reason.lastAt);
      return `${plural(reason.count, one, many)} (${reason.count > 1 ? 'latest ' : ''}${when})`;
    })
    .join('; ');
}

export interface PersonRow {
  node: ExplorerNode;
  onPath: boolean;
}

export interface LinkRow {
  edge: ExplorerEdge;
  from: string;
  to: string;
  kindLabel: string;
  why: string;
  onPath: boolean;
}

/**
 * The graph as the list view shows it: the people (the focus first, then the
 * best-connected) and the links between them (strongest first), each marked
 * when a found path runs through it. Company-to-staff lines are left out:
 * the people table names everyone's company.
 */
export function listRows(
  graph: Pick<ExplorerGraph, 'nodes' | 'edges'>,
  focusId: string | null,
  highlight: PathHighlight,
): { people: PersonRow[]; links: LinkRow[] } {
  const labels = new Map(graph.nodes.map((node) => [node.id, node.label]));
  const people = graph.nodes
    .filter((node) => node.kind !== 'COMPANY')
    .map((node) => ({ node, onPath: highlight.nodeIds.has(node.id) }))
    .sort(
      (a, b) =>
        Number(b.node.id === focusId) - Number(a.node.id === focusId) ||
        b.node.degree - a.node.degree ||
        a.node.label.localeCompare(b.node.label),
    );
  const links = graph.edges
    .filter((edge) => edge.kind !== 'EMPLOYS')
    .map((edge) => ({
      edge,
      from: labels.get(edge.source) ?? 'Someone not shown',
      to: labels.get(edge.target) ?? 'Someone not shown',
      kindLabel: EDGE_STYLE[edge.kind].label,
      why: reasonsText(edge.reasons),
      onPath: highlight.edgeIds.has(edge.id),
    }))
    .sort(
      (a, b) =>
        Number(b.onPath) - Number(a.onPath) ||
        b.edge.strength - a.edge.strength ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    );
  return { people, links };
}
