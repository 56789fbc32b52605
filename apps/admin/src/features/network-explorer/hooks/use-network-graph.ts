import { skipToken, useQuery } from '@apollo/client/react';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { NetworkAroundDocument } from '../../../gql/documents/features/network-explorer/api/network-explorer';
import { aroundVariables, type ExplorerParams } from '../utils/explorer-params';

/** The agency's network around the focus, with the kinds and depth chosen. */
export function useNetworkGraph(params: ExplorerParams) {
  const variables = aroundVariables(params);
  const { data, previousData, loading, error, refetch } = useQuery(
    NetworkAroundDocument,
    variables ? { variables } : skipToken,
  );
  const code = errorCode(error);
  return {
    // While a filter change loads, the last graph stays up instead of flashing empty.
    graph: variables ? ((data ?? previousData)?.networkAround ?? null) : null,
    loading,
    notFound: code === 'NOT_FOUND' || code === 'BAD_USER_INPUT',
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
