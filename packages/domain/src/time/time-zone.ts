import { DateTime, IANAZone } from 'luxon';
import { fail, ok, type Result } from '../result.js';

export type TimeErrorCode =
  | 'TIME.INVALID_TIME_ZONE'
  | 'TIME.INVALID_LOCAL_TIME'
  | 'TIME.NONEXISTENT_LOCAL_TIME'
  | 'TIME.INVALID_DATE'
  | 'TIME.INVALID_BUSINESS_HOURS';

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Accepts any IANA zone name the runtime knows and returns it with its
 * canonical capitals ("america/new_york" → "America/New_York"), so stored
 * zones compare equal and read well in invitations.
 */
export function checkTimeZone(
  zone: string,
  field = 'timeZone',
): Result<string, 'TIME.INVALID_TIME_ZONE'> {
  const name = zone.trim();
  if (!IANAZone.isValidZone(name)) {
    return fail(
      'TIME.INVALID_TIME_ZONE',
      `"${zone}" is not a time zone we recognise. Pick one such as America/New_York or Europe/London.`,
      { field, details: { timeZone: zone } },
    );
  }
  // ICU also maps modern names to legacy ones (Asia/Kolkata → Asia/Calcutta);
  // only its spelling of the same name is taken.
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  return ok(resolved.toLowerCase() === name.toLowerCase() ? resolved : name);
}

/** The instant seen on a wall clock in `zone`. The zone must already be checked. */
export function inZone(instant: Date, zone: string): DateTime {
  return DateTime.fromJSDate(instant, { zone });
}

/**
 * Turns what a person typed into a date-time picker ("2025-03-10T09:00") in a
 * given zone into an instant. Times skipped by a daylight-saving jump do not
 * exist on that wall clock, so they are refused instead of silently moved.
 */
export function localDateTimeToInstant(
  local: string,
  zone: string,
  field = 'startsAt',
): Result<Date, TimeErrorCode> {
  const zoneCheck = checkTimeZone(zone);
  if (!zoneCheck.ok) return zoneCheck;
  if (!LOCAL_DATE_TIME.test(local)) {
    return fail('TIME.INVALID_LOCAL_TIME', 'Enter a date and time such as 2025-03-10T09:00.', {
      field,
    });
  }
  const parsed = DateTime.fromISO(local, { zone: zoneCheck.value });
  if (!parsed.isValid) {
    return fail('TIME.INVALID_LOCAL_TIME', `${local} is not a real date and time.`, { field });
  }
  const wanted = local.length === 16 ? `${local}:00` : local;
  if (parsed.toFormat("yyyy-MM-dd'T'HH:mm:ss") !== wanted) {
    return fail(
      'TIME.NONEXISTENT_LOCAL_TIME',
      `${local.replace('T', ' ')} does not exist in ${zoneCheck.value}: the clocks skip that hour for daylight saving. Pick another time.`,
      { field, details: { local, timeZone: zoneCheck.value } },
    );
  }
  return ok(parsed.toJSDate());
}

/**
 * What a person picked in a date field and a time field ("2025-03-10",
 * "09:00") in `zone`, as an instant; each problem names the field it is
 * about, so a form can show it there.
 */
export function localDateAndTimeToInstant(
  date: string,
  time: string,
  zone: string,
  fields: { date: string; time: string; zone?: string } = { date: 'date', time: 'time' },
): Result<Date, TimeErrorCode> {
  if (!LOCAL_DATE.test(date)) {
    return fail('TIME.INVALID_DATE', date === '' ? 'Choose the date.' : `${date} is not a date.`, {
      field: fields.date,
    });
  }
  if (!/^\d{2}:\d{2}(:\d{2})?$/.test(time)) {
    return fail(
      'TIME.INVALID_LOCAL_TIME',
      time === '' ? 'Choose the time.' : `${time} is not a time of day.`,
      {
        field: fields.time,
      },
    );
  }
  const zoneCheck = checkTimeZone(zone, fields.zone);
  if (!zoneCheck.ok) return zoneCheck;
  return localDateTimeToInstant(`${date}T${time}`, zoneCheck.value, fields.time);
}

/** The calendar date ("2025-03-10") of an instant on the wall clock of `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return inZone(instant, zone).toISODate() as string;
}

/** The last millisecond of the local day that contains `instant` in `zone`. */
export function endOfLocalDay(instant: Date, zone: string): Date {
  return inZone(instant, zone).endOf('day').toJSDate();
}

/** The last millisecond of a calendar date in `zone`. */
export function endOfLocalDate(date: string, zone: string): Date {
  return DateTime.fromISO(date, { zone }).endOf('day').toJSDate();
}

export function checkLocalDate(date: string, field = 'date'): Result<string, 'TIME.INVALID_DATE'> {
  if (!LOCAL_DATE.test(date) || !DateTime.fromISO(date, { zone: 'UTC' }).isValid) {
    return fail('TIME.INVALID_DATE', `${date} is not a date in the form 2025-03-10.`, { field });
  }
  return ok(date);
}

/** A time span as both sides see it, so each party reads it on their own clock. */
export interface LocalTimeRange {
  timeZone: string;
  date: string;
  startTime: string;
  endTime: string;
  /** UTC offset at the start, e.g. "-04:00"; it differs across a daylight-saving change. */
  utcOffset: string;
  /** True when the span ends on a later local date than it starts. */
  crossesMidnight: boolean;
}

export function localTimeRange(startsAt: Date, minutes: number, zone: string): LocalTimeRange {
  const start = inZone(startsAt, zone);
  const end = start.plus({ minutes });
  return {
    timeZone: zone,
    date: start.toISODate() as string,
    startTime: start.toFormat('HH:mm'),
    endTime: end.toFormat('HH:mm'),
    utcOffset: start.toFormat('ZZ'),
    crossesMidnight: end.toISODate() !== start.toISODate(),
  };
}
