import { useCallback } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from './safe-redirect';

/** Where both apps start once someone is signed in. */
export const HOME_PATH = '/companies';
export const SIGN_IN_PATH = '/sign-in';

/** The router state the sign-in page is given after signing out, so it can say so. */
export interface SignedOutState {
  signedOut?: boolean;
}

/** The sign-in page for someone on `location`, who is brought back there afterwards. */
export function signInPathFrom(location: { pathname: string; search: string }): string {
  return `${SIGN_IN_PATH}?next=${encodeURIComponent(location.pathname + location.search)}`;
}

/**
 * For the pages around signing in: the raw `?next=` they were sent with,
 * whether the visitor has just signed out, and `continueOn`, which goes to
 * `next` (when it is a path inside this app) or home, replacing the sign-in
 * page in the history.
 */
export function useSignInNavigation() {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const next = params.get('next');
  const nextPath = safeNextPath(next, HOME_PATH);
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

/** Leaves the signed-in pages for the sign-in page, which then says "You have signed out". */
export function useLeaveToSignIn() {
  const navigate = useNavigate();
  return useCallback(async () => {
    const state: SignedOutState = { signedOut: true };
    await navigate(SIGN_IN_PATH, { replace: true, state });
  }, [navigate]);
}
