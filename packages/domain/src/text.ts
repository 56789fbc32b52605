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

// Control (Cc), format (Cf: zero-width spaces, bidi overrides, soft hyphen…),
// line/paragraph separators, private-use and lone surrogate code points.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cs}]/u;
const JOINER_BETWEEN_LETTERS = /(?<=[\p{L}\p{M}])[\u200C\u200D](?=[\p{L}\p{M}])/gu;

/**
 * True when text holds characters a reader cannot see or that reorder what
 * they see (bidi overrides can make "gpj.exe" read "exe.jpg"). With
 * `joinersBetweenLetters`, the zero-width (non-)joiner is allowed between two
 * letters, where Persian and Indic names need it to be spelled right.
 */
export function hasHiddenCharacters(
  text: string,
  opts: { joinersBetweenLetters: boolean },
): boolean {
  const checked = opts.joinersBetweenLetters ? text.replace(JOINER_BETWEEN_LETTERS, '') : text;
  return HIDDEN.test(checked);
}

const LOOK_ALIKE_SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u];

/**
 * True when one word mixes Latin, Cyrillic and Greek letters, whose shapes
 * overlap (Latin "a" and Cyrillic "а"). Browsers refuse such mixes in domain
 * names for the same reason; a word in one script stays allowed.
 */
export function mixesLookAlikeScripts(word: string): boolean {
  return LOOK_ALIKE_SCRIPTS.filter((script) => script.test(word)).length > 1;
}
