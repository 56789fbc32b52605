import { describe, expect, it } from 'vitest';
import { at } from '../test-support/fixtures.js';
import {
  changeHiringStatus,
  COMPANY_LIMITS,
  normalizeWebsite,
  validateCompany,
} from './company.js';

describe('normalizeWebsite', () => {
  it.each([
    ['acme.com', 'https://acme.com/'],
    ['http://acme.com/jobs', 'http://acme.com/jobs'],
    ['  HTTPS://Acme.com ', 'https://acme.com/'],
  ])('accepts %j as %j', (raw, expected) => {
    expect(normalizeWebsite(raw)).toEqual({ ok: true, value: expected });
  });

  it('treats an empty website as none', () => {
    expect(normalizeWebsite('')).toEqual({ ok: true, value: null });
    expect(normalizeWebsite(null)).toEqual({ ok: true, value: null });
    expect(normalizeWebsite(undefined)).toEqual({ ok: true, value: null });
  });

  it.each([
    'ftp://acme.com',
    'localhost',
    'https://exa mple.com',
    'http://',
    'mailto:jobs@acme.com',
    'https://user:secret@acme.com',
  ])('refuses %j', (raw) => {
    expect(normalizeWebsite(raw)).toMatchObject({
      ok: false,
      error: { code: 'COMPANY.INVALID_WEBSITE', field: 'website' },
    });
  });

  it('refuses an overly long address', () => {
    expect(normalizeWebsite(`${'a'.repeat(COMPANY_LIMITS.website)}.com`)).toMatchObject({
      ok: false,
      error: { code: 'COMPANY.INVALID_WEBSITE' },
    });
  });
});

describe('validateCompany', () => {
  it('normalises every field', () => {
    expect(
      validateCompany({
        name: ' Acme ',
        website: 'acme.com',
        industry: ' ',
        officeAddress: ' 1 Main St ',
      }),
    ).toEqual({
      ok: true,
      value: {
        name: 'Acme',
        website: 'https://acme.com/',
        industry: null,
        officeAddress: '1 Main St',
      },
    });
  });

  it('reports the first broken field', () => {
    expect(validateCompany({ name: '' })).toMatchObject({
      error: { code: 'COMPANY.INVALID_NAME' },
    });
    expect(validateCompany({ name: 'Acme', website: 'nope' })).toMatchObject({
      error: { code: 'COMPANY.INVALID_WEBSITE' },
    });
    expect(validateCompany({ name: 'Acme', industry: 'x'.repeat(81) })).toMatchObject({
      error: { code: 'COMPANY.INVALID_FIELD', field: 'industry' },
    });
    expect(validateCompany({ name: 'Acme', officeAddress: 'x'.repeat(301) })).toMatchObject({
      error: { code: 'COMPANY.INVALID_FIELD', field: 'officeAddress' },
    });
  });
});

describe('changeHiringStatus', () => {
  const before = at('2025-01-01T00:00:00Z');
  const now = at('2025-03-03T15:00:00Z');

  it('reports a company that has started hiring', () => {
    expect(changeHiringStatus({ status: 'NOT_HIRING', changedAt: before }, 'HIRING', now)).toEqual({
      status: 'HIRING',
      changedAt: now,
      changed: true,
      startedHiring: true,
    });
    expect(
      changeHiringStatus({ status: 'UNKNOWN', changedAt: before }, 'HIRING', now).startedHiring,
    ).toBe(true);
  });

  it('keeps the old time when nothing changes', () => {
    expect(changeHiringStatus({ status: 'HIRING', changedAt: before }, 'HIRING', now)).toEqual({
      status: 'HIRING',
      changedAt: before,
      changed: false,
      startedHiring: false,
    });
  });

  it('does not alert when hiring stops', () => {
    expect(changeHiringStatus({ status: 'HIRING', changedAt: before }, 'NOT_HIRING', now)).toEqual({
      status: 'NOT_HIRING',
      changedAt: now,
      changed: true,
      startedHiring: false,
    });
  });
});
