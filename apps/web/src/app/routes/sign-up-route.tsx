import { Card } from '@rapport/ui/card';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { SignUpForm } from '../../features/auth/components/sign-up-form';
import { safeNextPath } from '../../lib/safe-redirect';
import { SITE_NAME } from '../site';

export default function SignUpRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next');
  const signInHref = next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';

  return (
    <>
      <PageHeading
        title="Create your account"
        siteName={SITE_NAME}
        lead="Find people to learn from, ask them for a short meeting, and grow your network."
      />
      <Card>
        <SignUpForm
          onSignedUp={() => void navigate(safeNextPath(next, '/companies'), { replace: true })}
        />
      </Card>
      <p className="switch-auth">
        Already have an account? <Link to={signInHref}>Sign in</Link>
      </p>
    </>
  );
}
