import {
  SignOutButton as SignOutControl,
  type SignOutButtonProps,
} from '@rapport/ui/sign-out-button';
import { useSignOut } from '../hooks/use-session-actions';

export function SignOutButton({
  onSignedOut,
  ...look
}: Pick<SignOutButtonProps, 'label' | 'size'> & { onSignedOut: () => void | Promise<void> }) {
  const { signOut, loading, problem } = useSignOut();
  return (
    <SignOutControl
      {...look}
      busy={loading}
      problem={problem}
      onClick={() => void signOut(onSignedOut)}
    />
  );
}
