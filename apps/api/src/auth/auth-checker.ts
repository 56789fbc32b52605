import type { Role } from '@rapport/domain';
import type { GraphQLInterfaceType, GraphQLObjectType } from 'graphql';
import { AuthenticationError } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { accessRuleOfField, ruleAllows } from '../graphql/scope.js';

/**
 * The single authorization rule: `@Authorized()` needs a signed-in user,
 * `@Authorized('STAFF', 'ADMIN')` needs one of those roles. An API key has
 * no role: it is judged by the field's scope instead (graphql/scope.ts). The
 * whole operation was already checked against the key's scopes before it
 * ran; this repeats the check for the field at hand so that a resolver never
 * runs for a key on the strength of a role rule it cannot meet. Which rows
 * an actor may see is the services' business (common/ownership.ts).
 * authorized.ts runs it, synchronously, in front of every field that carries
 * a rule.
 */
export function authChecker(
  context: Context,
  parentType: GraphQLObjectType | GraphQLInterfaceType,
  fieldName: string,
  roles: readonly Role[],
): boolean {
  // Without a session the answer is "sign in", not "forbidden", whatever the roles.
  if (!context.actor) throw new AuthenticationError();
  if (context.actor.kind === 'apiKey') {
    const field = parentType.getFields()[fieldName];
    return (
      field !== undefined && ruleAllows(accessRuleOfField(parentType, field), context.actor.scopes)
    );
  }
  if (roles.length === 0) return true;
  return context.actor.kind === 'user' && roles.includes(context.actor.role);
}
