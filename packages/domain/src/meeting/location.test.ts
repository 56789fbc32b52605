import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  describeLocation,
  DEFAULT_LOCATION_KIND,
  formatMoney,
  LOCATION_KINDS,
  locationAdvice,
  seekerPays,
  validateLocation,
} from './location.js';

describe('locations', () => {
  it('prefers the office, which is the default', () => {
    expect(DEFAULT_LOCATION_KIND).toBe('OFFICE');
    expect(LOCATION_KINDS.filter((kind) => locationAdvice(kind).preferred)).toEqual(['OFFICE']);
  });

  it('the seeker pays for coffee, breakfast and lunch only', () => {
    expect(LOCATION_KINDS.filter(seekerPays)).toEqual(['COFFEE', 'BREAKFAST', 'LUNCH']);
  });

  it.each(['OFFICE', 'VIDEO', 'PHONE'] as const)('%s costs nothing', (kind) => {
    expect(locationAdvice(kind)).toMatchObject({ seekerPays: false, estimatedCost: null });
  });

  it.each([
    ['COFFEE', 1200, '$12.00'],
    ['BREAKFAST', 3000, '$30.00'],
    ['LUNCH', 5000, '$50.00'],
  ] as const)('%s shows an estimated cost the seeker pays', (kind, amountMinor, shown) => {
    const advice = locationAdvice(kind);
    expect(advice).toMatchObject({
      preferred: false,
      seekerPays: true,
      estimatedCost: { amountMinor, currency: 'USD' },
    });
    expect(advice.message).toContain(shown);
    expect(advice.message).toMatch(/traditional for you, the job seeker, to pay/);
  });

  it('takes costs and currency from settings', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      locationCosts: { currency: 'EUR', COFFEE: 800, BREAKFAST: 2000, LUNCH: 4000 },
    };
    expect(locationAdvice('LUNCH', settings).estimatedCost).toEqual({
      amountMinor: 4000,
      currency: 'EUR',
    });
  });

  it('formats minor units by currency', () => {
    expect(formatMoney({ amountMinor: 1250, currency: 'USD' })).toBe('$12.50');
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' })).toBe('¥1,500');
  });
});

describe('describeLocation', () => {
  it('names the place, with what the seeker wrote when there is something', () => {
    expect(describeLocation({ kind: 'COFFEE', details: 'Blue Door Café' })).toBe(
      'Over coffee: Blue Door Café',
    );
    expect(describeLocation({ kind: 'OFFICE', details: null })).toBe('Their office');
    expect(describeLocation({ kind: 'PHONE' })).toBe('Phone call');
  });
});

describe('validateLocation', () => {
  it('defaults to the office', () => {
    expect(validateLocation(null)).toEqual({ ok: true, value: { kind: 'OFFICE', details: null } });
    expect(validateLocation(undefined)).toEqual({
      ok: true,
      value: { kind: 'OFFICE', details: null },
    });
  });

  it('keeps details', () => {
    expect(validateLocation({ kind: 'VIDEO', details: ' https://meet.example/abc ' })).toEqual({
      ok: true,
      value: { kind: 'VIDEO', details: 'https://meet.example/abc' },
    });
  });

  it('refuses unknown kinds and long details', () => {
    expect(validateLocation({ kind: 'GOLF' })).toMatchObject({
      error: { code: 'MEETING.INVALID_LOCATION', field: 'location.kind' },
    });
    expect(validateLocation({ kind: 'COFFEE', details: 'x'.repeat(301) })).toMatchObject({
      error: { code: 'MEETING.INVALID_LOCATION', field: 'location.details' },
    });
  });
});
