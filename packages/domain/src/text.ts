import { fail, ok, type Result } from './result.js';

/**
 * Trims a free-text field and checks its length. Shared by every rule that
 * takes a name, title or note so that limits and messages read the same
 * everywhere.
 */
export function requiredText<Code extends string>(
  raw: string,
  opts: { field: string; label: string; max: number; code: Code },
): Result<string, Code> {
  const value = raw.trim();
  if (value.length === 0) {
    return fail(opts.code, `${opts.label} is required.`, { field: opts.field });
  }
  if (value.length > opts.max) {
    return fail(opts.code, `${opts.label} must be at most ${opts.max} characters.`, {
      field: opts.field,
      details: { max: opts.max },
    });
  }
  return ok(value);
}

/** Like requiredText, but empty input means "not given" and becomes null. */
export function optionalText<Code extends string>(
  raw: string | null | undefined,
  opts: { field: string; label: string; max: number; code: Code },
): Result<string | null, Code> {
  if (raw === null || raw === undefined || raw.trim().length === 0) return ok(null);
  return requiredText(raw, opts);
}

/**
 * Orders strings by code unit, the same way on every runtime and locale
 * (unlike localeCompare), so sorted results are reproducible everywhere.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
