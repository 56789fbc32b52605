import { useQuery } from '@apollo/client/react';
import { CurrentUserDocument, type SessionUserFragment } from '../../../gql/graphql';

export type SessionUser = SessionUserFragment;

/** Who is signed in; `user` is null for visitors. The answer is cached for the whole app. */
export function useCurrentUser() {
  const { data, loading, error, refetch } = useQuery(CurrentUserDocument);
  return { user: data?.me ?? null, loading: loading && !data, error, refetch };
}
