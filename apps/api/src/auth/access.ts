import { createMethodMiddlewareDecorator } from 'type-graphql';
import { authorizedRoles } from './authorized.js';

/**
 * Every Query and Mutation states who may call it: `@Authorized(...)` for
 * signed-in users (optionally by role), or `@Public()` for the few that
 * anyone may call. `accessRuleOf` reads both back so a test can walk the
 * schema and fail on an operation that states neither.
 */
const publicOperations = new Set<string>();

const key = (target: object, method: string): string =>
  `${(target as { name?: string }).name ?? String(target)}.${method}`;

export function Public(): MethodDecorator {
  const passThrough = createMethodMiddlewareDecorator(async (_action, next) => next());
  return (prototype, propertyKey, descriptor) => {
    publicOperations.add(key(prototype.constructor, String(propertyKey)));
    return passThrough(prototype, propertyKey, descriptor);
  };
}

export type AccessRule =
  { kind: 'public' } | { kind: 'authorized'; roles: string[] } | { kind: 'none' };

export function accessRuleOf(target: object, method: string): AccessRule {
  if (publicOperations.has(key(target, method))) return { kind: 'public' };
  const roles = authorizedRoles(target, method);
  if (roles) return { kind: 'authorized', roles: [...roles] };
  return { kind: 'none' };
}
