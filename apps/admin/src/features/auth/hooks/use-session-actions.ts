import { useSessionMutation, useSignOut as useEndSession } from '@rapport/client/use-session';
import {
  CurrentUserDocument,
  SignInDocument,
  SignOutDocument,
} from '../../../gql/documents/features/auth/api/session';

export function useSignIn() {
  return useSessionMutation(SignInDocument, CurrentUserDocument, (data) => data.signIn);
}

export function useSignOut() {
  return useEndSession(SignOutDocument, CurrentUserDocument);
}
