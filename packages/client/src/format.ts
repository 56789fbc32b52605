const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "Mar 4, 2026", from the API's ISO timestamps, in the reader's own time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}

/**
 * What a paged list's live summary says: "3 companies match, showing 2." —
 * "match" when a search or filter is on. Empty until the total is known.
 */
export function listSummary(
  total: number | null,
  shown: number,
  [one, many]: readonly [string, string],
  filtered = false,
): string {
  if (total === null) return '';
  const verb = filtered ? (total === 1 ? ' matches' : ' match') : '';
  return `${plural(total, one, many)}${verb}${shown < total ? `, showing ${shown}` : ''}.`;
}

const calendarFormat = new Intl.DateTimeFormat('en', {
  weekday: 'short',
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
});

/**
 * "Tue, Apr 7", from a calendar date the API gives as YYYY-MM-DD (a due
 * day on the seeker's own calendar). Read as a date, never as an instant,
 * so no time zone can move it to the day before.
 */
export function formatCalendarDate(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : calendarFormat.format(parsed);
}

/** The zone the reader's browser is set to, e.g. "America/Chicago". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const meetingFormats = new Map<
  string,
  { day: Intl.DateTimeFormat; time: Intl.DateTimeFormat; weekday: Intl.DateTimeFormat }
>();

function formatsFor(timeZone: string) {
  let formats = meetingFormats.get(timeZone);
  if (!formats) {
    formats = {
      day: new Intl.DateTimeFormat('en', {
        timeZone,
        weekday: 'long',
        month: 'long',
        day: 'numeric',
        year: 'numeric',
      }),
      time: new Intl.DateTimeFormat('en', {
        timeZone,
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
      weekday: new Intl.DateTimeFormat('en', { timeZone, weekday: 'short' }),
    };
    meetingFormats.set(timeZone, formats);
  }
  return formats;
}

/** A span's start and end written on the clock of `timeZone`; '' for a date it cannot read. */
function formatSpan(
  startsAt: string,
  durationMinutes: number,
  timeZone: string,
  write: (formats: ReturnType<typeof formatsFor>, start: Date, end: Date) => string,
): string {
  const start = new Date(startsAt);
  if (Number.isNaN(start.getTime())) return '';
  const end = new Date(start.getTime() + durationMinutes * 60_000);
  return write(formatsFor(timeZone), start, end);
}

/**
 * "Thursday, April 2, 2026, 10:00 AM EDT – 10:20 AM EDT": a meeting's span on
 * the clock of `timeZone` (the one it was agreed in, or the reader's).
 */
export function formatMeetingTime(
  startsAt: string,
  durationMinutes: number,
  timeZone: string,
): string {
  return formatSpan(
    startsAt,
    durationMinutes,
    timeZone,
    ({ day, time }, start, end) =>
      `${day.format(start)}, ${time.format(start)} – ${time.format(end)}`,
  );
}

/** "Thu 3:00 PM GMT+1 – 3:15 PM GMT+1": the same span, short, on another clock beside the agreed one. */
export function formatClockSpan(
  startsAt: string,
  durationMinutes: number,
  timeZone: string,
): string {
  return formatSpan(
    startsAt,
    durationMinutes,
    timeZone,
    ({ time, weekday }, start, end) =>
      `${weekday.format(start)} ${time.format(start)} – ${time.format(end)}`,
  );
}
