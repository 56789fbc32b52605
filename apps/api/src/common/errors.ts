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

  const known = (message: string, code: string): GraphQLFormattedError => ({
    message,
    locations,
    path,
    extensions: { code },
  });

  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((v) =>
      Object.values(v.constraints ?? {}),
    );
    const detail = problems.length > 0 ? `: ${problems.join('; ')}` : '';
    return known(`Check your input${detail}.`, 'BAD_USER_INPUT');
  }
  if (original instanceof AuthenticationError) {
    return known('Sign in to continue.', 'UNAUTHENTICATED');
  }
  if (original instanceof AuthorizationError) {
    return known('Your account is not allowed to do this.', 'FORBIDDEN');
  }
  const code = formatted.extensions?.code;
  // Our own errors (apiError/domainError, which always carry a code) and
  // graphql-js' request errors are safe to show as they are, minus any stack.
  const safe =
    typeof code === 'string' && (original instanceof GraphQLError || PASS_THROUGH_CODES.has(code));
  if (safe) {
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
