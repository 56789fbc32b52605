import type { DomainError } from '@rapport/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';

/**
 * Codes the API itself adds next to the domain's dotted codes. Clients switch
 * on `extensions.code`; `message` is always a sentence a person can act on.
 */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR';

export function apiError(
  code: ApiErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** A broken business rule, as the domain reported it. */
export function domainError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, field: error.field, details: error.details },
  });
}

/** Unwraps a domain Result in a resolver or service: the value, or a GraphQL error. */
export function orThrow<T>(result: { ok: true; value: T } | { ok: false; error: DomainError }): T {
  if (result.ok) return result.value;
  throw domainError(result.error);
}

export function notFound(what: string): GraphQLError {
  return apiError('NOT_FOUND', `${what} was not found. It may have been removed.`);
}

const PASS_THROUGH_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The one place where errors are turned into what clients see. Known errors
 * keep their code and message; anything else is a bug: it is logged in full
 * and the client gets a generic message with no stack trace.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logBug: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { locations, path } = formatted;

  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((v) =>
      Object.values(v.constraints ?? {}),
    );
    return {
      message:
        problems.length > 0 ? `Check your input: ${problems.join('; ')}.` : 'Check your input.',
      locations,
      path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (original instanceof AuthenticationError) {
    return {
      message: 'Sign in to continue.',
      locations,
      path,
      extensions: { code: 'UNAUTHENTICATED' },
    };
  }
  if (original instanceof AuthorizationError) {
    return {
      message: 'Your account is not allowed to do this.',
      locations,
      path,
      extensions: { code: 'FORBIDDEN' },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string') {
    // Our own errors (apiError/domainError) and graphql-js' own: safe to show.
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (typeof code === 'string' && PASS_THROUGH_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logBug(original);
  return {
    message: 'Something went wrong on our side. Please try again.',
    locations,
    path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
