import type { LocationKind, MeetingStatus } from '@rapport/domain';

// How both clients word a meeting's place and status, in one place.

export const LOCATION_LABELS: Record<LocationKind, string> = {
  OFFICE: 'At their office',
  COFFEE: 'Over coffee',
  BREAKFAST: 'Over breakfast',
  LUNCH: 'Over lunch',
  VIDEO: 'Video call',
  PHONE: 'Phone call',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Took place',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'They did not come',
};

/**
 * "Tue, Apr 7 · 9:00 – 9:20 AM EDT": a meeting on the clock of the zone it
 * was agreed in, the time both sides promised each other.
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
