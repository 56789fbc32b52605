import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { StaffOnlyNotice } from '../../features/auth/components/staff-only-notice';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { safeNextPath } from '../../lib/safe-redirect';
import { SITE_NAME } from '../site';
import type { PublicLocationState } from './public-layout';

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const { user } = useCurrentUser();
  const state = location.state as PublicLocationState | null;
  const next = params.get('next');

  if (user?.role === 'SEEKER') {
    return (
      <>
        <PageHeading title="Staff only" siteName={SITE_NAME} />
        <StaffOnlyNotice
          user={user}
          onSignedOut={async () => {
            const signedOut: PublicLocationState = { signedOut: true };
            await navigate('/sign-in', { replace: true, state: signedOut });
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeading
        title="Sign in to the dashboard"
        siteName={SITE_NAME}
        lead="For agency staff: companies, contacts and the people you coach."
      />
      {state?.signedOut ? (
        <Alert tone="success" live className="page-notice">
          You have signed out.
        </Alert>
      ) : null}
      <Card>
        <SignInForm
          onSignedIn={(signedIn) => {
            // A seeker stays here and is told why; staff continue to where they were going.
            if (signedIn.role !== 'SEEKER') {
              void navigate(safeNextPath(next, '/companies'), { replace: true });
            }
          }}
        />
      </Card>
      <p className="switch-auth">
        Looking for work? <a href="/sign-in">Sign in to the job-seeker app</a>
      </p>
    </>
  );
}
