import { fail, ok, type Result } from './result.js';
import {
  type BusinessHours,
  ISO_WEEKDAYS,
  type IsoWeekday,
  validateBusinessHours,
} from './time/business-hours.js';
import { checkLocalDate } from './time/time-zone.js';

/**
 * Everything the agency may tune. Rules never read a global: the API loads
 * the agency's settings and passes them in; clients use DEFAULT_SETTINGS (or
 * what the API sends) for instant hints.
 */
export interface AgencySettings {
  /** How often all seekers together may ask one contact: protects the agency's relationships. */
  askThrottle: { maxAsks: number; windowDays: number };
  /** After this many days without an answer the seeker is nudged to move on. */
  noResponseAfterDays: number;
  meeting: {
    minMinutes: number;
    maxMinutes: number;
    defaultMinutes: number;
    /** The meeting clock warns this many minutes before the agreed end. */
    warningMinutes: number;
  };
  /**
   * Estimated bill for two at the places where the seeker pays, in minor
   * units of `currency` (cents for USD) so sums stay exact.
   */
  locationCosts: { currency: string; COFFEE: number; BREAKFAST: number; LUNCH: number };
  preparation: { minutesPerQuestion: number };
  scheduling: {
    minSlots: number;
    maxSlots: number;
    /** Used when a contact has no business hours of their own, in the contact's zone. */
    businessHours: BusinessHours;
  };
  thankYou: {
    businessDays: number;
    weekendDays: readonly IsoWeekday[];
    holidays: readonly string[];
  };
  /** How many next contacts to suggest at once. */
  suggestionLimit: number;
}

/**
 * The product's promise to a busy contact: 15 to 20 minutes. Staff may
 * narrow the range, never widen it, so no setting can make the seeker break it.
 */
export const PROMISED_MEETING_MINUTES = { min: 15, max: 20 } as const;

export const DEFAULT_SETTINGS: AgencySettings = {
  askThrottle: { maxAsks: 2, windowDays: 30 },
  noResponseAfterDays: 14,
  meeting: { minMinutes: 15, maxMinutes: 20, defaultMinutes: 20, warningMinutes: 3 },
  locationCosts: { currency: 'USD', COFFEE: 1200, BREAKFAST: 3000, LUNCH: 5000 },
  preparation: { minutesPerQuestion: 2.5 },
  scheduling: {
    minSlots: 1,
    maxSlots: 5,
    businessHours: { days: [1, 2, 3, 4, 5], opensAt: '09:00', closesAt: '17:00' },
  },
  thankYou: { businessDays: 2, weekendDays: [6, 7], holidays: [] },
  suggestionLimit: 5,
};

/** What staff send when they change settings: any group, any field of it. */
export type SettingsOverrides = {
  [K in keyof AgencySettings]?: AgencySettings[K] extends object
    ? Partial<AgencySettings[K]>
    : AgencySettings[K];
};

export type SettingsErrorCode = 'SETTINGS.INVALID';

type Check = { field: string; valid: boolean; message: string };

function wholeNumber(field: string, value: number, min: number, max: number, label: string): Check {
  return {
    field,
    valid: Number.isInteger(value) && value >= min && value <= max,
    message: `${label} must be a whole number from ${min} to ${max}.`,
  };
}

function merge(base: AgencySettings, overrides: SettingsOverrides): AgencySettings {
  return {
    askThrottle: { ...base.askThrottle, ...overrides.askThrottle },
    noResponseAfterDays: overrides.noResponseAfterDays ?? base.noResponseAfterDays,
    meeting: { ...base.meeting, ...overrides.meeting },
    locationCosts: { ...base.locationCosts, ...overrides.locationCosts },
    preparation: { ...base.preparation, ...overrides.preparation },
    scheduling: { ...base.scheduling, ...overrides.scheduling },
    thankYou: { ...base.thankYou, ...overrides.thankYou },
    suggestionLimit: overrides.suggestionLimit ?? base.suggestionLimit,
  };
}

/**
 * Applies staff changes on top of `base` (the defaults unless given) and
 * refuses values that would make a rule meaningless, e.g. a meeting whose
 * default length is outside its own limits.
 */
export function resolveSettings(
  overrides: SettingsOverrides = {},
  base: AgencySettings = DEFAULT_SETTINGS,
): Result<AgencySettings, SettingsErrorCode> {
  const s = merge(base, overrides);
  const { meeting, scheduling, thankYou } = s;
  const checks: Check[] = [
    wholeNumber('askThrottle.maxAsks', s.askThrottle.maxAsks, 1, 100, 'Asks per contact'),
    wholeNumber(
      'askThrottle.windowDays',
      s.askThrottle.windowDays,
      1,
      365,
      'The throttle window in days',
    ),
    wholeNumber('noResponseAfterDays', s.noResponseAfterDays, 1, 90, 'Days before no response'),
    wholeNumber(
      'meeting.minMinutes',
      meeting.minMinutes,
      PROMISED_MEETING_MINUTES.min,
      PROMISED_MEETING_MINUTES.max,
      'The shortest meeting in minutes',
    ),
    wholeNumber(
      'meeting.maxMinutes',
      meeting.maxMinutes,
      Math.max(meeting.minMinutes, PROMISED_MEETING_MINUTES.min),
      PROMISED_MEETING_MINUTES.max,
      'The longest meeting in minutes',
    ),
    wholeNumber(
      'meeting.defaultMinutes',
      meeting.defaultMinutes,
      meeting.minMinutes,
      meeting.maxMinutes,
      'The default meeting length in minutes',
    ),
    {
      field: 'meeting.warningMinutes',
      valid: meeting.warningMinutes >= 0 && meeting.warningMinutes < meeting.minMinutes,
      message: 'The end-of-meeting warning must come before the shortest meeting is over.',
    },
    {
      field: 'locationCosts.currency',
      valid: /^[A-Z]{3}$/.test(s.locationCosts.currency),
      message: 'Currency is a three-letter code such as USD.',
    },
    wholeNumber(
      'locationCosts.COFFEE',
      s.locationCosts.COFFEE,
      0,
      1_000_000,
      'The coffee estimate',
    ),
    wholeNumber(
      'locationCosts.BREAKFAST',
      s.locationCosts.BREAKFAST,
      0,
      1_000_000,
      'The breakfast estimate',
    ),
    wholeNumber('locationCosts.LUNCH', s.locationCosts.LUNCH, 0, 1_000_000, 'The lunch estimate'),
    {
      field: 'preparation.minutesPerQuestion',
      valid: s.preparation.minutesPerQuestion > 0 && s.preparation.minutesPerQuestion <= 60,
      message: 'Minutes per question must be more than 0 and at most 60.',
    },
    wholeNumber('scheduling.minSlots', scheduling.minSlots, 1, 20, 'The fewest proposed slots'),
    wholeNumber(
      'scheduling.maxSlots',
      scheduling.maxSlots,
      scheduling.minSlots,
      20,
      'The most proposed slots',
    ),
    {
      field: 'scheduling.businessHours',
      valid: validateBusinessHours(scheduling.businessHours).ok,
      message:
        'Default business hours need a working day and an opening time before the closing time.',
    },
    wholeNumber(
      'thankYou.businessDays',
      thankYou.businessDays,
      0,
      30,
      'Business days before the card is due',
    ),
    {
      field: 'thankYou.weekendDays',
      valid:
        thankYou.weekendDays.every((day) => ISO_WEEKDAYS.includes(day)) &&
        new Set(thankYou.weekendDays).size < 7,
      message:
        'Weekend days are weekdays 1 (Monday) to 7 (Sunday), and at least one day must be a working day.',
    },
    {
      field: 'thankYou.holidays',
      valid: thankYou.holidays.every((day) => checkLocalDate(day).ok),
      message: 'Holidays are dates such as 2025-12-25.',
    },
    wholeNumber('suggestionLimit', s.suggestionLimit, 1, 50, 'The number of suggestions'),
  ];
  const broken = checks.find((check) => !check.valid);
  if (broken) return fail('SETTINGS.INVALID', broken.message, { field: broken.field });
  return ok(s);
}

/** Staff change the agency-wide cap on asks of one contact. */
export function changeAskThrottle(
  settings: AgencySettings,
  throttle: { maxAsks: number; windowDays: number },
): Result<AgencySettings, SettingsErrorCode> {
  return resolveSettings({ askThrottle: throttle }, settings);
}
