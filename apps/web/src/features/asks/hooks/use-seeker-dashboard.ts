import { useQuery } from '@apollo/client/react';
import { SeekerDashboardDocument } from '../../../gql/documents/features/asks/api/asks';

/** The home page's lists; shown from the cache at once, then brought up to date. */
export function useSeekerDashboard() {
  const { data, loading, error, refetch } = useQuery(SeekerDashboardDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return {
    dashboard: data?.seekerDashboard ?? null,
    loading,
    error,
    retry: () => void refetch(),
  };
}
