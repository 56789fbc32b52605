import { useSignInNavigation } from '@rapport/client/sign-in-navigation';
import { CentredLayout } from '@rapport/ui/centred-layout';
import { UnreachableAlert } from '@rapport/ui/unreachable-alert';
import { Navigate, Outlet } from 'react-router';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { HOME_PATH } from '../../config/paths';
import { DashboardBrand } from './brand';

/** The sign-in page. Staff who are already signed in go straight on. */
export function PublicLayout() {
  const { user, loading, problem, retry } = useCurrentUser();
  const { nextPath, justSignedOut } = useSignInNavigation(HOME_PATH);

  // Seekers are not sent on: the staff area would only turn them away again.
  if (user && user.role !== 'SEEKER' && !justSignedOut) {
    return <Navigate to={nextPath} replace />;
  }

  return (
    <CentredLayout brand={<DashboardBrand />} loading={loading}>
      {problem ? <UnreachableAlert problem={problem} onRetry={retry} /> : null}
      <Outlet />
    </CentredLayout>
  );
}
