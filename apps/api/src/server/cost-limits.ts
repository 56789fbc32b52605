import type { ApolloServerPlugin } from '@apollo/server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { MAX_PAGE_SIZE } from '../common/paging.js';
import type { Actor } from '../common/actor.js';
import type { Context } from '../graphql/context.js';
import { priceOf, queryCost } from '../graphql/cost.js';
import { fieldsRefusedToKey, scopeError } from '../graphql/scope.js';
import type { BucketState, CostBucketStore } from './cost-bucket.js';
import { keyWasRefused } from './api-key-auth.js';
import { QUERY_TOO_COMPLEX } from './request-limits.js';

/**
 * Refuses, before any resolver runs, an operation that reaches a field the
 * calling API key has no scope for. Users are not judged here: their role
 * rules run in the auth checker as before.
 */
export function apiKeyScopePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const actor = contextValue.actor;
      if (actor?.kind !== 'apiKey') return;
      return {
        async didResolveOperation({ schema, document, operation }) {
          if (!operation) return;
          const refused = fieldsRefusedToKey(schema, document, operation, actor.scopes);
          if (refused.length > 0) throw scopeError(refused);
        },
      };
    },
  };
}

/** Whose bucket a request pours into: the key, the signed-in user, or the address. */
export function bucketKeyOf(actor: Actor | null, address: string): string {
  if (actor?.kind === 'apiKey') return `key:${actor.keyId}`;
  if (actor?.kind === 'user') return `user:${actor.id}`;
  return `ip:${address}`;
}

export interface CostReport {
  requested: number;
  actual: number;
  bucket: BucketState | null;
}

/**
 * Prices every operation before it runs (graphql/cost.ts), refuses one over
 * `maxCost` and, per caller, one that would overflow the caller's leaky
 * bucket (429 with Retry-After). What was charged and not used, because a
 * page came back shorter than asked or the operation failed, is refunded
 * after. Every response says what happened in `extensions.cost`; while the
 * bucket store cannot be reached, queries run uncharged and `bucket` is null.
 */
export function costPlugin(options: {
  maxCost: number;
  buckets: CostBucketStore;
  now: () => Date;
  onStoreError: (error: unknown) => void;
}): ApolloServerPlugin<Context> {
  const { maxCost, buckets, now } = options;
  return {
    async requestDidStart({ contextValue }) {
      const key = bucketKeyOf(contextValue.actor, contextValue.request.ip);
      const report: CostReport = { requested: 0, actual: 0, bucket: null };
      let charged = 0;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const price = priceOf(schema, document, operation, request.variables ?? {});
          const largest = price.largestPage;
          if (largest > MAX_PAGE_SIZE) {
            throw new GraphQLError(
              `A page holds at most ${MAX_PAGE_SIZE} items (first: ${largest} was asked); page through with after.`,
              { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
            );
          }
          report.requested = price.requested;
          if (report.requested > maxCost) {
            throw new GraphQLError(
              `This query would cost ${report.requested} points; the most one query may cost is ${maxCost}. Ask for smaller pages or fewer fields.`,
              {
                extensions: {
                  code: QUERY_TOO_COMPLEX,
                  limit: 'cost',
                  max: maxCost,
                  http: { status: 400 },
                },
              },
            );
          }
          let taken;
          try {
            taken = await buckets.take(key, report.requested, now());
          } catch (error) {
            // The shared store is down: the per-query cap above still holds, and
            // refusing every caller (the dashboard included) would turn a Redis
            // outage into an API outage. Logged, and the query runs uncharged.
            options.onStoreError(error);
            return;
          }
          report.bucket = taken.state;
          if (!taken.allowed) {
            throw new GraphQLError(
              `This query costs ${report.requested} points and only ${taken.state.remaining} are left; try again in ${taken.retryAfterSeconds} s.`,
              {
                extensions: {
                  code: 'TOO_MANY_REQUESTS',
                  retryAfterSeconds: taken.retryAfterSeconds,
                  http: {
                    status: 429,
                    headers: new Map([['retry-after', String(taken.retryAfterSeconds)]]),
                  },
                },
              },
            );
          }
          charged = report.requested;
        },
        async willSendResponse({ response, schema, document, operation, request }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          try {
            if (report.requested > 0 && document && operation) {
              report.actual = Math.min(
                report.requested,
                queryCost(
                  schema,
                  document,
                  operation,
                  request.variables ?? {},
                  result.data ?? null,
                ),
              );
              if (charged > report.actual) {
                report.bucket = await buckets.refund(key, charged - report.actual, now());
              }
            }
            // Uncharged because the store was down: do not ask it again.
            if (charged > 0 || report.requested === 0)
              report.bucket ??= await buckets.peek(key, now());
          } catch (error) {
            options.onStoreError(error);
          }
          result.extensions = { ...result.extensions, cost: { ...report } };
        },
      };
    },
  };
}

/**
 * Responses made before Apollo's plugins run (a refused key, the query
 * limits, a body Fastify refused, Apollo's own HTTP-level 400) carry
 * `extensions.cost` too: nothing was requested or spent, and the caller's
 * bucket is shown as it stands. A refused key is no caller, so its bucket
 * is null, as it is while the bucket store cannot be reached. Only error
 * responses are looked at; every other answer went through costPlugin.
 */
export function registerCostOnEveryResponse(
  server: FastifyInstance,
  options: {
    buckets: CostBucketStore;
    now: () => Date;
    callerOf: (request: FastifyRequest) => Promise<Actor | null>;
    onStoreError: (error: unknown) => void;
  },
): void {
  server.addHook('onSend', async (request, reply, payload) => {
    if (request.routeOptions.url !== '/graphql' || reply.statusCode < 400) return payload;
    if (typeof payload !== 'string') return payload;
    if (!String(reply.getHeader('content-type') ?? '').includes('json')) return payload;
    let body: unknown;
    try {
      body = JSON.parse(payload);
    } catch {
      return payload;
    }
    if (body === null || typeof body !== 'object' || Array.isArray(body)) return payload;
    const answer = body as { extensions?: Record<string, unknown> };
    if (answer.extensions?.cost) return payload;
    const report: CostReport = { requested: 0, actual: 0, bucket: null };
    if (!keyWasRefused(request)) {
      try {
        const key = bucketKeyOf(await options.callerOf(request), request.ip);
        report.bucket = await options.buckets.peek(key, options.now());
      } catch (error) {
        options.onStoreError(error);
      }
    }
    answer.extensions = { ...answer.extensions, cost: report };
    return JSON.stringify(answer);
  });
}
