import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageLayout } from '@rapport/ui/page-layout';
import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { messageFor } from '../../lib/graphql-errors';
import { safeNextPath } from '../../lib/safe-redirect';
import { DashboardBrand } from './brand';

export interface PublicLocationState {
  signedOut?: boolean;
}

/** The sign-in page. Staff who are already signed in go straight on. */
export function PublicLayout() {
  const { user, loading, error, refetch } = useCurrentUser();
  const [params] = useSearchParams();
  const location = useLocation();
  const state = location.state as PublicLocationState | null;

  // Seekers are not sent on: the staff area would only turn them away again.
  if (user && user.role !== 'SEEKER' && !state?.signedOut) {
    return <Navigate to={safeNextPath(params.get('next'), '/companies')} replace />;
  }

  return (
    <PageLayout brand={<DashboardBrand />} narrow>
      {loading ? <LoadingIndicator /> : null}
      {error && !loading ? (
        <Alert tone="error" title="Rapport could not be reached.">
          <p>{messageFor(error)}</p>
          <Button size="sm" onClick={() => void refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {!loading ? <Outlet /> : null}
    </PageLayout>
  );
}
