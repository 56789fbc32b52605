/**
 * Broken business rules are values, not exceptions: every rule returns a
 * Result so callers (the API, the clients) must look at the failure and can
 * show its message. Only bugs throw.
 */
export interface DomainError<Code extends string = string> {
  /** Stable, dotted code such as `REQUEST.ALREADY_ASKED`; clients may switch on it. */
  readonly code: Code;
  /** A sentence a person can act on. */
  readonly message: string;
  /** Field the error is about, when it is about one input. */
  readonly field?: string;
  /** Extra machine-readable facts (limits, ids of suggested contacts, …). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export type Result<T, Code extends string = string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: DomainError<Code> };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(
  code: Code,
  message: string,
  extra: { field?: string; details?: Record<string, unknown> } = {},
): { readonly ok: false; readonly error: DomainError<Code> } {
  return { ok: false, error: { code, message, ...extra } };
}

/** Used in the default branch of a switch over a union to prove it is exhaustive. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
