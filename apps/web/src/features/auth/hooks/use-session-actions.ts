import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import {
  CurrentUserDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
  type SignInInput,
  type SignUpInput,
} from '../../../gql/graphql';
import { errorCode } from '../../../lib/graphql-errors';
import type { SessionUser } from './use-current-user';

export function useSignIn() {
  const [mutate, { loading }] = useMutation(SignInDocument);
  const signIn = useCallback(
    async (input: SignInInput): Promise<SessionUser> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache, result) => {
          if (result.data) {
            cache.writeQuery({ query: CurrentUserDocument, data: { me: result.data.signIn } });
          }
        },
      });
      if (!data) throw new Error('Signing in returned no account.');
      return data.signIn;
    },
    [mutate],
  );
  return { signIn, loading };
}

export function useSignUp() {
  const [mutate, { loading }] = useMutation(SignUpDocument);
  const signUp = useCallback(
    async (input: SignUpInput): Promise<SessionUser> => {
      const { data } = await mutate({
        variables: { input },
        update: (cache, result) => {
          if (result.data) {
            cache.writeQuery({ query: CurrentUserDocument, data: { me: result.data.signUp } });
          }
        },
      });
      if (!data) throw new Error('Signing up returned no account.');
      return data.signUp;
    },
    [mutate],
  );
  return { signUp, loading };
}

/**
 * Ends the session, then forgets everything cached for this account, so the
 * next person at this browser starts from nothing. `beforeForget` runs in
 * between (typically: leave the signed-in pages first).
 */
export function useSignOut() {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(SignOutDocument);
  const signOut = useCallback(
    async (beforeForget?: () => void | Promise<void>) => {
      try {
        await mutate();
      } catch (error) {
        // An expired session is already signed out; anything else is worth reporting.
        if (errorCode(error) !== 'UNAUTHENTICATED') throw error;
      }
      await beforeForget?.();
      await client.clearStore();
      client.writeQuery({ query: CurrentUserDocument, data: { me: null } });
    },
    [client, mutate],
  );
  return { signOut, loading };
}
