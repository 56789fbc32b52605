import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '../../features/auth/components/sign-in-form';
import { safeNextPath } from '../../lib/safe-redirect';
import { SITE_NAME } from '../site';
import type { PublicLocationState } from './public-layout';

export function SignInRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const state = location.state as PublicLocationState | null;
  const next = params.get('next');
  const signUpHref = next ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';

  return (
    <>
      <PageHeading
        title="Sign in"
        siteName={SITE_NAME}
        lead="Pick up where you left off with your informational interviews."
      />
      {state?.signedOut ? (
        <Alert tone="success" live className="page-notice">
          You have signed out. See you soon.
        </Alert>
      ) : null}
      {next && !state?.signedOut ? (
        <Alert tone="info" className="page-notice">
          Sign in to continue to that page.
        </Alert>
      ) : null}
      <Card>
        <SignInForm
          onSignedIn={() => void navigate(safeNextPath(next, '/companies'), { replace: true })}
        />
      </Card>
      <p className="switch-auth">
        New to Rapport? <Link to={signUpHref}>Create an account</Link>
      </p>
    </>
  );
}
