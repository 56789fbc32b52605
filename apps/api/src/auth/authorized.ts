import type { Role } from '@rapport/domain';
import {
  defaultFieldResolver,
  isInterfaceType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { AuthenticationError, AuthorizationError, Extensions } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { authChecker } from './auth-checker.js';

/**
 * `@Authorized()` (any signed-in caller) and `@Authorized('STAFF', 'ADMIN')`
 * (those roles), on a Query, a Mutation or a field. The rule travels with
 * the field into the schema as an extension, and `enforceRoleRules` puts the
 * check in front of the field's resolver when the schema is built.
 *
 * type-graphql has a decorator of the same name, but its check is an async
 * middleware: every field behind it answered a promise, so each row of a list
 * with such a field (a company's contactCount, a contact's throttle) cost
 * promises for the field, its object and its edge, and a row could never
 * resolve at once even when its value was already at hand. This check runs
 * the same rule (auth-checker.ts) synchronously, before the resolver and its
 * argument validation, and throws the same errors: AuthenticationError for
 * `@Authorized()`, AuthorizationError for a role rule.
 */
export const ROLES_EXTENSION = 'authorizedRoles';

const rules = new WeakMap<object, Map<string, readonly Role[]>>();

export function Authorized(...roles: Role[]): MethodDecorator & PropertyDecorator {
  const extension = Extensions({ [ROLES_EXTENSION]: roles });
  return (prototype: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    const byName = rules.get(prototype.constructor) ?? new Map<string, readonly Role[]>();
    byName.set(String(propertyKey), roles);
    rules.set(prototype.constructor, byName);
    extension(prototype, propertyKey, descriptor!);
  };
}

/** The roles `@Authorized` gave a resolver method or field, or undefined when it has none. */
export function authorizedRoles(target: object, method: string): readonly Role[] | undefined {
  return rules.get(target)?.get(method);
}

const checked = new WeakSet<GraphQLFieldResolver<unknown, Context>>();

/** Whether a field's resolver is the role check `enforceRoleRules` put there. */
export const checksRoles = (resolve: unknown): boolean =>
  typeof resolve === 'function' && checked.has(resolve as GraphQLFieldResolver<unknown, Context>);

/**
 * Puts each field's role rule in front of its resolver (or graphql-js'
 * default one, for a plain property). Interfaces are done too, though
 * graphql-js runs the implementing type's field, which carries the same
 * extension.
 */
export function enforceRoleRules(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      const roles = field.extensions[ROLES_EXTENSION] as readonly Role[] | undefined;
      if (!roles || checksRoles(field.resolve)) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as GraphQLFieldResolver<
        unknown,
        Context
      >;
      const guarded: GraphQLFieldResolver<unknown, Context> = (root, args, context, info) => {
        if (!authChecker(context, info.parentType, info.fieldName, roles)) {
          throw roles.length === 0 ? new AuthenticationError() : new AuthorizationError();
        }
        return resolve(root, args, context, info);
      };
      checked.add(guarded);
      field.resolve = guarded;
    }
  }
}

/**
 * Whether `context`'s caller passes the role rule of `type.fieldName` (true
 * when it has none): for work done ahead of a field (preload.ts), which must
 * not be done for a caller the field will refuse.
 */
export function mayResolve(
  context: Context,
  type: GraphQLObjectType | GraphQLInterfaceType,
  fieldName: string,
): boolean {
  const roles = type.getFields()[fieldName]?.extensions[ROLES_EXTENSION] as
    readonly Role[] | undefined;
  if (!roles) return true;
  try {
    return authChecker(context, type, fieldName, roles);
  } catch {
    return false;
  }
}
