import { AuthenticationError, type AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';

/**
 * The single authorization rule: `@Authorized()` needs a signed-in user,
 * `@Authorized('STAFF', 'ADMIN')` needs one of those roles. Finer rules
 * (a seeker sees only their own records) live in the services, which filter
 * by the user they are given.
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, roles) => {
  // Without a session the answer is "sign in", not "forbidden", whatever the roles.
  if (!context.user) throw new AuthenticationError();
  return roles.length === 0 || roles.includes(context.user.role);
};
