import type { Role } from '@rapport/domain';

/**
 * Who is asking. Services take an actor and nothing of GraphQL or HTTP, so
 * the same service serves a resolver, the CLI and (later) an API key. Kept
 * free of imports from the GraphQL layer on purpose: services import this
 * file, and the GraphQL context imports services, never the other way round.
 */

/** A signed-in account, as the session lookup returns it. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

export interface UserActor extends SessionUser {
  kind: 'user';
}

/**
 * The operator at the server's command line (the CLI). Not a user account:
 * it exists so that the very first admin can be created on a new deployment.
 */
export interface SystemActor {
  kind: 'system';
  name: string;
}

/**
 * A partner's program calling with an API key (`Authorization: Bearer rk_live_…`).
 * Not staff and not a seeker: it reaches only fields whose scope it holds
 * (graphql/scope.ts), and services hand it no seeker-owned rows.
 */
export interface ApiKeyActor {
  kind: 'apiKey';
  keyId: string;
  name: string;
  scopes: readonly string[];
}

export type Actor = UserActor | SystemActor | ApiKeyActor;

export function userActor(user: SessionUser): UserActor {
  return { kind: 'user', ...user };
}

export const COMMAND_LINE: SystemActor = { kind: 'system', name: 'command line' };

/** Agency staff and admins, and the operator at the command line; never an API key. */
export function isAgency(actor: Actor): boolean {
  if (actor.kind === 'system') return true;
  return actor.kind === 'user' && (actor.role === 'STAFF' || actor.role === 'ADMIN');
}

/** The seeker's user id when the actor is a signed-in seeker, else null. */
export function seekerIdOf(actor: Actor): string | null {
  return actor.kind === 'user' && actor.role === 'SEEKER' ? actor.id : null;
}
