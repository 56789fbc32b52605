import type { ConnectionKind, NetworkAroundQueryVariables } from '../../../gql/graphql';

/**
 * The kinds of link staff can filter by, in the order the filter lists them.
 * MET is not among them: a meeting links a seeker to a contact and is that
 * seeker's own, and the explorer shows only the agency's links between
 * contacts, so a MET filter could never show anything.
 */
export const LINK_KINDS: readonly ConnectionKind[] = ['REFERRED', 'KNOWS', 'WORKS_WITH'];

export const DEPTHS = [1, 2, 3] as const;
export type Depth = (typeof DEPTHS)[number];
/** One step: the centre's own links, readable at a glance; staff widen it when they need to. */
export const DEFAULT_DEPTH: Depth = 1;

/** Most people drawn at once: enough for a company's neighbourhood, few enough to read. */
export const GRAPH_LIMIT = 300;

export type FocusKind = 'company' | 'contact';

/** What the explorer shows, as kept in the address so a view can be shared or reloaded. */
export interface ExplorerParams {
  focus: { id: string; kind: FocusKind } | null;
  depth: Depth;
  /** The kinds of link shown; every kind when the address names none. */
  kinds: readonly ConnectionKind[];
}

/** Reads the explorer's address; anything unknown falls back to the default rather than failing. */
export function parseExplorerParams(search: URLSearchParams): ExplorerParams {
  const id = search.get('focus')?.trim();
  const depth = Number(search.get('depth'));
  const links = search.get('links');
  return {
    focus: id ? { id, kind: search.get('kind') === 'contact' ? 'contact' : 'company' } : null,
    depth: (DEPTHS as readonly number[]).includes(depth) ? (depth as Depth) : DEFAULT_DEPTH,
    // `links=` naming no known kind means "none chosen", which the filter shows as such.
    kinds:
      links === null ? LINK_KINDS : LINK_KINDS.filter((kind) => links.split(',').includes(kind)),
  };
}

/** The address for these params; defaults are left out so ordinary links stay short. */
export function explorerSearch(params: ExplorerParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.focus) {
    search.set('focus', params.focus.id);
    search.set('kind', params.focus.kind);
  }
  if (params.depth !== DEFAULT_DEPTH) search.set('depth', String(params.depth));
  if (params.kinds.length !== LINK_KINDS.length) search.set('links', params.kinds.join(','));
  return search;
}

/**
 * The networkAround (and exportNetwork) arguments for these params, or null
 * while there is nothing to ask for: no focus, or every kind unticked (the
 * API would read an empty list as "all kinds").
 */
export function aroundVariables(params: ExplorerParams): NetworkAroundQueryVariables | null {
  if (!params.focus || params.kinds.length === 0) return null;
  return {
    center:
      params.focus.kind === 'company'
        ? { companyId: params.focus.id }
        : { contactId: params.focus.id },
    depth: params.depth,
    kinds: params.kinds.length === LINK_KINDS.length ? null : [...params.kinds],
    limit: GRAPH_LIMIT,
  };
}
