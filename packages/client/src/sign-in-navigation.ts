import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from './safe-redirect';

/** The router state the sign-in page is given after signing out, so it can say so. */
export interface SignedOutState {
  signedOut?: boolean;
}

/**
 * For the pages around signing in: the raw `?next=` they were sent with,
 * whether the visitor has just signed out, and `continueOn`, which goes to
 * `next` (when it is a path inside this app) or to `homePath`, replacing the
 * sign-in page in the history. Each app passes its own home from its paths
 * module, so no address is written down twice.
 */
export function useSignInNavigation(homePath: string) {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = params.get('next');
  const nextPath = safeNextPath(next, homePath);
  const continueOn = useCallback(
    () => void navigate(nextPath, { replace: true }),
    [navigate, nextPath],
  );
  return {
    next,
    nextPath,
    justSignedOut: (location.state as SignedOutState | null)?.signedOut === true,
    continueOn,
  };
}

/** Leaves the signed-in pages for the app's sign-in page, which then says "You have signed out". */
export function useLeaveToSignIn(signInPath: string) {
  const navigate = useNavigate();
  return useCallback(async () => {
    const state: SignedOutState = { signedOut: true };
    await navigate(signInPath, { replace: true, state });
  }, [navigate, signInPath]);
}
