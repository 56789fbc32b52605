import { Button } from '@rapport/ui/button';
import { useState } from 'react';
import { messageFor } from '../../../lib/graphql-errors';
import { useSignOut } from '../hooks/use-session-actions';

export function SignOutButton({
  onSignedOut,
  label = 'Sign out',
  size = 'sm',
}: {
  onSignedOut: () => void | Promise<void>;
  label?: string;
  size?: 'sm' | 'md';
}) {
  const { signOut, loading } = useSignOut();
  const [problem, setProblem] = useState<string | null>(null);

  async function handleClick() {
    setProblem(null);
    try {
      await signOut(onSignedOut);
    } catch (error) {
      setProblem(`Could not sign out. ${messageFor(error)}`);
    }
  }

  return (
    <>
      <Button variant="secondary" size={size} busy={loading} onClick={handleClick}>
        {label}
      </Button>
      {problem ? (
        <span role="alert" className="sign-out-problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}
