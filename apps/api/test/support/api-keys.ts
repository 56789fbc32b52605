import { COMMAND_LINE } from '../../src/common/actor.js';
import type { ApiScope } from '../../src/graphql/scope.js';
import type { GraphQLResponse, TestApp } from './test-app.js';

/** Makes a key directly through the service, as an administrator would in the dashboard. */
export async function makeKey(app: TestApp, scopes: readonly ApiScope[], name = 'Test partner') {
  return app.services.apiKeys.create(COMMAND_LINE, { name, scopes }, app.services.now());
}

export interface KeyResponse<T> {
  status: number;
  headers: Record<string, unknown>;
  body: GraphQLResponse<T>;
}

/** A partner's program: sends the key as a bearer token, no cookies. */
export async function asKey<T = Record<string, unknown>>(
  app: TestApp,
  secret: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<KeyResponse<T>> {
  const response = await app.server.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
    payload: JSON.stringify({ query, variables }),
  });
  return {
    status: response.statusCode,
    headers: response.headers,
    body: response.json() as GraphQLResponse<T>,
  };
}
