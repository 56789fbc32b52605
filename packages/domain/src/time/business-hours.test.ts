import { describe, expect, it } from 'vitest';
import { at } from '../test-support/fixtures.js';
import {
  type BusinessHours,
  describeBusinessHours,
  isWithinBusinessHours,
  validateBusinessHours,
} from './business-hours.js';

const nineToFive: BusinessHours = { days: [1, 2, 3, 4, 5], opensAt: '09:00', closesAt: '17:00' };

describe('validateBusinessHours', () => {
  it('sorts and de-duplicates days', () => {
    expect(validateBusinessHours({ days: [5, 1, 1], opensAt: '08:30', closesAt: '12:00' })).toEqual(
      {
        ok: true,
        value: { days: [1, 5], opensAt: '08:30', closesAt: '12:00' },
      },
    );
  });

  it.each([
    [{ ...nineToFive, days: [] }, 'businessHours.days'],
    [{ ...nineToFive, days: [0] }, 'businessHours.days'],
    [{ ...nineToFive, opensAt: '9:00' }, 'businessHours'],
    [{ ...nineToFive, closesAt: '24:00' }, 'businessHours'],
    [{ ...nineToFive, opensAt: '17:00' }, 'businessHours'],
    [{ ...nineToFive, opensAt: '18:00' }, 'businessHours'],
  ])('refuses %j', (hours, field) => {
    expect(validateBusinessHours(hours as BusinessHours)).toMatchObject({
      ok: false,
      error: { code: 'TIME.INVALID_BUSINESS_HOURS', field },
    });
  });
});

describe('isWithinBusinessHours', () => {
  const ny = 'America/New_York';

  it.each([
    ['2025-03-10T13:00:00Z', 20, true], // Mon 09:00–09:20 EDT
    ['2025-03-10T12:59:00Z', 20, false], // starts 08:59
    ['2025-03-10T20:40:00Z', 20, true], // 16:40–17:00: ends exactly at closing
    ['2025-03-10T20:41:00Z', 20, false], // runs past closing
    ['2025-03-08T15:00:00Z', 20, false], // Saturday
    ['2025-03-07T14:00:00Z', 20, true], // Fri 09:00 EST, before the change
    ['2025-03-07T13:00:00Z', 20, false], // Fri 08:00 EST
  ])('%s for %i minutes in New York: %s', (start, minutes, expected) => {
    expect(isWithinBusinessHours(at(start), minutes, ny, nineToFive)).toBe(expected);
  });

  it('judges the same instant by the contact’s clock, not the seeker’s', () => {
    const tenInLondon = at('2025-03-10T10:00:00Z'); // 06:00 in New York
    expect(isWithinBusinessHours(tenInLondon, 20, 'Europe/London', nineToFive)).toBe(true);
    expect(isWithinBusinessHours(tenInLondon, 20, ny, nineToFive)).toBe(false);
  });
});

describe('describeBusinessHours', () => {
  it('reads naturally', () => {
    expect(describeBusinessHours(nineToFive)).toBe('Monday to Friday, 09:00–17:00');
    expect(describeBusinessHours({ days: [1, 3], opensAt: '10:00', closesAt: '12:00' })).toBe(
      'Monday, Wednesday, 10:00–12:00',
    );
    expect(describeBusinessHours({ days: [6, 7], opensAt: '10:00', closesAt: '12:00' })).toBe(
      'Saturday, Sunday, 10:00–12:00',
    );
  });
});
