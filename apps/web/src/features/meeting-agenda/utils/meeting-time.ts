import type { LocationKind } from '../../../gql/graphql';

/**
 * "Tue, Apr 7 · 9:00 – 9:20 AM EDT": the meeting on the clock of the zone it
 * was agreed in, which is the time both sides promised each other.
 */
export function meetingTime(startsAt: string, endsAt: string, timeZone: string): string {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return '';
  const day = new Intl.DateTimeFormat('en', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    timeZone,
  }).format(start);
  const range = new Intl.DateTimeFormat('en', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).formatRange(start, end);
  return `${day} · ${range}`;
}

export const LOCATION_LABELS: Record<LocationKind, string> = {
  OFFICE: 'At their office',
  COFFEE: 'Over coffee',
  BREAKFAST: 'Over breakfast',
  LUNCH: 'Over lunch',
  VIDEO: 'Video call',
  PHONE: 'Phone call',
};
