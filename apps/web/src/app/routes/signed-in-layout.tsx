import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { Nav } from '@rapport/ui/nav';
import { Brand, PageLayout, brandClassName } from '@rapport/ui/page-layout';
import { Suspense } from 'react';
import { Link, Navigate, Outlet, matchPath, useLocation, useNavigate } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { messageFor } from '../../lib/graphql-errors';
import type { PublicLocationState } from './public-layout';

const NAV_ITEMS = [{ href: '/companies', label: 'Companies', pattern: '/companies/*' }];

/** Everything behind sign-in. Visitors are sent to sign in and brought back afterwards. */
export function SignedInLayout() {
  const { user, loading, error, refetch } = useCurrentUser();
  const location = useLocation();
  const navigate = useNavigate();
  const brand = (
    <Link to="/companies" className={brandClassName}>
      <Brand name="Rapport" tagline="for job seekers" />
    </Link>
  );

  if (loading) {
    return (
      <PageLayout brand={brand}>
        <LoadingIndicator label="Loading your account…" />
      </PageLayout>
    );
  }
  if (error && !user) {
    return (
      <PageLayout brand={brand}>
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

  const leave = async () => {
    const state: PublicLocationState = { signedOut: true };
    await navigate('/sign-in', { replace: true, state });
  };

  return (
    <PageLayout
      brand={brand}
      nav={
        <Nav
          label="Main"
          items={NAV_ITEMS.map((item) => ({
            href: item.href,
            label: item.label,
            current: matchPath(item.pattern, location.pathname) !== null,
          }))}
          renderLink={({ href, ...rest }) => <Link to={href} {...rest} />}
        />
      }
      actions={
        <>
          <span className="signed-in-as">
            <span className="muted">Signed in as</span> {user.name}
          </span>
          <SignOutButton onSignedOut={leave} />
        </>
      }
    >
      <Suspense fallback={<LoadingIndicator />}>
        <Outlet />
      </Suspense>
    </PageLayout>
  );
}
