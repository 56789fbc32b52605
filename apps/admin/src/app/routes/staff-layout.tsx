import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { Nav } from '@rapport/ui/nav';
import { PageHeading } from '@rapport/ui/page-heading';
import { PageLayout } from '@rapport/ui/page-layout';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, matchPath, useLocation, useNavigate } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { StaffOnlyNotice } from '../../features/auth/components/staff-only-notice';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import type { Role } from '../../gql/graphql';
import { messageFor } from '../../lib/graphql-errors';
import { SITE_NAME } from '../site';
import { DashboardBrand } from './brand';
import type { PublicLocationState } from './public-layout';

const NAV_ITEMS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: '/companies', label: 'Companies', roles: ['STAFF', 'ADMIN'] },
  { href: '/staff', label: 'Staff', roles: ['ADMIN'] },
];

const ROLE_NAMES: Record<Role, string> = { ADMIN: 'Admin', STAFF: 'Staff', SEEKER: 'Job seeker' };

/** The signed-in dashboard: staff and admins only. */
export function StaffLayout() {
  const { user, loading, error, refetch } = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();

  const leave = async () => {
    const state: PublicLocationState = { signedOut: true };
    await navigate('/sign-in', { replace: true, state });
  };

  if (loading) {
    return (
      <PageLayout brand={<DashboardBrand />}>
        <LoadingIndicator label="Loading your account…" />
      </PageLayout>
    );
  }
  if (error && !user) {
    return (
      <PageLayout brand={<DashboardBrand />}>
        <Alert tone="error" title="Rapport could not be reached.">
          <p>{messageFor(error)}</p>
          <Button size="sm" onClick={() => void refetch()}>
            Try again
          </Button>
        </Alert>
      </PageLayout>
    );
  }
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (user.role === 'SEEKER') {
    return (
      <PageLayout brand={<DashboardBrand />} narrow>
        <PageHeading title="Staff only" siteName={SITE_NAME} />
        <StaffOnlyNotice user={user} onSignedOut={leave} />
      </PageLayout>
    );
  }

  const items = NAV_ITEMS.filter((item) => item.roles.includes(user.role));
  return (
    <PageLayout
      brand={<DashboardBrand />}
      nav={
        <Nav
          label="Dashboard"
          items={items.map((item) => ({
            href: item.href,
            label: item.label,
            current: matchPath(`${item.href}/*`, location.pathname) !== null,
          }))}
          renderLink={({ href, ...rest }) => <Link to={href} {...rest} />}
        />
      }
      actions={
        <>
          <span className="signed-in-as">
            {user.name} <span className="muted">· {ROLE_NAMES[user.role]}</span>
          </span>
          <SignOutButton onSignedOut={leave} />
        </>
      }
    >
      <Suspense fallback={<LoadingIndicator />}>
        <Outlet context={user} />
      </Suspense>
    </PageLayout>
  );
}
