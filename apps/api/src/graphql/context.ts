import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../common/actor.js';
import type { Loaders, Services } from '../concepts.js';

/** What every resolver receives: who is asking, per-request loaders, shared services. */
export interface Context {
  /** Null for an anonymous caller. */
  actor: Actor | null;
  /** The session token hash, so sign-out can end exactly this session. */
  sessionTokenHash: string | null;
  loaders: Loaders;
  services: Services;
  request: FastifyRequest;
  reply: FastifyReply;
}
