import { useSignInNavigation } from '@rapport/client/sign-in-navigation';
import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { HOME_PATH, paths } from '../../config/paths';
import { SITE_NAME } from '../site';

export function SignInRoute() {
  const { next, justSignedOut, continueOn } = useSignInNavigation(HOME_PATH);
  const signUpHref = paths.signUp.href(next);

  return (
    <>
      <PageHeading
        title="Sign in"
        siteName={SITE_NAME}
        lead="Pick up where you left off with your informational interviews."
      />
      {justSignedOut ? (
        <Alert tone="success" live className="page-notice">
          You have signed out. See you soon.
        </Alert>
      ) : null}
      {next && !justSignedOut ? (
        <Alert tone="info" className="page-notice">
          Sign in to continue to that page.
        </Alert>
      ) : null}
      <Card>
        <SignInForm onSignedIn={continueOn} />
      </Card>
      <p className="switch-auth">
        New to Rapport? <Link to={signUpHref}>Create an account</Link>
      </p>
    </>
  );
}
