import { fail, ok, type Result } from '../result.js';
import { optionalText, requiredText } from '../text.js';

export const HIRING_STATUSES = ['HIRING', 'NOT_HIRING', 'UNKNOWN'] as const;
export type HiringStatus = (typeof HIRING_STATUSES)[number];

export const COMPANY_LIMITS = {
  name: 120,
  website: 300,
  industry: 80,
  officeAddress: 300,
} as const;

export type CompanyErrorCode =
  'COMPANY.INVALID_NAME' | 'COMPANY.INVALID_WEBSITE' | 'COMPANY.INVALID_FIELD';

export interface CompanyDraft {
  name: string;
  website?: string | null;
  industry?: string | null;
  officeAddress?: string | null;
}

export interface CompanyDetails {
  name: string;
  website: string | null;
  industry: string | null;
  officeAddress: string | null;
}

/**
 * Accepts a website with or without a scheme ("acme.com" is how people type
 * it) and stores it as an absolute http(s) URL.
 */
export function normalizeWebsite(
  raw: string | null | undefined,
): Result<string | null, 'COMPANY.INVALID_WEBSITE'> {
  const trimmed = raw?.trim() ?? '';
  if (trimmed.length === 0) return ok(null);
  if (trimmed.length > COMPANY_LIMITS.website) {
    return fail(
      'COMPANY.INVALID_WEBSITE',
      `Website must be at most ${COMPANY_LIMITS.website} characters.`,
      {
        field: 'website',
      },
    );
  }
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail(
      'COMPANY.INVALID_WEBSITE',
      'Website must be a web address such as https://example.com.',
      {
        field: 'website',
      },
    );
  }
  // "mailto:a@b.com" parses as a URL whose user name is "mailto"; a company
  // website never carries credentials, so those are refused too.
  const isWebPage =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.hostname.includes('.') &&
    url.username === '' &&
    url.password === '';
  if (!isWebPage) {
    return fail(
      'COMPANY.INVALID_WEBSITE',
      'Website must be a web address such as https://example.com.',
      {
        field: 'website',
      },
    );
  }
  return ok(url.toString());
}

/** Validates and normalises what staff type into the company form. */
export function validateCompany(draft: CompanyDraft): Result<CompanyDetails, CompanyErrorCode> {
  const name = requiredText(draft.name, {
    field: 'name',
    label: 'Company name',
    max: COMPANY_LIMITS.name,
    code: 'COMPANY.INVALID_NAME',
  });
  if (!name.ok) return name;
  const website = normalizeWebsite(draft.website);
  if (!website.ok) return website;
  const industry = optionalText(draft.industry, {
    field: 'industry',
    label: 'Industry',
    max: COMPANY_LIMITS.industry,
    code: 'COMPANY.INVALID_FIELD',
  });
  if (!industry.ok) return industry;
  const officeAddress = optionalText(draft.officeAddress, {
    field: 'officeAddress',
    label: 'Office address',
    max: COMPANY_LIMITS.officeAddress,
    code: 'COMPANY.INVALID_FIELD',
  });
  if (!officeAddress.ok) return officeAddress;
  return ok({
    name: name.value,
    website: website.value,
    industry: industry.value,
    officeAddress: officeAddress.value,
  });
}

export interface HiringStatusChange {
  status: HiringStatus;
  changedAt: Date;
  /** True when the status actually moved; a no-op keeps the old timestamp. */
  changed: boolean;
  /** True when the company has just started hiring: past interviewees are to be alerted. */
  startedHiring: boolean;
}

/**
 * Setting the same status again is allowed and changes nothing, so the
 * "last changed" time keeps meaning "when it really changed".
 */
export function changeHiringStatus(
  current: { status: HiringStatus; changedAt: Date },
  next: HiringStatus,
  now: Date,
): HiringStatusChange {
  if (current.status === next) {
    return {
      status: current.status,
      changedAt: current.changedAt,
      changed: false,
      startedHiring: false,
    };
  }
  return { status: next, changedAt: now, changed: true, startedHiring: next === 'HIRING' };
}
