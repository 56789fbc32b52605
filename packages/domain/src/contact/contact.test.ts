import { describe, expect, it } from 'vitest';
import {
  canViewContact,
  CONTACT_LIMITS,
  mailingAddressFor,
  normalizePhone,
  normalizeTags,
  validateContact,
} from './contact.js';

describe('normalizePhone', () => {
  it.each([
    ['+1 (555) 010-2030', '+1 (555) 010-2030'],
    ['  555  010 2030 ', '555 010 2030'],
    ['020 7946 0958 ext. 12', '020 7946 0958 ext. 12'],
    ['555.010.2030 x4', '555.010.2030 x4'],
  ])('accepts %j', (raw, expected) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: expected });
  });

  it('treats an empty phone as none', () => {
    expect(normalizePhone('  ')).toEqual({ ok: true, value: null });
    expect(normalizePhone(undefined)).toEqual({ ok: true, value: null });
  });

  it.each(['12345', 'call me', '+1 555 0102 0304 0506 0708 09', '555-010-2030 ext'])(
    'refuses %j',
    (raw) => {
      expect(normalizePhone(raw)).toMatchObject({
        ok: false,
        error: { code: 'CONTACT.INVALID_PHONE' },
      });
    },
  );

  it('refuses a phone longer than the limit', () => {
    expect(normalizePhone(`1${' '.repeat(CONTACT_LIMITS.phone)}234567`).ok).toBe(true);
    expect(normalizePhone(`1${'-'.repeat(CONTACT_LIMITS.phone)}234567`).ok).toBe(false);
  });
});

describe('normalizeTags', () => {
  it('trims, drops blanks and keeps the first spelling of each tag', () => {
    expect(normalizeTags([' Fintech ', 'fintech', '', 'Boston'])).toEqual({
      ok: true,
      value: ['Fintech', 'Boston'],
    });
    expect(normalizeTags()).toEqual({ ok: true, value: [] });
  });

  it('limits tag length and count', () => {
    expect(normalizeTags(['x'.repeat(41)])).toMatchObject({
      error: { code: 'CONTACT.INVALID_FIELD' },
    });
    const many = Array.from({ length: 21 }, (_, i) => `tag${i}`);
    expect(normalizeTags(many)).toMatchObject({
      error: { message: 'A contact can have at most 20 tags.' },
    });
  });
});

describe('validateContact', () => {
  it('normalises a full contact', () => {
    expect(
      validateContact({
        name: ' Dana Lee ',
        title: 'Engineering Manager',
        email: 'Dana@Acme.com',
        phone: '555 010 2030',
        mailingAddress: '1 Main St',
        notes: 'Met at a meetup',
        tags: ['cloud'],
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'Dana Lee',
        title: 'Engineering Manager',
        email: 'dana@acme.com',
        phone: '555 010 2030',
        mailingAddress: '1 Main St',
        notes: 'Met at a meetup',
        tags: ['cloud'],
      },
    });
  });

  it('needs only a name', () => {
    expect(validateContact({ name: 'Dana', email: ' ' })).toEqual({
      ok: true,
      value: {
        name: 'Dana',
        title: null,
        email: null,
        phone: null,
        mailingAddress: null,
        notes: null,
        tags: [],
      },
    });
  });

  it.each([
    [{ name: '' }, 'CONTACT.INVALID_NAME', 'name'],
    [{ name: 'D', title: 'x'.repeat(121) }, 'CONTACT.INVALID_FIELD', 'title'],
    [{ name: 'D', email: 'nope' }, 'CONTACT.INVALID_EMAIL', 'email'],
    [{ name: 'D', phone: 'nope' }, 'CONTACT.INVALID_PHONE', 'phone'],
    [{ name: 'D', mailingAddress: 'x'.repeat(301) }, 'CONTACT.INVALID_FIELD', 'mailingAddress'],
    [{ name: 'D', notes: 'x'.repeat(5001) }, 'CONTACT.INVALID_FIELD', 'notes'],
    [{ name: 'D', tags: ['x'.repeat(41)] }, 'CONTACT.INVALID_FIELD', 'tags'],
  ])('refuses %j', (draft, code, field) => {
    expect(validateContact(draft)).toMatchObject({ ok: false, error: { code, field } });
  });
});

describe('canViewContact', () => {
  const seeker = { id: 'seeker-1', role: 'SEEKER' as const };
  const other = { id: 'seeker-2', role: 'SEEKER' as const };
  const staff = { id: 'staff-1', role: 'STAFF' as const };
  const admin = { id: 'admin-1', role: 'ADMIN' as const };
  const agency = { ownerSeekerId: null, sharedWithAgency: false };
  const privateOne = { ownerSeekerId: 'seeker-1', sharedWithAgency: false };
  const shared = { ownerSeekerId: 'seeker-1', sharedWithAgency: true };

  it('shows agency contacts to everyone', () => {
    for (const viewer of [seeker, other, staff, admin])
      expect(canViewContact(viewer, agency)).toBe(true);
  });

  it('keeps a seeker’s contact private until shared, and then only staff see it', () => {
    expect(canViewContact(seeker, privateOne)).toBe(true);
    expect(canViewContact(other, privateOne)).toBe(false);
    expect(canViewContact(staff, privateOne)).toBe(false);
    expect(canViewContact(staff, shared)).toBe(true);
    expect(canViewContact(admin, shared)).toBe(true);
    expect(canViewContact(other, shared)).toBe(false);
  });
});

describe('mailingAddressFor', () => {
  it('prefers the contact’s address, then the company office', () => {
    expect(mailingAddressFor({ mailingAddress: 'Desk 4' }, { officeAddress: '1 Main St' })).toBe(
      'Desk 4',
    );
    expect(mailingAddressFor({ mailingAddress: null }, { officeAddress: '1 Main St' })).toBe(
      '1 Main St',
    );
    expect(mailingAddressFor({ mailingAddress: null }, { officeAddress: null })).toBeNull();
    expect(mailingAddressFor({ mailingAddress: null }, null)).toBeNull();
  });
});
