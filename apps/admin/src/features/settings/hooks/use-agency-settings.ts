import { useMutation, useQuery } from '@apollo/client/react';
import { messageFor } from '@rapport/client/graphql-errors';
import { useCallback } from 'react';
import type { AgencySettingsInput } from '../../../gql/graphql';
import {
  AgencySettingsDocument,
  UpdateAgencySettingsDocument,
} from '../../../gql/documents/features/settings/api/settings';

export function useAgencySettings() {
  const { data, loading, error, refetch } = useQuery(AgencySettingsDocument);
  return {
    settings: data?.agencySettings ?? null,
    loading: loading && !data,
    problem: error ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}

export function useUpdateAgencySettings() {
  const [mutate] = useMutation(UpdateAgencySettingsDocument);
  return useCallback(
    async (input: AgencySettingsInput) => {
      const { data } = await mutate({
        variables: { input },
        update(cache, result) {
          // The settings have no id to normalise by, so the query's answer is rewritten here.
          const saved = result.data?.updateAgencySettings;
          if (saved)
            cache.writeQuery({ query: AgencySettingsDocument, data: { agencySettings: saved } });
          // Every contact's throttle badge depends on the cap.
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'contacts' });
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'contact' });
          cache.gc();
        },
      });
      if (!data) throw new Error('Saving the settings returned nothing.');
      return data.updateAgencySettings;
    },
    [mutate],
  );
}
