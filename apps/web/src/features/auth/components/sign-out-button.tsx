import { SignOutButton as SignOutControl } from '@rapport/ui/sign-out-button';
import { useSignOut } from '../hooks/use-session-actions';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void | Promise<void> }) {
  const { signOut, loading, problem } = useSignOut();
  return (
    <SignOutControl busy={loading} problem={problem} onClick={() => void signOut(onSignedOut)} />
  );
}
