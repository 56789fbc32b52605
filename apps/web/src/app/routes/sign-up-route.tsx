import { useSignInNavigation } from '@rapport/client/sign-in-navigation';
import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { HOME_PATH, paths } from '../../config/paths';
import { SITE_NAME } from '../site';

export default function SignUpRoute() {
  const { next, continueOn } = useSignInNavigation(HOME_PATH);
  const signInHref = paths.signIn.href(next);

  return (
    <>
      <PageHeading
        title="Create your account"
        siteName={SITE_NAME}
        lead="Find people to learn from, ask them for a short meeting, and grow your network."
      />
      <Card>
        <SignUpForm onSignedUp={continueOn} />
      </Card>
      <p className="switch-auth">
        Already have an account? <Link to={signInHref}>Sign in</Link>
      </p>
    </>
  );
}
