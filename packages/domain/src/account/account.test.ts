import { describe, expect, it } from 'vitest';
import {
  canCreateStaffAccount,
  checkPassword,
  isStaff,
  normalizeEmail,
  PASSWORD_RULES,
  ROLES,
  validateAccount,
} from './account.js';

describe('normalizeEmail', () => {
  it('trims and lower-cases', () => {
    expect(normalizeEmail('  Dana.Lee@Example.COM ')).toEqual({
      ok: true,
      value: 'dana.lee@example.com',
    });
  });

  it.each(['', 'dana', 'dana@', '@example.com', 'dana@example', 'da na@example.com', 'a@b@c.com'])(
    'refuses %j',
    (raw) => {
      expect(normalizeEmail(raw)).toMatchObject({
        ok: false,
        error: { code: 'ACCOUNT.INVALID_EMAIL', field: 'email' },
      });
    },
  );

  it('refuses addresses longer than 254 characters', () => {
    const long = `${'a'.repeat(250)}@example.com`;
    expect(normalizeEmail(long).ok).toBe(false);
  });
});

describe('checkPassword', () => {
  it('takes 10 to 200 characters', () => {
    expect(checkPassword('a'.repeat(PASSWORD_RULES.minLength)).ok).toBe(true);
    expect(checkPassword('a'.repeat(PASSWORD_RULES.maxLength)).ok).toBe(true);
    expect(checkPassword('a'.repeat(9))).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.WEAK_PASSWORD', details: { minLength: 10 } },
    });
    expect(checkPassword('a'.repeat(201))).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.WEAK_PASSWORD', details: { maxLength: 200 } },
    });
  });

  it('refuses a password of spaces', () => {
    expect(checkPassword(' '.repeat(12))).toMatchObject({
      ok: false,
      error: { message: 'Password cannot be only spaces.' },
    });
  });
});

describe('validateAccount', () => {
  const good = { email: 'Dana@Example.com', password: 'correct horse', name: ' Dana ' };

  it('normalises a good account', () => {
    expect(validateAccount(good)).toEqual({
      ok: true,
      value: { email: 'dana@example.com', password: 'correct horse', name: 'Dana' },
    });
  });

  it('reports the first broken field', () => {
    expect(validateAccount({ ...good, name: '' })).toMatchObject({
      error: { code: 'ACCOUNT.INVALID_NAME' },
    });
    expect(validateAccount({ ...good, email: 'x' })).toMatchObject({
      error: { code: 'ACCOUNT.INVALID_EMAIL' },
    });
    expect(validateAccount({ ...good, password: 'short' })).toMatchObject({
      error: { code: 'ACCOUNT.WEAK_PASSWORD' },
    });
  });
});

describe('roles', () => {
  it('knows who is staff', () => {
    expect(ROLES.filter(isStaff)).toEqual(['STAFF', 'ADMIN']);
  });

  it('lets only an admin create staff accounts, and only with a staff role', () => {
    expect(canCreateStaffAccount('ADMIN', 'STAFF')).toEqual({ ok: true, value: 'STAFF' });
    expect(canCreateStaffAccount('ADMIN', 'ADMIN')).toEqual({ ok: true, value: 'ADMIN' });
    expect(canCreateStaffAccount('STAFF', 'STAFF')).toMatchObject({
      error: { code: 'ACCOUNT.INVALID_ROLE' },
    });
    expect(canCreateStaffAccount('SEEKER', 'STAFF').ok).toBe(false);
    expect(canCreateStaffAccount('ADMIN', 'SEEKER')).toMatchObject({
      error: { code: 'ACCOUNT.INVALID_ROLE', field: 'role' },
    });
  });
});

describe('look-alike and invisible characters (issue #12, finding 8)', () => {
  it('folds full-width and styled letters and case into one form', () => {
    expect(normalizeEmail('ＤＡＮＡ@example.com')).toEqual({ ok: true, value: 'dana@example.com' });
    expect(normalizeEmail('𝐝ana@Example.com')).toEqual({ ok: true, value: 'dana@example.com' });
  });

  it.each([
    ['a zero-width space', 'da\u200Bna@example.com'],
    ['a right-to-left override', 'dana\u202E@example.com'],
    ['a soft hyphen', 'da\u00ADna@example.com'],
    ['a control character', 'dana\u0007@example.com'],
    ['a Cyrillic а among Latin letters', 'd\u0430na@example.com'],
    ['a Greek ο in the domain', 'dana@ex\u03BFmple.com'],
  ])('refuses an email with %s', (_what, raw) => {
    expect(normalizeEmail(raw)).toMatchObject({
      ok: false,
      error: { code: 'ACCOUNT.INVALID_EMAIL', field: 'email' },
    });
  });

  it('accepts an address written wholly in another script', () => {
    expect(normalizeEmail('дана@пример.рф').ok).toBe(true);
  });

  it.each([
    ['a zero-width space', 'Dana\u200B Lee'],
    ['a bidi isolate', 'Dana \u2067Lee'],
    ['a newline', 'Dana\nLee'],
    ['a lone joiner at the end', 'Dana Lee\u200D'],
  ])('refuses a name with %s', (_what, name) => {
    expect(
      validateAccount({ name, email: 'dana@example.com', password: 'a long password' }),
    ).toMatchObject({ ok: false, error: { code: 'ACCOUNT.INVALID_NAME', field: 'name' } });
  });

  it('keeps a zero-width non-joiner between letters, as Persian names need', () => {
    const name = 'می\u200Cخواهم';
    expect(
      validateAccount({ name, email: 'dana@example.com', password: 'a long password' }),
    ).toMatchObject({ ok: true, value: { name } });
  });
});
