import { useSessionUser } from '@rapport/client/use-session';
import { CurrentUserDocument, type SessionUserFragment } from '../../../gql/graphql';

export type SessionUser = SessionUserFragment;

/** Who is signed in; `user` is null for visitors. The answer is cached for the whole app. */
export function useCurrentUser() {
  return useSessionUser(CurrentUserDocument);
}
