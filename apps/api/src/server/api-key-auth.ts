import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiKeyService, KeyProblem } from '../api-key/api-key.service.js';
import type { ApiKeyActor } from '../common/actor.js';

/**
 * Reads `Authorization: Bearer rk_live_…` on /graphql before anything else
 * looks at the request. A key that is unknown, revoked or expired gets HTTP
 * 401 here, with a GraphQL-shaped error that says which, rather than the
 * 200-with-errors a resolver could give: partners' HTTP clients and
 * monitoring see a refused credential as one.
 */
const keyActors = new WeakMap<FastifyRequest, ApiKeyActor>();

export function apiKeyActorOf(request: FastifyRequest): ApiKeyActor | null {
  return keyActors.get(request) ?? null;
}

/** Whether the request was refused here for its key: it belongs to no caller, so no bucket. */
const refusedKeys = new WeakSet<FastifyRequest>();
export function keyWasRefused(request: FastifyRequest): boolean {
  return refusedKeys.has(request);
}

const MESSAGES: Record<KeyProblem | 'malformed', string> = {
  malformed:
    'The Authorization header must be "Bearer" followed by an API key that starts with rk_live_.',
  unknown: 'This API key is not valid: check that it was copied whole, or ask for a new one.',
  revoked: 'This API key has been revoked; ask the agency for a new one.',
  expired: 'This API key has expired (it was rotated); use the key that replaced it.',
};

export function registerApiKeyAuth(
  server: FastifyInstance,
  apiKeys: ApiKeyService,
  now: () => Date,
): void {
  // onRequest, before the body is even read: a bad key is refused whatever
  // the body holds (too large, not JSON, over the query limits).
  server.addHook('onRequest', async (request, reply) => {
    if (request.routeOptions.url !== '/graphql') return;
    const header = request.headers.authorization;
    if (header === undefined) return;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const check = match?.[1]
      ? await apiKeys.authenticate(match[1], now())
      : ({ ok: false, problem: 'malformed' } as const);
    if (check.ok) {
      keyActors.set(request, check.actor);
      return;
    }
    refusedKeys.add(request);
    return reply
      .code(401)
      .header('www-authenticate', 'Bearer realm="rapport", error="invalid_token"')
      .send({
        errors: [
          {
            message: MESSAGES[check.problem],
            extensions: { code: 'UNAUTHENTICATED', reason: check.problem },
          },
        ],
      });
  });
}
