import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { CreateApiKeyInput } from '../../../gql/graphql';
import {
  CreateApiKeyDocument,
  RevokeApiKeyDocument,
  RotateApiKeyDocument,
} from '../../../gql/documents/features/api-keys/api/api-keys';

/** A new key goes to the top of the list (newest first): refetch rather than guess. */
function forgetKeyList(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'apiKeys' });
  cache.gc();
}

export function useCreateApiKey() {
  const [mutate] = useMutation(CreateApiKeyDocument);
  return useCallback(
    async (input: CreateApiKeyInput) => {
      const { data } = await mutate({ variables: { input }, update: forgetKeyList });
      if (!data) throw new Error('Creating the key returned nothing.');
      return data.createApiKey;
    },
    [mutate],
  );
}

export function useRevokeApiKey() {
  const [mutate] = useMutation(RevokeApiKeyDocument);
  return useCallback(
    async (id: string) => {
      // The row updates itself through the normalised cache.
      const { data } = await mutate({ variables: { id } });
      if (!data) throw new Error('Revoking the key returned nothing.');
      return data.revokeApiKey;
    },
    [mutate],
  );
}

/** The old key's new end date comes back with the list, so the list is refetched. */
export const ROTATION_OVERLAP_HOURS = 24;

export function useRotateApiKey() {
  const [mutate] = useMutation(RotateApiKeyDocument);
  return useCallback(
    async (id: string) => {
      const { data } = await mutate({
        variables: { id, overlapHours: ROTATION_OVERLAP_HOURS },
        update: forgetKeyList,
      });
      if (!data) throw new Error('Rotating the key returned nothing.');
      return data.rotateApiKey;
    },
    [mutate],
  );
}
