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
