import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { errorCode, messageFor } from './graphql-errors';

/** An app's "who is signed in" query: `me` is null for visitors. */
export type CurrentUserQuery<TUser> = TypedDocumentNode<
  { me: TUser | null },
  Record<string, never>
>;

/**
 * Who is signed in; `user` is null for visitors. The answer is cached for the
 * whole app. `problem` says, once loading is over, why it could not be found
 * out; `retry` asks again.
 */
export function useSessionUser<TUser>(currentUserQuery: CurrentUserQuery<TUser>) {
  const { data, loading, error, refetch } = useQuery(currentUserQuery);
  const firstLoad = loading && !data;
  return {
    user: data?.me ?? null,
    loading: firstLoad,
    problem: error && !firstLoad ? messageFor(error) : null,
    retry: () => void refetch(),
  };
}

/**
 * A mutation that opens a session (sign in, sign up): the account it returns
 * becomes the cached answer to "who is signed in" at once.
 */
export function useSessionMutation<TData, TVariables extends OperationVariables, TUser>(
  mutation: TypedDocumentNode<TData, TVariables>,
  currentUserQuery: CurrentUserQuery<TUser>,
  accountOf: (data: TData) => TUser,
) {
  const [mutate, { loading }] = useMutation(mutation);
  const run = useCallback(
    async (variables: TVariables): Promise<TUser> => {
      const { data } = await mutate({
        variables,
        update: (cache, result) => {
          if (result.data) {
            cache.writeQuery({ query: currentUserQuery, data: { me: accountOf(result.data) } });
          }
        },
      });
      if (!data) throw new Error('The server answered without an account.');
      return accountOf(data);
    },
    [mutate, currentUserQuery, accountOf],
  );
  return { run, loading };
}

/**
 * Ends the session, then forgets everything cached for this account, so the
 * next person at this browser starts from nothing. `beforeForget` runs in
 * between (typically: leave the signed-in pages first). A failure is kept in
 * `problem`, a sentence to show next to the control.
 */
export function useSignOut<TUser>(
  signOutMutation: TypedDocumentNode<unknown, Record<string, never>>,
  currentUserQuery: CurrentUserQuery<TUser>,
) {
  const client = useApolloClient();
  const [mutate, { loading }] = useMutation(signOutMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const signOut = useCallback(
    async (beforeForget?: () => void | Promise<void>) => {
      setProblem(null);
      try {
        try {
          await mutate();
        } catch (error) {
          // An expired session is already signed out; anything else is worth reporting.
          if (errorCode(error) !== 'UNAUTHENTICATED') throw error;
        }
        await beforeForget?.();
        await client.clearStore();
        client.writeQuery({ query: currentUserQuery, data: { me: null } });
      } catch (error) {
        setProblem(`Could not sign out. ${messageFor(error)}`);
      }
    },
    [client, mutate, currentUserQuery],
  );
  return { signOut, loading, problem };
}
