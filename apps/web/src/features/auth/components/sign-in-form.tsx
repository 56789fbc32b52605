import { useSignInForm } from '@rapport/client/use-sign-in-form';
import { SignInForm as SignInFields } from '@rapport/ui/sign-in-form';
import type { SessionUser } from '../hooks/use-current-user';
import { useSignIn } from '../hooks/use-session-actions';

export function SignInForm({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const signIn = useSignIn();
  const form = useSignInForm(async (input) => onSignedIn(await signIn.run({ input })));
  return <SignInFields {...form} />;
}
