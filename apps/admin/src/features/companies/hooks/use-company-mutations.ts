import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CompanyInput, HiringStatus } from '../../../gql/graphql';
import {
  CreateCompanyDocument,
  SetCompanyHiringStatusDocument,
  UpdateCompanyDocument,
} from '../../../gql/documents/features/companies/api/companies';

/**
 * A new company may belong anywhere in any cached list (they are sorted by
 * name and filtered), so the lists are dropped and the visible one refetches.
 */
function forgetCompanyLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'companies' });
  cache.gc();
}

export function useCreateCompany() {
  const [mutate, { loading }] = useMutation(CreateCompanyDocument);
  const createCompany = useCallback(
    async (input: CompanyInput) => {
      const { data } = await mutate({ variables: { input }, update: forgetCompanyLists });
      if (!data) throw new Error('Adding the company returned nothing.');
      return data.createCompany;
    },
    [mutate],
  );
  return { createCompany, loading };
}

export function useUpdateCompany() {
  const [mutate, { loading }] = useMutation(UpdateCompanyDocument);
  const updateCompany = useCallback(
    async (id: string, input: CompanyInput) => {
      // The edited row updates itself through the normalised cache.
      const { data } = await mutate({ variables: { id, input } });
      if (!data) throw new Error('Saving the company returned nothing.');
      return data.updateCompany;
    },
    [mutate],
  );
  return { updateCompany, loading };
}

export function useSetHiringStatus() {
  const [mutate] = useMutation(SetCompanyHiringStatusDocument);
  return useCallback(
    async (id: string, status: HiringStatus) => {
      const { data } = await mutate({
        variables: { id, status },
        // The select shows the new status at once; Apollo rolls it back if the server refuses.
        optimisticResponse: {
          setCompanyHiringStatus: {
            __typename: 'Company',
            id,
            hiringStatus: status,
            hiringStatusChangedAt: new Date().toISOString(),
          },
        },
      });
      if (!data) throw new Error('Changing the hiring status returned nothing.');
      return data.setCompanyHiringStatus;
    },
    [mutate],
  );
}
