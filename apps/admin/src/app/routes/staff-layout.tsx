import { renderRouterLink, routeNavItems } from '@rapport/client/router-nav';
import { useLeaveToSignIn } from '@rapport/client/sign-in-navigation';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { Nav } from '@rapport/ui/nav';
import { PageHeading } from '@rapport/ui/page-heading';
import { PageLayout } from '@rapport/ui/page-layout';
import { SessionStatusPage } from '@rapport/ui/session-status-page';
import { Suspense } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { SignOutButton } from '../../features/auth/components/sign-out-button';
import { StaffOnlyNotice } from '../../features/auth/components/staff-only-notice';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { useUnansweredCount } from '../../features/experts/hooks/use-unanswered-count';
import type { Role } from '../../gql/graphql';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';
import { DashboardBrand } from './brand';

const NAV_ITEMS: { href: string; label: string; roles: readonly Role[] }[] = [
  { href: paths.companies.href(), label: 'Companies', roles: ['STAFF', 'ADMIN'] },
  { href: paths.contacts.href(), label: 'Contacts', roles: ['STAFF', 'ADMIN'] },
  { href: paths.seekers.href(), label: 'Seekers', roles: ['STAFF', 'ADMIN'] },
  { href: paths.experts.href(), label: 'Experts', roles: ['STAFF', 'ADMIN'] },
  { href: paths.warmCandidates.href(), label: 'Warm candidates', roles: ['STAFF', 'ADMIN'] },
  { href: paths.questionBank.href(), label: 'Question bank', roles: ['STAFF', 'ADMIN'] },
  { href: paths.network.href(), label: 'Network', roles: ['STAFF', 'ADMIN'] },
  { href: paths.settings.href(), label: 'Settings', roles: ['STAFF', 'ADMIN'] },
  { href: paths.staff.href(), label: 'Staff', roles: ['ADMIN'] },
  { href: paths.apiKeys.href(), label: 'API keys', roles: ['ADMIN'] },
  { href: paths.webhooks.href(), label: 'Webhooks', roles: ['ADMIN'] },
];

/** The experts link carries how many questions wait, when any do. */
function unansweredBadge(count: number) {
  return { text: String(count), label: `${count} unanswered` };
}

const ROLE_NAMES: Record<Role, string> = { ADMIN: 'Admin', STAFF: 'Staff', SEEKER: 'Job seeker' };

/** The signed-in dashboard: staff and admins only. */
export function StaffLayout() {
  const { user, loading, problem, retry } = useCurrentUser();
  const location = useLocation();
  const leave = useLeaveToSignIn(paths.signIn.href());
  const unanswered = useUnansweredCount(user !== null && user.role !== 'SEEKER', location.pathname);

  if (loading || (problem && !user)) {
    return <SessionStatusPage brand={<DashboardBrand />} problem={problem} onRetry={retry} />;
  }
  if (!user)
    return <Navigate to={paths.signIn.href(location.pathname + location.search)} replace />;
  if (user.role === 'SEEKER') {
    return (
      <PageLayout brand={<DashboardBrand />} narrow>
        <PageHeading title="Staff only" siteName={SITE_NAME} />
        <StaffOnlyNotice user={user} onSignedOut={leave} />
      </PageLayout>
    );
  }

  const navItems = NAV_ITEMS.filter((item) => item.roles.includes(user.role)).map((item) =>
    item.href === paths.experts.href() && unanswered
      ? { ...item, badge: unansweredBadge(unanswered) }
      : item,
  );
  return (
    <PageLayout
      brand={<DashboardBrand />}
      nav={
        <Nav
          label="Dashboard"
          items={routeNavItems(navItems, location.pathname)}
          renderLink={renderRouterLink}
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
