import { useSessionMutation, useSignOut as useEndSession } from '@rapport/client/use-session';
import {
  CurrentUserDocument,
  SignInDocument,
  SignOutDocument,
  SignUpDocument,
} from '../../../gql/graphql';

export function useSignIn() {
  return useSessionMutation(SignInDocument, CurrentUserDocument, (data) => data.signIn);
}

export function useSignUp() {
  return useSessionMutation(SignUpDocument, CurrentUserDocument, (data) => data.signUp);
}

export function useSignOut() {
  return useEndSession(SignOutDocument, CurrentUserDocument);
}
