import { useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { NetworkBrokersDocument } from '../../../gql/documents/features/network-explorer/api/network-explorer';

const BROKERS_SHOWN = 10;

/** The best-connected people: of the whole network, or into one company's people. */
export function useNetworkBrokers(companyId: string | null) {
  const { data, previousData, loading, error, refetch } = useQuery(NetworkBrokersDocument, {
    variables: { companyId, first: BROKERS_SHOWN },
  });
  return {
    brokers: (data ?? previousData)?.networkBrokers ?? [],
    loading: loading && !data,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}
