import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { SessionStatusPage } from '@rapport/ui/session-status-page';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { paths } from '../../config/paths';
import { SeekerBrand } from './brand';

/**
 * Signed-in pages that take the whole screen (meeting mode): no banner or
 * navigation, each page carries its own way back.
 */
export function FullScreenLayout() {
  const { user, loading, problem, retry } = useCurrentUser();
  const location = useLocation();

  if (loading || (problem && !user)) {
    return (
      <SessionStatusPage
        brand={<SeekerBrand to={paths.root.href()} />}
        problem={problem}
        onRetry={retry}
      />
    );
  }
  if (!user)
    return <Navigate to={paths.signIn.href(location.pathname + location.search)} replace />;

  return (
    <main id="main" tabIndex={-1} className="full-screen">
      <Suspense fallback={<LoadingIndicator />}>
        <Outlet />
      </Suspense>
    </main>
  );
}
