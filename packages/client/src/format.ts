const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "Mar 4, 2026", from the API's ISO timestamps, in the reader's own time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
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
