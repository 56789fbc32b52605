import { useLeaveToSignIn, useSignInNavigation } from '@rapport/client/sign-in-navigation';
import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { StaffOnlyNotice } from '../../features/auth/components/staff-only-notice';
import { useCurrentUser } from '../../features/auth/hooks/use-current-user';
import { HOME_PATH, paths, seekerAppUrls } from '../../config/paths';
import { SITE_NAME } from '../site';

export function SignInRoute() {
  const { justSignedOut, continueOn } = useSignInNavigation(HOME_PATH);
  const leave = useLeaveToSignIn(paths.signIn.href());
  const { user } = useCurrentUser();

  if (user?.role === 'SEEKER') {
    return (
      <>
        <PageHeading title="Staff only" siteName={SITE_NAME} />
        <StaffOnlyNotice user={user} onSignedOut={leave} />
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
      {justSignedOut ? (
        <Alert tone="success" live className="page-notice">
          You have signed out.
        </Alert>
      ) : null}
      <Card>
        <SignInForm
          onSignedIn={(signedIn) => {
            // A seeker stays here and is told why; staff continue to where they were going.
            if (signedIn.role !== 'SEEKER') continueOn();
          }}
        />
      </Card>
      <p className="switch-auth">
        Looking for work? <a href={seekerAppUrls.signIn}>Sign in to the job-seeker app</a>
      </p>
    </>
  );
}
