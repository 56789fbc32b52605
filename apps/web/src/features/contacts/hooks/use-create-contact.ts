import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ContactInput } from '../../../gql/graphql';
import {
  ContactCompanyOptionsDocument,
  CreateContactDocument,
} from '../../../gql/documents/features/contacts/api/contacts';

/**
 * A new contact may belong in any cached list (sorted by name, filtered by
 * search or company), so the lists are dropped and the visible one refetches.
 */
function forgetContactLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
  cache.gc();
}

export function useCreateContact() {
  const [mutate, { loading }] = useMutation(CreateContactDocument);
  const createContact = useCallback(
    async (input: ContactInput) => {
      const { data } = await mutate({ variables: { input }, update: forgetContactLists });
      if (!data) throw new Error('Adding the contact returned nothing.');
      return data.createContact;
    },
    [mutate],
  );
  return { createContact, loading };
}

/** The companies to choose from when adding a contact, by name. */
export function useCompanyOptions() {
  const { data, loading, error, refetch } = useQuery(ContactCompanyOptionsDocument);
  return {
    companies: data?.companies.edges.map((edge) => edge.node) ?? [],
    loading,
    error,
    retry: () => refetch(),
  };
}
