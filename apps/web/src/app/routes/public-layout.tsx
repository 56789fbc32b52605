import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { Brand, PageLayout, brandClassName } from '@rapport/ui/page-layout';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, useLocation, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { messageFor } from '../../lib/graphql-errors';
import { safeNextPath } from '../../lib/safe-redirect';

export interface PublicLocationState {
  signedOut?: boolean;
}

/** Sign-in and sign-up. Someone already signed in goes straight on to where they were headed. */
export function PublicLayout() {
  const { user, loading, error, refetch } = useCurrentUser();
  const [params] = useSearchParams();
  const location = useLocation();
  const state = location.state as PublicLocationState | null;
  const brand = (
    <Link to="/" className={brandClassName}>
      <Brand name="Rapport" tagline="for job seekers" />
    </Link>
  );

  if (user && !state?.signedOut) {
    return <Navigate to={safeNextPath(params.get('next'), '/companies')} replace />;
  }

  return (
    <PageLayout brand={brand} narrow>
      {loading ? <LoadingIndicator /> : null}
      {error && !loading ? (
        <Alert tone="error" title="Rapport could not be reached.">
          <p>{messageFor(error)}</p>
          <Button size="sm" onClick={() => void refetch()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {!loading ? (
        <Suspense fallback={<LoadingIndicator />}>
          <Outlet />
        </Suspense>
      ) : null}
    </PageLayout>
  );
}
