import { isStaff, normalizeEmail, type Role } from '../account/account.js';
import { fail, ok, type Result } from '../result.js';
import { optionalText, requiredText } from '../text.js';

export const CONTACT_SOURCES = ['AGENCY', 'SEEKER', 'REFERRAL'] as const;
export type ContactSource = (typeof CONTACT_SOURCES)[number];

export const CONTACT_LIMITS = {
  name: 120,
  title: 120,
  phone: 40,
  mailingAddress: 300,
  notes: 5000,
  tag: 40,
  tags: 20,
} as const;

export type ContactErrorCode =
  | 'CONTACT.INVALID_NAME'
  | 'CONTACT.INVALID_EMAIL'
  | 'CONTACT.INVALID_PHONE'
  | 'CONTACT.INVALID_FIELD';

export interface ContactDraft {
  name: string;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  mailingAddress?: string | null;
  notes?: string | null;
  tags?: readonly string[];
}

export interface ContactDetails {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  mailingAddress: string | null;
  notes: string | null;
  tags: string[];
}

/**
 * Phone numbers are written in too many national styles to parse here; we
 * only insist on something a person could dial: digits with the usual
 * separators and an optional extension.
 */
export function normalizePhone(
  raw: string | null | undefined,
): Result<string | null, 'CONTACT.INVALID_PHONE'> {
  const phone = raw?.trim().replace(/\s+/g, ' ') ?? '';
  if (phone.length === 0) return ok(null);
  const digits = phone.replace(/\D/g, '').length;
  const shape = /^\+?[\d\s().-]+((ext\.?|x)\s*\d+)?$/i;
  if (phone.length > CONTACT_LIMITS.phone || !shape.test(phone) || digits < 7 || digits > 20) {
    return fail('CONTACT.INVALID_PHONE', 'Enter a phone number such as +1 555 010 2030.', {
      field: 'phone',
    });
  }
  return ok(phone);
}

/** Tags are matched case-insensitively, so the first spelling of each one wins. */
export function normalizeTags(
  tags: readonly string[] = [],
): Result<string[], 'CONTACT.INVALID_FIELD'> {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim();
    if (tag.length === 0 || seen.has(tag.toLowerCase())) continue;
    if (tag.length > CONTACT_LIMITS.tag) {
      return fail(
        'CONTACT.INVALID_FIELD',
        `A tag must be at most ${CONTACT_LIMITS.tag} characters.`,
        {
          field: 'tags',
        },
      );
    }
    seen.add(tag.toLowerCase());
    result.push(tag);
  }
  if (result.length > CONTACT_LIMITS.tags) {
    return fail(
      'CONTACT.INVALID_FIELD',
      `A contact can have at most ${CONTACT_LIMITS.tags} tags.`,
      {
        field: 'tags',
      },
    );
  }
  return ok(result);
}

export function validateContact(draft: ContactDraft): Result<ContactDetails, ContactErrorCode> {
  const name = requiredText(draft.name, {
    field: 'name',
    label: 'Name',
    max: CONTACT_LIMITS.name,
    code: 'CONTACT.INVALID_NAME',
  });
  if (!name.ok) return name;
  const title = optionalText(draft.title, {
    field: 'title',
    label: 'Title',
    max: CONTACT_LIMITS.title,
    code: 'CONTACT.INVALID_FIELD',
  });
  if (!title.ok) return title;
  let email: string | null = null;
  if (draft.email && draft.email.trim().length > 0) {
    const checked = normalizeEmail(draft.email);
    if (!checked.ok) {
      return fail('CONTACT.INVALID_EMAIL', checked.error.message, { field: 'email' });
    }
    email = checked.value;
  }
  const phone = normalizePhone(draft.phone);
  if (!phone.ok) return phone;
  const mailingAddress = optionalText(draft.mailingAddress, {
    field: 'mailingAddress',
    label: 'Mailing address',
    max: CONTACT_LIMITS.mailingAddress,
    code: 'CONTACT.INVALID_FIELD',
  });
  if (!mailingAddress.ok) return mailingAddress;
  const notes = optionalText(draft.notes, {
    field: 'notes',
    label: 'Notes',
    max: CONTACT_LIMITS.notes,
    code: 'CONTACT.INVALID_FIELD',
  });
  if (!notes.ok) return notes;
  const tags = normalizeTags(draft.tags);
  if (!tags.ok) return tags;
  return ok({
    name: name.value,
    title: title.value,
    email,
    phone: phone.value,
    mailingAddress: mailingAddress.value,
    notes: notes.value,
    tags: tags.value,
  });
}

/** Who owns a contact decides who sees it. */
export interface ContactOwnership {
  /** The seeker who added it; null for the agency's own contacts. */
  ownerSeekerId: string | null;
  /** A seeker's contact becomes visible to staff once shared with the agency. */
  sharedWithAgency: boolean;
}

/**
 * Agency contacts are visible to everyone signed in; a seeker's own contacts
 * stay private to that seeker until shared, and even then only staff see
 * them, not other seekers.
 */
export function canViewContact(
  viewer: { id: string; role: Role },
  contact: ContactOwnership,
): boolean {
  if (contact.ownerSeekerId === null) return true;
  if (contact.ownerSeekerId === viewer.id) return true;
  return isStaff(viewer.role) && contact.sharedWithAgency;
}

/** The thank-you card goes to the contact's own address, else the company's office. */
export function mailingAddressFor(
  contact: { mailingAddress: string | null },
  company: { officeAddress: string | null } | null,
): string | null {
  return contact.mailingAddress ?? company?.officeAddress ?? null;
}
