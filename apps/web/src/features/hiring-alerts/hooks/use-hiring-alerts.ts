import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  DashboardHiringAlertsDocument,
  DismissHiringAlertDocument,
} from '../../../gql/documents/features/hiring-alerts/api/hiring-alerts';

/** The open alerts; shown from the cache at once, then brought up to date. */
export function useDashboardHiringAlerts() {
  const { data, error } = useQuery(DashboardHiringAlertsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return { alerts: data?.seekerDashboard.hiringAlerts ?? null, error };
}

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
