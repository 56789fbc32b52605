import { skipToken, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { NetworkPathDocument } from '../../../gql/documents/features/network-explorer/api/network-explorer';

/** The shortest chain of the agency's links between two people, once both are chosen. */
export function useNetworkPath(ends: { fromId: string; toId: string } | null) {
  const { data, loading, error, refetch } = useQuery(
    NetworkPathDocument,
    ends ? { variables: ends } : skipToken,
  );
  return {
    path: ends && data ? data.networkPath : null,
    /** True once the API has answered for these two, path or no path. */
    answered: Boolean(ends && data && !loading),
    loading,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
