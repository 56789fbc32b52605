import { useQuery } from '@apollo/client/react';
import { DashboardMeetingsDocument } from '../../../gql/documents/features/meeting-agenda/api/meeting-agenda';

/** Today's and the next meetings; shown from the cache at once, then brought up to date. */
export function useDashboardMeetings() {
  const { data, loading, error, refetch } = useQuery(DashboardMeetingsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    agenda: data?.seekerDashboard ?? null,
    loading,
    error,
    retry: () => void refetch(),
  };
}
