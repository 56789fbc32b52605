import { renderRouterLink, routeNavItems } from '@rapport/client/router-nav';
import { useLeaveToSignIn } from '@rapport/client/sign-in-navigation';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { Nav } from '@rapport/ui/nav';
import { PageLayout } from '@rapport/ui/page-layout';
import { SessionStatusPage } from '@rapport/ui/session-status-page';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { paths } from '../../config/paths';
import { SeekerBrand } from './brand';

const NAV_ITEMS = [
  { href: paths.root.href(), label: 'Dashboard' },
  { href: paths.meetings.href(), label: 'Meetings' },
  { href: paths.contacts.href(), label: 'Contacts' },
  { href: paths.companies.href(), label: 'Companies' },
  { href: paths.experts.href(), label: 'Ask the experts' },
  { href: paths.followUps.href(), label: 'Follow-ups' },
  { href: paths.thankYouCards.href(), label: 'Thank-you cards' },
  { href: paths.network.href(), label: 'My network' },
];

/** Everything behind sign-in. Visitors are sent to sign in and brought back afterwards. */
export function SignedInLayout() {
  const { user, loading, problem, retry } = useCurrentUser();
  const location = useLocation();
  const leave = useLeaveToSignIn(paths.signIn.href());
  const brand = <SeekerBrand to={paths.root.href()} />;

  if (loading || (problem && !user)) {
    return <SessionStatusPage brand={brand} problem={problem} onRetry={retry} />;
  }
  if (!user)
    return <Navigate to={paths.signIn.href(location.pathname + location.search)} replace />;

  return (
    <PageLayout
      brand={brand}
      nav={
        <Nav
          label="Main"
          items={routeNavItems(NAV_ITEMS, location.pathname)}
          renderLink={renderRouterLink}
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
