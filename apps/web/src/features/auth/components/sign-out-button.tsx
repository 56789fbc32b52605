import { Button } from '@rapport/ui/button';
import { useState } from 'react';
import { messageFor } from '../../../lib/graphql-errors';
import { useSignOut } from '../hooks/use-session-actions';

export function SignOutButton({ onSignedOut }: { onSignedOut: () => void | Promise<void> }) {
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
      <Button variant="secondary" size="sm" busy={loading} onClick={handleClick}>
        Sign out
      </Button>
      {problem ? (
        <span role="alert" className="sign-out-problem">
          {problem}
        </span>
      ) : null}
    </>
  );
}
