import { useSignInNavigation } from '@rapport/client/sign-in-navigation';
import { CentredLayout } from '@rapport/ui/centred-layout';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { UnreachableAlert } from '@rapport/ui/unreachable-alert';
import { Suspense } from 'react';
import { Navigate, Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { HOME_PATH, paths } from '../../config/paths';
import { SeekerBrand } from './brand';

/** Sign-in and sign-up. Someone already signed in goes straight on to where they were headed. */
export function PublicLayout() {
  const { user, loading, problem, retry } = useCurrentUser();
  const { nextPath, justSignedOut } = useSignInNavigation(HOME_PATH);

  if (user && !justSignedOut) return <Navigate to={nextPath} replace />;

  return (
    <CentredLayout brand={<SeekerBrand to={paths.root.href()} />} loading={loading}>
      {problem ? <UnreachableAlert problem={problem} onRetry={retry} /> : null}
      <Suspense fallback={<LoadingIndicator />}>
        <Outlet />
      </Suspense>
    </CentredLayout>
  );
}
