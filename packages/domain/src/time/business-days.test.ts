import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay } from './business-days.js';

const weekend = { weekendDays: [6, 7] as const };

describe('addBusinessDays', () => {
  it.each([
    ['2025-03-07', 2, '2025-03-11'], // Friday → Tuesday
    ['2025-03-06', 2, '2025-03-10'], // Thursday → Monday
    ['2025-03-03', 2, '2025-03-05'], // Monday → Wednesday
    ['2025-03-08', 2, '2025-03-11'], // Saturday → Tuesday
    ['2025-03-09', 2, '2025-03-11'], // Sunday → Tuesday
    ['2025-03-07', 0, '2025-03-07'],
    ['2025-12-31', 1, '2026-01-01'],
  ])('%s plus %i business days is %s', (date, days, expected) => {
    expect(addBusinessDays(date, days, weekend)).toBe(expected);
  });

  it('skips holidays', () => {
    expect(
      addBusinessDays('2025-12-24', 2, { ...weekend, holidays: ['2025-12-25', '2025-12-26'] }),
    ).toBe('2025-12-30');
  });

  it('honours another weekend (Friday and Saturday)', () => {
    expect(addBusinessDays('2025-03-06', 1, { weekendDays: [5, 6] })).toBe('2025-03-09');
  });

  it('refuses a week with no business day instead of looping forever', () => {
    expect(() => addBusinessDays('2025-03-06', 1, { weekendDays: [1, 2, 3, 4, 5, 6, 7] })).toThrow(
      RangeError,
    );
  });

  it('knows business days', () => {
    expect(isBusinessDay('2025-03-07', weekend)).toBe(true);
    expect(isBusinessDay('2025-03-08', weekend)).toBe(false);
    expect(isBusinessDay('2025-03-07', { ...weekend, holidays: ['2025-03-07'] })).toBe(false);
  });
});
