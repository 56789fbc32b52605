import { fail, ok, type Result } from '../result.js';
import { inZone } from './time-zone.js';

export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
/** 1 = Monday … 7 = Sunday, as in ISO 8601 and luxon. */
export type IsoWeekday = (typeof ISO_WEEKDAYS)[number];

export const WEEKDAY_NAMES: { readonly [K in IsoWeekday]: string } = {
  1: 'Monday',
  2: 'Tuesday',
  3: 'Wednesday',
  4: 'Thursday',
  5: 'Friday',
  6: 'Saturday',
  7: 'Sunday',
};

/** When someone's office is open, on their own wall clock. */
export interface BusinessHours {
  days: readonly IsoWeekday[];
  /** "HH:mm", 24-hour. */
  opensAt: string;
  closesAt: string;
}

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
}

export function validateBusinessHours(
  hours: BusinessHours,
  field = 'businessHours',
): Result<BusinessHours, 'TIME.INVALID_BUSINESS_HOURS'> {
  const days = [...new Set(hours.days)].sort((a, b) => a - b);
  if (days.length === 0 || days.some((day) => !ISO_WEEKDAYS.includes(day))) {
    return fail('TIME.INVALID_BUSINESS_HOURS', 'Business hours need at least one working day.', {
      field: `${field}.days`,
    });
  }
  if (!CLOCK_TIME.test(hours.opensAt) || !CLOCK_TIME.test(hours.closesAt)) {
    return fail(
      'TIME.INVALID_BUSINESS_HOURS',
      'Opening and closing times look like 09:00 and 17:00.',
      {
        field,
      },
    );
  }
  if (minutesOfDay(hours.opensAt) >= minutesOfDay(hours.closesAt)) {
    return fail('TIME.INVALID_BUSINESS_HOURS', 'The office must open before it closes.', { field });
  }
  return ok({ days, opensAt: hours.opensAt, closesAt: hours.closesAt });
}

/**
 * True when the whole span [start, start + minutes] falls inside the opening
 * hours of one working day, read on the wall clock of `zone`. Opening and
 * closing are placed on that day with luxon, so a daylight-saving change
 * moves them with the local clock.
 */
export function isWithinBusinessHours(
  start: Date,
  minutes: number,
  zone: string,
  hours: BusinessHours,
): boolean {
  const localStart = inZone(start, zone);
  if (!hours.days.includes(localStart.weekday as IsoWeekday)) return false;
  const [openHour, openMinute] = hours.opensAt.split(':').map(Number) as [number, number];
  const [closeHour, closeMinute] = hours.closesAt.split(':').map(Number) as [number, number];
  const opens = localStart.set({ hour: openHour, minute: openMinute, second: 0, millisecond: 0 });
  const closes = localStart.set({
    hour: closeHour,
    minute: closeMinute,
    second: 0,
    millisecond: 0,
  });
  const end = localStart.plus({ minutes });
  return localStart >= opens && end <= closes;
}

/** "Monday to Friday, 09:00–17:00" — for hints next to a date picker. */
export function describeBusinessHours(hours: BusinessHours): string {
  const days = [...hours.days].sort((a, b) => a - b);
  const consecutive = days.every((day, i) => i === 0 || day === (days[i - 1] as number) + 1);
  const dayText =
    consecutive && days.length > 2
      ? `${WEEKDAY_NAMES[days[0] as IsoWeekday]} to ${WEEKDAY_NAMES[days[days.length - 1] as IsoWeekday]}`
      : days.map((day) => WEEKDAY_NAMES[day]).join(', ');
  return `${dayText}, ${hours.opensAt}–${hours.closesAt}`;
}
