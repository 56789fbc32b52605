import { describe, expect, it } from 'vitest';
import {
  changeAskThrottle,
  DEFAULT_SETTINGS,
  PROMISED_MEETING_MINUTES,
  resolveSettings,
} from './settings.js';

describe('DEFAULT_SETTINGS', () => {
  it('holds the agency defaults from the product rules', () => {
    expect(DEFAULT_SETTINGS.askThrottle).toEqual({ maxAsks: 2, windowDays: 30 });
    expect(DEFAULT_SETTINGS.meeting).toEqual({
      minMinutes: 15,
      maxMinutes: 20,
      defaultMinutes: 20,
      warningMinutes: 3,
    });
    expect(DEFAULT_SETTINGS.preparation.minutesPerQuestion).toBe(2.5);
    expect(DEFAULT_SETTINGS.thankYou.businessDays).toBe(2);
    expect(DEFAULT_SETTINGS.scheduling.minSlots).toBe(1);
    expect(DEFAULT_SETTINGS.scheduling.maxSlots).toBe(5);
  });

  it('is itself valid', () => {
    expect(resolveSettings()).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });
});

describe('resolveSettings', () => {
  it('merges a change into one group and keeps the rest', () => {
    const resolved = resolveSettings({ meeting: { warningMinutes: 5 }, suggestionLimit: 3 });
    expect(resolved).toMatchObject({
      ok: true,
      value: { meeting: { ...DEFAULT_SETTINGS.meeting, warningMinutes: 5 }, suggestionLimit: 3 },
    });
  });

  it('lets staff narrow the meeting length inside 15 to 20 minutes, never widen it', () => {
    expect(
      resolveSettings({ meeting: { minMinutes: 16, maxMinutes: 18, defaultMinutes: 17 } }),
    ).toMatchObject({ ok: true, value: { meeting: { minMinutes: 16, maxMinutes: 18 } } });
    expect(PROMISED_MEETING_MINUTES).toEqual({ min: 15, max: 20 });
    expect(resolveSettings({ meeting: { maxMinutes: 30 } })).toMatchObject({
      error: { message: 'The longest meeting in minutes must be a whole number from 15 to 20.' },
    });
  });

  it('merges on top of a given base', () => {
    const base = { ...DEFAULT_SETTINGS, noResponseAfterDays: 7 };
    expect(resolveSettings({ thankYou: { businessDays: 3 } }, base)).toMatchObject({
      ok: true,
      value: { noResponseAfterDays: 7, thankYou: { businessDays: 3, weekendDays: [6, 7] } },
    });
  });

  it.each([
    [{ askThrottle: { maxAsks: 0 } }, 'askThrottle.maxAsks'],
    [{ askThrottle: { maxAsks: 1.5 } }, 'askThrottle.maxAsks'],
    [{ askThrottle: { windowDays: 0 } }, 'askThrottle.windowDays'],
    [{ askThrottle: { windowDays: 366 } }, 'askThrottle.windowDays'],
    [{ noResponseAfterDays: 0 }, 'noResponseAfterDays'],
    [{ meeting: { minMinutes: 0 } }, 'meeting.minMinutes'],
    [{ meeting: { minMinutes: 14 } }, 'meeting.minMinutes'],
    [{ meeting: { minMinutes: 21, maxMinutes: 25, defaultMinutes: 22 } }, 'meeting.minMinutes'],
    [{ meeting: { maxMinutes: 14 } }, 'meeting.maxMinutes'],
    [{ meeting: { maxMinutes: 21 } }, 'meeting.maxMinutes'],
    [{ meeting: { maxMinutes: 60, defaultMinutes: 45 } }, 'meeting.maxMinutes'],
    [{ meeting: { minMinutes: 18, maxMinutes: 16 } }, 'meeting.maxMinutes'],
    [{ meeting: { defaultMinutes: 21 } }, 'meeting.defaultMinutes'],
    [{ meeting: { defaultMinutes: 14 } }, 'meeting.defaultMinutes'],
    [{ meeting: { warningMinutes: 15 } }, 'meeting.warningMinutes'],
    [{ meeting: { warningMinutes: -1 } }, 'meeting.warningMinutes'],
    [{ locationCosts: { currency: 'usd' } }, 'locationCosts.currency'],
    [{ locationCosts: { COFFEE: -1 } }, 'locationCosts.COFFEE'],
    [{ locationCosts: { BREAKFAST: 1.5 } }, 'locationCosts.BREAKFAST'],
    [{ locationCosts: { LUNCH: 2_000_000 } }, 'locationCosts.LUNCH'],
    [{ preparation: { minutesPerQuestion: 0 } }, 'preparation.minutesPerQuestion'],
    [{ preparation: { minutesPerQuestion: 61 } }, 'preparation.minutesPerQuestion'],
    [{ scheduling: { minSlots: 0 } }, 'scheduling.minSlots'],
    [{ scheduling: { maxSlots: 21 } }, 'scheduling.maxSlots'],
    [{ scheduling: { minSlots: 3, maxSlots: 2 } }, 'scheduling.maxSlots'],
    [
      { scheduling: { businessHours: { days: [1], opensAt: '17:00', closesAt: '09:00' } } },
      'scheduling.businessHours',
    ],
    [{ thankYou: { businessDays: -1 } }, 'thankYou.businessDays'],
    [{ thankYou: { businessDays: 31 } }, 'thankYou.businessDays'],
    [{ thankYou: { weekendDays: [1, 2, 3, 4, 5, 6, 7] } }, 'thankYou.weekendDays'],
    [{ thankYou: { weekendDays: [8] } }, 'thankYou.weekendDays'],
    [{ thankYou: { holidays: ['2025-02-30'] } }, 'thankYou.holidays'],
    [{ suggestionLimit: 0 }, 'suggestionLimit'],
  ] as const)('refuses %j', (overrides, field) => {
    const result = resolveSettings(overrides as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'SETTINGS.INVALID', field } });
    expect(result.ok ? '' : result.error.message).toMatch(/\.$/);
  });
});

describe('changeAskThrottle', () => {
  it('lets staff change the cap', () => {
    expect(changeAskThrottle(DEFAULT_SETTINGS, { maxAsks: 3, windowDays: 14 })).toMatchObject({
      ok: true,
      value: { askThrottle: { maxAsks: 3, windowDays: 14 } },
    });
  });

  it('refuses a cap that would forbid every ask', () => {
    expect(changeAskThrottle(DEFAULT_SETTINGS, { maxAsks: 0, windowDays: 30 })).toMatchObject({
      ok: false,
      error: { code: 'SETTINGS.INVALID', field: 'askThrottle.maxAsks' },
    });
  });
});
