import type { Role } from '@rapport/domain';
import { AuthenticationError, type AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';

/**
 * The single authorization rule: `@Authorized()` needs a signed-in user,
 * `@Authorized('STAFF', 'ADMIN')` needs one of those roles. Which rows an
 * actor may see is the services' business (common/ownership.ts).
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  // Without a session the answer is "sign in", not "forbidden", whatever the roles.
  if (!context.actor) throw new AuthenticationError();
  if (roles.length === 0) return true;
  return context.actor.kind === 'user' && roles.includes(context.actor.role);
};
