import type { LocationKind } from '../../../gql/graphql';

/** Where the meeting happens, to finish a sentence ("20 minutes at their office"). */
export const LOCATION_PHRASES: Record<LocationKind, string> = {
  OFFICE: 'at their office',
  COFFEE: 'over coffee',
  BREAKFAST: 'over breakfast',
  LUNCH: 'over lunch',
  VIDEO: 'on a video call',
  PHONE: 'by phone',
};

/** "Tuesday, April 7 at 2:00 PM CDT", in the zone the time was agreed in. */
export function meetingTime(startsAt: string, timeZone: string): string {
  const date = new Date(startsAt);
  if (Number.isNaN(date.getTime())) return '';
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat('en', { timeZone, ...options }).format(date);
  return `${format({ weekday: 'long', month: 'long', day: 'numeric' })} at ${format({
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  })}`;
}
