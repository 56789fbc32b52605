import { useQuery } from '@apollo/client/react';
import { NextContactsDocument } from '../../../gql/documents/features/asks/api/asks';

const SUGGESTION_COUNT = 5;

/** Who to ask next; always asked of the server, since every ask and answer changes it. */
export function useNextContacts() {
  const { data, loading, error, refetch } = useQuery(NextContactsDocument, {
    variables: { first: SUGGESTION_COUNT },
    fetchPolicy: 'network-only',
  });
  return {
    suggestions: data?.nextContacts ?? null,
    loading,
    error,
    retry: () => void refetch(),
  };
}
