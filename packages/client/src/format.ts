const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** "Mar 4, 2026", from the API's ISO timestamps, in the reader's own time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date);
}

export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
