import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CompanyListDocument, type HiringStatus } from '../../../gql/graphql';

export const PAGE_SIZE = 20;

export interface CompanyFilters {
  search: string;
  hiringStatus: HiringStatus | null;
}

/** One page of companies at a time; pages are merged by the cache's relay pagination policy. */
export function useCompanyList(filters: CompanyFilters) {
  const { data, previousData, loading, error, fetchMore, refetch } = useQuery(CompanyListDocument, {
    variables: {
      first: PAGE_SIZE,
      search: filters.search || null,
      hiringStatus: filters.hiringStatus,
    },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  // While new filters load, the previous results stay on screen instead of flashing away.
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
