import { fail, ok, type Result } from '../result.js';
import { hasHiddenCharacters, mixesLookAlikeScripts, requiredText } from '../text.js';

export const ROLES = ['SEEKER', 'STAFF', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES: readonly Role[] = ['STAFF', 'ADMIN'];

export const PASSWORD_RULES = { minLength: 10, maxLength: 200 } as const;

export type AccountErrorCode =
  | 'ACCOUNT.INVALID_EMAIL'
  | 'ACCOUNT.WEAK_PASSWORD'
  | 'ACCOUNT.INVALID_NAME'
  | 'ACCOUNT.INVALID_ROLE'
  | 'ACCOUNT.EMAIL_TAKEN';

// Deliberately loose: one @, something on each side, a dot in the domain, no
// spaces. Real verification happens when mail is delivered, not by regex.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Emails are compared in one canonical form: NFKC (so full-width and styled
 * letters such as `ａ` or `𝐚` become plain `a`) and lower case. Invisible
 * characters and labels that mix Latin with Cyrillic or Greek letters are
 * refused: they let a second account look exactly like someone else's.
 */
export function normalizeEmail(raw: string): Result<string, 'ACCOUNT.INVALID_EMAIL'> {
  const invalid = (message = 'Enter an email address such as name@example.com.') =>
    fail('ACCOUNT.INVALID_EMAIL', message, { field: 'email' });
  if (hasHiddenCharacters(raw.trim(), { joinersBetweenLetters: false })) {
    return invalid('Remove the invisible or control characters from the email address.');
  }
  const email = raw.normalize('NFKC').trim().toLowerCase();
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) return invalid();
  if (email.split(/[@.]/).some(mixesLookAlikeScripts)) {
    return invalid('Write each part of the email address in one alphabet.');
  }
  return ok(email);
}

export function checkPassword(password: string): Result<string, 'ACCOUNT.WEAK_PASSWORD'> {
  if (password.length < PASSWORD_RULES.minLength) {
    return fail(
      'ACCOUNT.WEAK_PASSWORD',
      `Password must be at least ${PASSWORD_RULES.minLength} characters.`,
      {
        field: 'password',
        details: { minLength: PASSWORD_RULES.minLength },
      },
    );
  }
  if (password.length > PASSWORD_RULES.maxLength) {
    return fail(
      'ACCOUNT.WEAK_PASSWORD',
      `Password must be at most ${PASSWORD_RULES.maxLength} characters.`,
      {
        field: 'password',
        details: { maxLength: PASSWORD_RULES.maxLength },
      },
    );
  }
  if (password.trim().length === 0) {
    return fail('ACCOUNT.WEAK_PASSWORD', 'Password cannot be only spaces.', { field: 'password' });
  }
  return ok(password);
}

export interface AccountDraft {
  email: string;
  password: string;
  name: string;
}

export function validateAccount(
  draft: AccountDraft,
): Result<{ email: string; password: string; name: string }, AccountErrorCode> {
  const name = requiredText(draft.name, {
    field: 'name',
    label: 'Name',
    max: 120,
    code: 'ACCOUNT.INVALID_NAME',
  });
  if (!name.ok) return name;
  if (hasHiddenCharacters(name.value, { joinersBetweenLetters: true })) {
    return fail(
      'ACCOUNT.INVALID_NAME',
      'Remove the invisible or control characters from the name.',
      {
        field: 'name',
      },
    );
  }
  const email = normalizeEmail(draft.email);
  if (!email.ok) return email;
  const password = checkPassword(draft.password);
  if (!password.ok) return password;
  return ok({ email: email.value, password: password.value, name: name.value.normalize('NFC') });
}

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

/** Only an admin creates staff accounts, and only staff roles can be given that way. */
export function canCreateStaffAccount(
  actor: Role,
  role: Role,
): Result<Role, 'ACCOUNT.INVALID_ROLE'> {
  if (actor !== 'ADMIN') {
    return fail('ACCOUNT.INVALID_ROLE', 'Only an administrator can create staff accounts.');
  }
  if (!isStaff(role)) {
    return fail('ACCOUNT.INVALID_ROLE', 'Staff accounts have the role STAFF or ADMIN.', {
      field: 'role',
    });
  }
  return ok(role);
}
