import { useSessionUser } from '@rapport/client/use-session';
import type { SessionUserFragment } from '../../../gql/graphql';
import { CurrentUserDocument } from '../../../gql/documents/features/auth/api/session';

export type SessionUser = SessionUserFragment;

/** Who is signed in; `user` is null for visitors. The answer is cached for the whole app. */
export function useCurrentUser() {
  return useSessionUser(CurrentUserDocument);
}
