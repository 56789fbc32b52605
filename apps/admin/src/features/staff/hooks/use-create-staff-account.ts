import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateStaffAccountInput } from '../../../gql/graphql';
import { CreateStaffAccountDocument } from '../../../gql/documents/features/staff/api/staff';

export function useCreateStaffAccount() {
  const [mutate, { loading }] = useMutation(CreateStaffAccountDocument);
  const createStaffAccount = useCallback(
    async (input: CreateStaffAccountInput) => {
      const { data } = await mutate({
        variables: { input },
        // The list is sorted by name; refetching puts the new person in the right place.
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'staffMembers' });
          cache.gc();
        },
      });
      if (!data) throw new Error('Creating the account returned nothing.');
      return data.createStaffAccount;
    },
    [mutate],
  );
  return { createStaffAccount, loading };
}
