import type { DomainError } from '@rapport/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';

/**
 * zxcvbn's score 3 means roughly 10^8 guesses or more: out of reach online
 * and slow offline against scrypt. The domain's length rule (10 characters)
 * lets `aaaaaaaaaa` and `password12` through; this estimator knows common
 * passwords, words, names, keyboard walks, repeats, sequences and dates.
 */
const MIN_SCORE = 3;

/**
 * The estimate's cost grows with length; the first 64 characters decide
 * whether a password is guessable, and a longer tail only adds strength.
 */
const CHECKED_LENGTH = 64;

let estimator: ZxcvbnFactory | undefined;

/** Built on first use: loading the dictionaries takes a few hundred ms. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
  return estimator;
}

/**
 * Refuses passwords an attacker would try early. `personal` holds what the
 * account already tells about its owner (email, name), which makes a
 * password built from them weak too.
 */
export function checkPasswordStrength(
  password: string,
  personal: string[],
): { ok: true; value: string } | { ok: false; error: DomainError<'ACCOUNT.WEAK_PASSWORD'> } {
  const words = personal.flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const result = strengthEstimator().check(password.slice(0, CHECKED_LENGTH), [
    'rapport',
    ...words.filter((word) => word.length >= 3),
  ]);
  if (result.score >= MIN_SCORE) return { ok: true, value: password };
  const hint = result.feedback.warning ? `${result.feedback.warning} ` : '';
  return {
    ok: false,
    error: {
      code: 'ACCOUNT.WEAK_PASSWORD',
      message: `${hint}Choose a password that is harder to guess: a short sentence of unrelated words works well.`,
      field: 'password',
      details: { reason: 'GUESSABLE' },
    },
  };
}
