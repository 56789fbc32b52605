import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { errorCode } from '@rapport/client/graphql-errors';
import { useSessionMutation, useSignOut as useEndSession } from '@rapport/client/use-session';
import { useCallback } from 'react';
import type { SignUpInput } from '../../../gql/graphql';
import {
  CurrentUserDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
} from '../../../gql/documents/features/auth/api/session';

export function useSignIn() {
  return useSessionMutation(SignInDocument, CurrentUserDocument, (data) => data.signIn);
}

const TAKEN_OR_MISMATCH =
  'We could not sign you in with these details. If you already have an account with this email, sign in with its password instead.';

/**
 * Registers, then signs in with the same details. The API answers sign-up
 * the same way whether or not the email already had an account (so nobody
 * can use it to find out who has one); the sign-in that follows is where a
 * real newcomer gets in.
 */
export function useSignUp() {
  const [register, { loading: registering }] = useMutation(SignUpDocument);
  const signIn = useSignIn();
  const run = useCallback(
    async ({ input }: { input: SignUpInput }) => {
      await register({ variables: { input } });
      try {
        return await signIn.run({ input: { email: input.email, password: input.password } });
      } catch (error) {
        if (errorCode(error) !== 'UNAUTHENTICATED') throw error;
        throw new CombinedGraphQLErrors({
          errors: [{ message: TAKEN_OR_MISMATCH, extensions: { code: 'UNAUTHENTICATED' } }],
        });
      }
    },
    [register, signIn],
  );
  return { run, loading: registering || signIn.loading };
}

export function useSignOut() {
  return useEndSession(SignOutDocument, CurrentUserDocument);
}
