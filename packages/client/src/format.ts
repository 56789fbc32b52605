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
