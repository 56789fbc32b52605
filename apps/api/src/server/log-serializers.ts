import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';

/**
 * What an error carries that must never reach the log: TypeORM's
 * QueryFailedError keeps the statement's parameters (a failed sign-up held
 * the email, name, salt and password hash), and drivers add the offending
 * row (PostgreSQL's `detail`: "Key (email)=(…) already exists").
 */
const SECRET_FIELDS = new Set(['parameters', 'driverError', 'detail']);

/**
 * pino's `err` serializer, minus query parameters and driver details; the
 * message, the code, the constraint and the stack stay, which is what a
 * person needs to find the bug. Nested causes go through the same filter.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 3) return error;
  const out: Record<string, unknown> = {
    type: error.name,
    message: error.message,
    stack: error.stack,
  };
  for (const [key, value] of Object.entries(error)) {
    if (SECRET_FIELDS.has(key) || key in out) continue;
    out[key] = value instanceof Error ? serializeError(value, depth + 1) : value;
  }
  const driver = (error as { driverError?: { code?: unknown; constraint?: unknown } }).driverError;
  if (driver && typeof driver === 'object') {
    out.code ??= driver.code;
    out.constraint ??= driver.constraint;
  }
  if (error.cause !== undefined) out.cause = serializeError(error.cause, depth + 1);
  return out;
}

/** The path without its query string: GET requests carry GraphQL variables there, passwords included. */
export function pathOnly(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const cut = url.indexOf('?');
  return cut === -1 ? url : url.slice(0, cut);
}

/**
 * The path as logged: no query string, and no scheduling-link token (the
 * seeker app's /reply/<token> page is served by this process too, and the
 * token opens a contact's answer page to whoever reads it).
 */
export function loggedPath(url: string | undefined): string | undefined {
  return pathOnly(url)?.replace(/^\/reply\/[^/]+/, '/reply/[token]');
}

/** Fastify's request log line, with the query string and link tokens left out. */
export function serializeRequest(request: FastifyRequest | IncomingMessage) {
  const fastifyRequest = request as Partial<FastifyRequest>;
  return {
    method: request.method,
    url: loggedPath(request.url),
    host: request.headers?.host,
    remoteAddress: fastifyRequest.ip ?? request.socket?.remoteAddress,
    remotePort: request.socket?.remotePort,
  };
}

/** The shape pino's (and Fastify's) `err` serializer is typed to return. */
export function serializeLoggedError(error: Error): {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
} {
  const out = serializeError(error) as Record<string, unknown>;
  return {
    ...out,
    type: String(out.type ?? 'Error'),
    message: String(out.message ?? ''),
    stack: String(out.stack ?? ''),
  };
}
