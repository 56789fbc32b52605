import { createParameterDecorator } from 'type-graphql';
import type { Actor } from '../common/actor.js';
import { UnauthenticatedError } from '../common/errors.js';
import type { Context } from '../graphql/context.js';

/**
 * `@CurrentActor() actor: Actor` in a resolver: who is asking, never null.
 * Operations behind `@Authorized()` always have one; should this be used on
 * a public operation by mistake, an anonymous caller is asked to sign in
 * rather than reaching a service with nobody.
 */
export function CurrentActor() {
  return createParameterDecorator<Context>(({ context }): Actor => {
    if (!context.actor) throw new UnauthenticatedError();
    return context.actor;
  });
}
