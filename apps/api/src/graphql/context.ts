import type { Role } from '@rapport/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Loaders } from './loaders.js';
import type { Services } from './services.js';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: Date;
}

/** What every resolver receives: who is asking, per-request loaders, shared services. */
export interface Context {
  user: SessionUser | null;
  /** The session token hash, so sign-out can end exactly this session. */
  sessionTokenHash: string | null;
  loaders: Loaders;
  services: Services;
  request: FastifyRequest;
  reply: FastifyReply;
}
