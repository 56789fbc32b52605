import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { StaffMembersDocument } from '../../../gql/graphql';

const PAGE_SIZE = 50;

export function useStaffMembers() {
  const { data, loading, error, fetchMore, refetch } = useQuery(StaffMembersDocument, {
    variables: { first: PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = data?.staffMembers ?? null;
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
    members: connection?.edges.map((edge) => edge.node) ?? [],
    totalCount: connection?.totalCount ?? null,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !loadingMore && !data,
    loadingMore,
    error,
    loadMore,
    retry: () => refetch(),
  };
}
