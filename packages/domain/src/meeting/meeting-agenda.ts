import { compareText } from '../text.js';
import { localDateOf } from '../time/time-zone.js';
import type { MeetingStatus } from './meeting-rules.js';

/** What the dashboard needs to know of a meeting to place it. */
export interface AgendaMeeting {
  id: string;
  status: MeetingStatus;
  startsAt: Date;
  /** The zone the time was agreed in: "today" is read on its wall clock. */
  timeZone: string;
}

export const AGENDA_LIMITS = {
  /** Upcoming meetings the dashboard lists after today's. */
  upcoming: 5,
} as const;

/**
 * The span that holds every meeting that can be "today" in its own zone:
 * a local day lasts at most 25 hours (the day clocks go back), so anything
 * further than that from now is on another date wherever it was agreed.
 */
export function agendaTodayWindow(now: Date): { from: Date; to: Date } {
  const margin = 25 * 60 * 60_000;
  return { from: new Date(now.getTime() - margin), to: new Date(now.getTime() + margin) };
}

const byStart = (a: AgendaMeeting, b: AgendaMeeting) =>
  a.startsAt.getTime() - b.startsAt.getTime() || compareText(a.id, b.id);

/** True when the meeting falls on today's date in the zone it was agreed in. */
export function isMeetingToday(meeting: AgendaMeeting, now: Date): boolean {
  return localDateOf(meeting.startsAt, meeting.timeZone) === localDateOf(now, meeting.timeZone);
}

/**
 * The seeker's agenda: today's meetings (earlier ones too, whatever came of
 * them, except cancelled) and the next scheduled ones after today, soonest
 * first. Each is judged on the clock of the zone it was agreed in.
 */
export function meetingAgenda<M extends AgendaMeeting>(
  meetings: readonly M[],
  now: Date,
  upcomingLimit: number = AGENDA_LIMITS.upcoming,
): { today: M[]; upcoming: M[] } {
  const today: M[] = [];
  const upcoming: M[] = [];
  for (const meeting of meetings) {
    if (meeting.status === 'CANCELLED') continue;
    if (isMeetingToday(meeting, now)) today.push(meeting);
    else if (meeting.status === 'SCHEDULED' && meeting.startsAt > now) upcoming.push(meeting);
  }
  return {
    today: today.sort(byStart),
    upcoming: upcoming.sort(byStart).slice(0, Math.max(0, upcomingLimit)),
  };
}
