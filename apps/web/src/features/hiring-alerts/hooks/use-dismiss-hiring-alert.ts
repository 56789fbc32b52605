import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { DismissHiringAlertDocument } from '../../../gql/documents/features/hiring-alerts/api/hiring-alerts';

/**
 * Puts an alert away. The answer carries dismissedAt into the cached alert,
 * which the dashboard then leaves out, so nothing needs fetching again.
 */
export function useDismissHiringAlert() {
  const [mutate] = useMutation(DismissHiringAlertDocument);
  return useCallback(
    async (id: string) => {
      await mutate({
        variables: { id },
        optimisticResponse: {
          dismissHiringAlert: {
            __typename: 'HiringAlert',
            id,
            dismissedAt: new Date().toISOString(),
          },
        },
      });
    },
    [mutate],
  );
}
