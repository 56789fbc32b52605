import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { AdminCompaniesDocument, type HiringStatus } from '../../../gql/graphql';

const PAGE_SIZE = 25;

export function useAdminCompanies(filters: { search: string; hiringStatus: HiringStatus | null }) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(
    AdminCompaniesDocument,
    {
      variables: {
        first: PAGE_SIZE,
        search: filters.search || null,
        hiringStatus: filters.hiringStatus,
      },
    },
  );
  const [loadingMore, setLoadingMore] = useState(false);
  // Keep the previous rows on screen while a new search loads, rather than an empty table.
  const connection = (data ?? previousData)?.companies ?? null;
  const endCursor = connection?.pageInfo.endCursor ?? null;

  const loadMore = useCallback(async () => {
    if (!endCursor) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: endCursor } });
    } finally {
      setLoadingMore(false);
    }
  }, [endCursor, fetchMore]);

  return {
    companies: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !loadingMore,
    isStale: data === undefined && previousData !== undefined,
    loadingMore,
    error,
    loadMore,
    retry: () => refetch(),
  };
}
