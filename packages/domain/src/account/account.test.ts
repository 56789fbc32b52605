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
