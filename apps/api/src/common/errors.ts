import type { DomainError, DomainErrorCode } from '@rapport/domain';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError, AuthenticationError, AuthorizationError } from 'type-graphql';
import { isClientErrorCode, type ApiRuleCode } from './error-catalog.js';

/**
 * What services throw when a request cannot be served as asked. They know
 * nothing of GraphQL: `formatError` below turns each into what a client sees
 * (`extensions.code` from the catalog plus a sentence a person can act on),
 * and the CLI prints the message. Anything else thrown is a bug.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;
  /** The input field the problem is about, so forms can show it in place. */
  readonly field?: string;
  readonly details?: Record<string, unknown>;

  constructor(
    message: string,
    options: { field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = new.target.name;
    this.field = options.field;
    this.details = options.details;
  }
}

/** A business rule said no: the domain's code, or one the API decides with the database. */
export class RuleBrokenError extends AppError {
  constructor(
    readonly code: DomainErrorCode | ApiRuleCode,
    message: string,
    options: { field?: string; details?: Record<string, unknown> } = {},
  ) {
    super(message, options);
  }

  static from(error: DomainError<DomainErrorCode>): RuleBrokenError {
    return new RuleBrokenError(error.code, error.message, {
      field: error.field,
      details: error.details,
    });
  }
}

/**
 * The thing does not exist, or the caller may not know it does: a seeker
 * asking for another seeker's row gets this, never FORBIDDEN, so ids cannot
 * be probed.
 */
export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(what: string) {
    super(`${what} was not found. It may have been removed.`);
  }
}

export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'Your account is not allowed to do this.') {
    super(message);
  }
}

/** Credentials were wrong or missing; the message says which. */
export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

export class TooManyRequestsError extends AppError {
  readonly code = 'TOO_MANY_REQUESTS';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message, { details: { retryAfterSeconds } });
  }
}

/** Malformed input the schema could not catch: a forged id or cursor, a value out of range. */
export class InvalidInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
}

/** Unwraps a domain Result: the value, or the rule's error thrown. */
export function orThrow<T>(
  result: { ok: true; value: T } | { ok: false; error: DomainError<DomainErrorCode> },
): T {
  if (result.ok) return result.value;
  throw RuleBrokenError.from(result.error);
}

/**
 * The one place where errors become what clients see. Known errors keep
 * their code and message; a code missing from the catalog, or anything
 * else, is a bug: logged in full, and the client gets a generic sentence
 * with no stack trace.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  logBug: (error: unknown) => void,
): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const { locations, path } = formatted;
  const shown = (
    code: string,
    message: string,
    extra: Record<string, unknown> = {},
  ): GraphQLFormattedError => ({ message, locations, path, extensions: { ...extra, code } });

  if (original instanceof AppError && isClientErrorCode(original.code)) {
    return shown(original.code, original.message, {
      ...(original.field ? { field: original.field } : {}),
      ...(original.details ? { details: original.details } : {}),
      ...(original instanceof TooManyRequestsError
        ? { retryAfterSeconds: original.retryAfterSeconds }
        : {}),
    });
  }
  if (original instanceof ArgumentValidationError) {
    const problems = original.extensions.validationErrors.flatMap((v) =>
      Object.values(v.constraints ?? {}),
    );
    const detail = problems.length > 0 ? `: ${problems.join('; ')}` : '';
    return shown('BAD_USER_INPUT', `Check your input${detail}.`);
  }
  if (original instanceof AuthenticationError)
    return shown('UNAUTHENTICATED', 'Sign in to continue.');
  if (original instanceof AuthorizationError) {
    return shown('FORBIDDEN', 'Your account is not allowed to do this.');
  }
  // graphql-js, Apollo and our request limits raise GraphQLErrors about the
  // request itself (parse, validation, query size); shown as they are when
  // their code is catalogued.
  const code = formatted.extensions?.code;
  if (
    original instanceof GraphQLError &&
    typeof code === 'string' &&
    code !== 'INTERNAL_SERVER_ERROR' &&
    isClientErrorCode(code)
  ) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logBug(original);
  return shown('INTERNAL_SERVER_ERROR', 'Something went wrong on our side. Please try again.');
}
