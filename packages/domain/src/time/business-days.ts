import { DateTime } from 'luxon';
import type { IsoWeekday } from './business-hours.js';

export interface BusinessCalendar {
  /** Days that are not business days, 1 = Monday … 7 = Sunday. */
  weekendDays: readonly IsoWeekday[];
  /** Extra days off as calendar dates ("2025-12-25"). */
  holidays?: readonly string[];
}

export function isBusinessDay(date: string, calendar: BusinessCalendar): boolean {
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  return (
    !calendar.weekendDays.includes(day.weekday as IsoWeekday) &&
    !(calendar.holidays ?? []).includes(date)
  );
}

/**
 * Counts `days` business days forward from a calendar date, skipping weekends
 * and holidays. Works on dates, not instants, so daylight saving cannot shift it.
 */
export function addBusinessDays(date: string, days: number, calendar: BusinessCalendar): string {
  if (new Set(calendar.weekendDays).size >= 7) {
    throw new RangeError('A calendar needs at least one business day in the week.');
  }
  let current = DateTime.fromISO(date, { zone: 'UTC' });
  let remaining = days;
  while (remaining > 0) {
    current = current.plus({ days: 1 });
    if (isBusinessDay(current.toISODate() as string, calendar)) remaining -= 1;
  }
  return current.toISODate() as string;
}
