import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { messageFor } from './graphql-errors';

/** The part of a Relay connection that paging reads. */
export interface Connection<TNode> {
  totalCount: number;
  edges: readonly { node: TNode }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface ConnectionQueryOptions<TData, TVariables, TNode> {
  variables: TVariables;
  /** Picks the connection out of the query's data. */
  connection: (data: TData) => Connection<TNode>;
  /**
   * While new variables (a search, a filter) load, keep showing the previous
   * results, marked `isStale`, instead of an empty list.
   */
  keepPreviousData?: boolean;
}

/**
 * One page of a Relay connection at a time, and "Load more" for the next.
 * Pages are merged by the cache's relayStylePagination policy for the field
 * (registered through the app's connection-fields module, see
 * connection-fields.ts); the query takes `first` and `after`.
 */
export function useConnectionQuery<
  TData,
  TVariables extends OperationVariables & { after?: string | null },
  TNode,
>(
  query: TypedDocumentNode<TData, TVariables>,
  {
    variables,
    connection: connectionOf,
    keepPreviousData = false,
  }: ConnectionQueryOptions<TData, TVariables, TNode>,
) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(query, {
    variables,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const shown = keepPreviousData ? (data ?? previousData) : data;
  const connection = shown ? connectionOf(shown) : null;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: endCursor } as Partial<TVariables> });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    nodes: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    /** The first page is on its way and there is nothing to show yet. */
    loading: loading && !loadingMore && connection === null,
    /** What is shown belongs to the previous variables; the new answer is on its way. */
    isStale: keepPreviousData && data === undefined && previousData !== undefined,
    loadingMore,
    /** Why the last request failed, in a sentence; null when it did not. */
    problem: error ? messageFor(error) : null,
    loadMore,
    retry: () => void refetch(),
  };
}
