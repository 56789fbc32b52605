import { useQuery, skipToken } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { ExplorerFocusSearchDocument } from '../../../gql/documents/features/network-explorer/api/network-explorer';

const MATCHES_SHOWN = 8;

/** Companies and people whose names match, to centre the explorer on. */
export function useFocusSearch(search: string) {
  const { data, previousData, loading, error } = useQuery(
    ExplorerFocusSearchDocument,
    search
      ? {
          variables: { search, first: MATCHES_SHOWN },
          // A short pick list, kept out of the cache the companies and contacts tables page through.
          fetchPolicy: 'no-cache',
        }
      : skipToken,
  );
  const shown = search ? (data ?? previousData) : undefined;
  return {
    companies: shown?.companies.edges.map((edge) => edge.node) ?? [],
    people: shown?.contacts.edges.map((edge) => edge.node) ?? [],
    loading,
    problem: error ? messageFor(error) : null,
  };
}
