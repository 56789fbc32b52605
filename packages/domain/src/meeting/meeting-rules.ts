import type { InterviewRequest } from '../request/request-status.js';
import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { optionalText } from '../text.js';
import { checkTimeZone } from '../time/time-zone.js';
import { checkTransition, type TransitionTable, type TransitionWording } from '../transition.js';
import { type MeetingLocation, validateLocation } from './location.js';

export const MEETING_STATUSES = ['SCHEDULED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Moving the time is a reschedule (kept in history), not a change of status. */
export const MEETING_TRANSITIONS: TransitionTable<MeetingStatus> = {
  SCHEDULED: ['COMPLETED', 'CANCELLED', 'NO_SHOW'],
  COMPLETED: [],
  CANCELLED: [],
  NO_SHOW: [],
};

const WORDING: TransitionWording<MeetingStatus> = {
  noun: 'meeting',
  state: {
    SCHEDULED: 'scheduled',
    COMPLETED: 'completed',
    CANCELLED: 'cancelled',
    NO_SHOW: 'marked as a no-show',
  },
  move: {
    SCHEDULED: 'scheduled again',
    COMPLETED: 'marked as completed',
    CANCELLED: 'cancelled',
    NO_SHOW: 'marked as a no-show',
  },
};

export type MeetingErrorCode =
  | 'MEETING.ILLEGAL_TRANSITION'
  | 'MEETING.TOO_SHORT'
  | 'MEETING.TOO_LONG'
  | 'MEETING.INVALID_DURATION'
  | 'MEETING.REQUEST_NOT_ACCEPTED'
  | 'MEETING.ALREADY_SCHEDULED'
  | 'MEETING.IN_THE_PAST'
  | 'MEETING.NOT_STARTED'
  | 'MEETING.SAME_TIME'
  | 'MEETING.INVALID_LOCATION'
  | 'MEETING.INVALID_REASON'
  | 'TIME.INVALID_TIME_ZONE';

export interface RescheduleEntry {
  previousStartsAt: Date;
  previousDurationMinutes: number;
  previousTimeZone: string;
  startsAt: Date;
  durationMinutes: number;
  timeZone: string;
  rescheduledAt: Date;
  reason: string | null;
}

export interface Meeting {
  id: string;
  requestId: string;
  seekerId: string;
  contactId: string;
  status: MeetingStatus;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  /** The zone the time was agreed in, usually the contact's; each side still sees their own clock. */
  timeZone: string;
  location: MeetingLocation;
  statusChangedAt: Date;
  /** Oldest first. */
  reschedules: readonly RescheduleEntry[];
}

export const RESCHEDULE_REASON_MAX = 500;

/**
 * The seeker promised a brief meeting: 15 to 20 minutes by default. Missing
 * means the agency's default length.
 */
export function checkDuration(
  minutes: number | null | undefined,
  settings: AgencySettings = DEFAULT_SETTINGS,
): Result<number, 'MEETING.TOO_SHORT' | 'MEETING.TOO_LONG' | 'MEETING.INVALID_DURATION'> {
  const { minMinutes, maxMinutes, defaultMinutes } = settings.meeting;
  if (minutes === null || minutes === undefined) return ok(defaultMinutes);
  const limits = { minMinutes, maxMinutes };
  if (!Number.isInteger(minutes)) {
    return fail('MEETING.INVALID_DURATION', 'Give the length of the meeting in whole minutes.', {
      field: 'durationMinutes',
      details: limits,
    });
  }
  if (minutes < minMinutes) {
    return fail(
      'MEETING.TOO_SHORT',
      `Plan at least ${minMinutes} minutes so there is time for your questions and for referrals.`,
      { field: 'durationMinutes', details: limits },
    );
  }
  if (minutes > maxMinutes) {
    return fail(
      'MEETING.TOO_LONG',
      `Keep it to ${maxMinutes} minutes at most: you promised a brief meeting, and keeping that promise is what makes a good impression.`,
      { field: 'durationMinutes', details: limits },
    );
  }
  return ok(minutes);
}

export function meetingEndsAt(startsAt: Date, durationMinutes: number): Date {
  return new Date(startsAt.getTime() + durationMinutes * 60_000);
}

function checkFutureStart(startsAt: Date, now: Date): Result<Date, 'MEETING.IN_THE_PAST'> {
  if (startsAt.getTime() <= now.getTime()) {
    return fail('MEETING.IN_THE_PAST', 'Pick a time in the future.', { field: 'startsAt' });
  }
  return ok(startsAt);
}

/** A request has at most one live meeting; a cancelled one can be replaced. */
export function hasActiveMeeting(meetings: readonly { status: MeetingStatus }[]): boolean {
  return meetings.some(
    (meeting) => meeting.status === 'SCHEDULED' || meeting.status === 'COMPLETED',
  );
}

export interface ScheduleMeetingInput {
  id: string;
  request: Pick<InterviewRequest, 'id' | 'status' | 'seekerId' | 'contactId'>;
  startsAt: Date;
  durationMinutes?: number | null;
  timeZone: string;
  location?: { kind: string; details?: string | null } | null;
  /** Meetings already made for this request. */
  meetingsForRequest?: readonly { id: string; status: MeetingStatus }[];
  now: Date;
  settings?: AgencySettings;
}

/** No meeting without an accepted request; brief, in the future, in a real time zone. */
export function scheduleMeeting(input: ScheduleMeetingInput): Result<Meeting, MeetingErrorCode> {
  if (input.request.status !== 'ACCEPTED') {
    return fail(
      'MEETING.REQUEST_NOT_ACCEPTED',
      'A meeting can only be scheduled once the contact has accepted your request.',
      { details: { requestStatus: input.request.status } },
    );
  }
  const live = (input.meetingsForRequest ?? []).find((m) => hasActiveMeeting([m]));
  if (live) {
    return fail(
      'MEETING.ALREADY_SCHEDULED',
      'There is already a meeting for this request. Reschedule it instead of adding another.',
      { details: { meetingId: live.id, status: live.status } },
    );
  }
  const zone = checkTimeZone(input.timeZone);
  if (!zone.ok) return zone;
  const duration = checkDuration(input.durationMinutes, input.settings);
  if (!duration.ok) return duration;
  const start = checkFutureStart(input.startsAt, input.now);
  if (!start.ok) return start;
  const location = validateLocation(input.location);
  if (!location.ok) return location;
  return ok({
    id: input.id,
    requestId: input.request.id,
    seekerId: input.request.seekerId,
    contactId: input.request.contactId,
    status: 'SCHEDULED',
    startsAt: input.startsAt,
    endsAt: meetingEndsAt(input.startsAt, duration.value),
    durationMinutes: duration.value,
    timeZone: zone.value,
    location: location.value,
    statusChangedAt: input.now,
    reschedules: [],
  });
}

export interface RescheduleInput {
  startsAt: Date;
  /** Keeps the current length when missing. */
  durationMinutes?: number | null;
  /** Keeps the current zone when missing. */
  timeZone?: string | null;
  reason?: string | null;
  now: Date;
  settings?: AgencySettings;
}

/** Moves a scheduled meeting and records where it was, so both sides can see what changed. */
export function rescheduleMeeting(
  meeting: Meeting,
  input: RescheduleInput,
): Result<Meeting, MeetingErrorCode> {
  if (meeting.status !== 'SCHEDULED') {
    return fail(
      'MEETING.ILLEGAL_TRANSITION',
      `This meeting is ${WORDING.state[meeting.status]}, so it can no longer be rescheduled.`,
      { details: { from: meeting.status, to: 'SCHEDULED' } },
    );
  }
  const zone = checkTimeZone(input.timeZone ?? meeting.timeZone);
  if (!zone.ok) return zone;
  const duration = checkDuration(input.durationMinutes ?? meeting.durationMinutes, input.settings);
  if (!duration.ok) return duration;
  const start = checkFutureStart(input.startsAt, input.now);
  if (!start.ok) return start;
  const reason = optionalText(input.reason, {
    field: 'reason',
    label: 'The reason',
    max: RESCHEDULE_REASON_MAX,
    code: 'MEETING.INVALID_REASON',
  });
  if (!reason.ok) return reason;
  if (
    input.startsAt.getTime() === meeting.startsAt.getTime() &&
    duration.value === meeting.durationMinutes &&
    zone.value === meeting.timeZone
  ) {
    return fail('MEETING.SAME_TIME', 'The meeting is already at that time.', { field: 'startsAt' });
  }
  const entry: RescheduleEntry = {
    previousStartsAt: meeting.startsAt,
    previousDurationMinutes: meeting.durationMinutes,
    previousTimeZone: meeting.timeZone,
    startsAt: input.startsAt,
    durationMinutes: duration.value,
    timeZone: zone.value,
    rescheduledAt: input.now,
    reason: reason.value,
  };
  return ok({
    ...meeting,
    startsAt: input.startsAt,
    endsAt: meetingEndsAt(input.startsAt, duration.value),
    durationMinutes: duration.value,
    timeZone: zone.value,
    reschedules: [...meeting.reschedules, entry],
  });
}

/**
 * Completed and no-show describe what happened, so they cannot be recorded
 * before the meeting was due to start; cancelling is possible any time.
 */
export function changeMeetingStatus(
  meeting: Meeting,
  to: MeetingStatus,
  now: Date,
): Result<Meeting, 'MEETING.ILLEGAL_TRANSITION' | 'MEETING.NOT_STARTED'> {
  const checked = checkTransition(
    MEETING_TRANSITIONS,
    meeting.status,
    to,
    'MEETING.ILLEGAL_TRANSITION',
    WORDING,
  );
  if (!checked.ok) return checked;
  if ((to === 'COMPLETED' || to === 'NO_SHOW') && now.getTime() < meeting.startsAt.getTime()) {
    return fail(
      'MEETING.NOT_STARTED',
      'This meeting has not started yet; you can record how it went once it has begun.',
      { details: { startsAt: meeting.startsAt.toISOString() } },
    );
  }
  return ok({ ...meeting, status: to, statusChangedAt: now });
}

export function completeMeeting(meeting: Meeting, now: Date) {
  return changeMeetingStatus(meeting, 'COMPLETED', now);
}

export function cancelMeeting(meeting: Meeting, now: Date) {
  return changeMeetingStatus(meeting, 'CANCELLED', now);
}

export function markNoShow(meeting: Meeting, now: Date) {
  return changeMeetingStatus(meeting, 'NO_SHOW', now);
}
