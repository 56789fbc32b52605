import type { InterviewRequest } from '../request/request-status.js';
import { readRecord, type RecordErrorCode, type RecordFields } from '../record.js';
import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { optionalText } from '../text.js';
import { checkTimeZone } from '../time/time-zone.js';
import { checkTransition, type TransitionTable, type TransitionWording } from '../transition.js';
import { LOCATION_KINDS, type MeetingLocation, validateLocation } from './location.js';

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
  | 'MEETING.INVALID_END'
  | 'TIME.INVALID_TIME_ZONE';

/** When a meeting is, as agreed: the end is derived, never stored. */
export interface MeetingTime {
  startsAt: Date;
  durationMinutes: number;
  /** The zone the time was agreed in, usually the contact's; each side still sees their own clock. */
  timeZone: string;
}

/**
 * One move of a meeting, stored as a row: the time it had before the move,
 * and when and why it moved. Where it went is the next entry's time, or the
 * meeting's current one, so it is not stored twice (see rescheduleHistory).
 */
export interface RescheduleEntry extends MeetingTime {
  id: string;
  rescheduledAt: Date;
  reason: string | null;
}

export interface Meeting extends MeetingTime {
  id: string;
  requestId: string;
  seekerId: string;
  contactId: string;
  status: MeetingStatus;
  location: MeetingLocation;
  statusChangedAt: Date;
  /** The real end, recorded when the meeting is completed; null until then. */
  endedAt: Date | null;
  /** Oldest first. */
  reschedules: readonly RescheduleEntry[];
}

export const RESCHEDULE_REASON_MAX = 500;

/**
 * Checks a length someone has just entered. The seeker promised a brief
 * meeting: 15 to 20 minutes by default. Missing means the agency's default
 * length. Lengths already agreed (an offered slot, a booked meeting) are not
 * checked again, so a later settings change never refuses what was offered.
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

/** The agreed end of a meeting or an offered slot. */
export function meetingEndsAt(time: Pick<MeetingTime, 'startsAt' | 'durationMinutes'>): Date {
  return new Date(time.startsAt.getTime() + time.durationMinutes * 60_000);
}

/**
 * When the meeting really ended if that was recorded, else when it was due
 * to end. Follow-ups (the thank-you note) count from this.
 */
export function meetingRealEnd(
  meeting: Pick<Meeting, 'startsAt' | 'durationMinutes' | 'endedAt'>,
): Date {
  return meeting.endedAt ?? meetingEndsAt(meeting);
}

export interface RescheduleMove {
  from: MeetingTime;
  to: MeetingTime;
  rescheduledAt: Date;
  reason: string | null;
}

function timeOf(time: MeetingTime): MeetingTime {
  return {
    startsAt: time.startsAt,
    durationMinutes: time.durationMinutes,
    timeZone: time.timeZone,
  };
}

/** Every move of the meeting as from → to, oldest first, for both sides to see what changed. */
export function rescheduleHistory(
  meeting: Pick<Meeting, 'startsAt' | 'durationMinutes' | 'timeZone' | 'reschedules'>,
): RescheduleMove[] {
  return meeting.reschedules.map((entry, index) => ({
    from: timeOf(entry),
    to: timeOf(meeting.reschedules[index + 1] ?? meeting),
    rescheduledAt: entry.rescheduledAt,
    reason: entry.reason,
  }));
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

type BookingInput = Omit<ScheduleMeetingInput, 'durationMinutes' | 'settings'>;

function book(
  input: BookingInput,
  length: () => Result<number, MeetingErrorCode>,
): Result<Meeting, MeetingErrorCode> {
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
  const duration = length();
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
    durationMinutes: duration.value,
    timeZone: zone.value,
    location: location.value,
    statusChangedAt: input.now,
    endedAt: null,
    reschedules: [],
  });
}

/** No meeting without an accepted request; brief, in the future, in a real time zone. */
export function scheduleMeeting(input: ScheduleMeetingInput): Result<Meeting, MeetingErrorCode> {
  return book(input, () => checkDuration(input.durationMinutes, input.settings));
}

/**
 * Books a meeting whose length was agreed earlier, e.g. a slot the contact
 * picked: the length is taken as it was offered and not held against
 * today's settings. Everything else is checked as in scheduleMeeting. A
 * length typed in now goes through scheduleMeeting instead.
 */
export function bookAgreedMeeting(
  input: BookingInput & { durationMinutes: number },
): Result<Meeting, MeetingErrorCode> {
  return book(input, () => ok(input.durationMinutes));
}

export interface RescheduleInput {
  /** Id of the history row this move adds. */
  id: string;
  startsAt: Date;
  /** Keeps the current length when missing; a new length is checked against the settings. */
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
  const entered = input.durationMinutes ?? null;
  const duration =
    entered === null ? ok(meeting.durationMinutes) : checkDuration(entered, input.settings);
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
    id: input.id,
    ...timeOf(meeting),
    rescheduledAt: input.now,
    reason: reason.value,
  };
  return ok({
    ...meeting,
    startsAt: input.startsAt,
    durationMinutes: duration.value,
    timeZone: zone.value,
    reschedules: [...meeting.reschedules, entry],
  });
}

/**
 * The real end of a completed meeting. Given: it must lie between the start
 * and now. Missing: now, unless the agreed end has already passed; then the
 * agreed end, because a meeting marked as completed the next morning did not
 * last all night, and the thank-you note counts from this moment.
 */
function endOfCompletedMeeting(
  meeting: Meeting,
  now: Date,
  endedAt: Date | null | undefined,
): Result<Date, 'MEETING.INVALID_END'> {
  if (endedAt === null || endedAt === undefined) {
    const agreedEnd = meetingEndsAt(meeting);
    return ok(now.getTime() < agreedEnd.getTime() ? now : agreedEnd);
  }
  if (endedAt.getTime() < meeting.startsAt.getTime() || endedAt.getTime() > now.getTime()) {
    return fail('MEETING.INVALID_END', 'The meeting ends after it starts and not in the future.', {
      field: 'endedAt',
      details: { startsAt: meeting.startsAt.toISOString(), now: now.toISOString() },
    });
  }
  return ok(endedAt);
}

/**
 * Completed and no-show describe what happened, so they cannot be recorded
 * before the meeting was due to start; cancelling is possible any time.
 * Completing records the real end (see endOfCompletedMeeting); `endedAt` is
 * ignored for the other moves.
 */
export function changeMeetingStatus(
  meeting: Meeting,
  to: MeetingStatus,
  now: Date,
  endedAt?: Date | null,
): Result<Meeting, 'MEETING.ILLEGAL_TRANSITION' | 'MEETING.NOT_STARTED' | 'MEETING.INVALID_END'> {
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
  if (to !== 'COMPLETED') return ok({ ...meeting, status: to, statusChangedAt: now });
  const end = endOfCompletedMeeting(meeting, now, endedAt);
  if (!end.ok) return end;
  return ok({ ...meeting, status: to, statusChangedAt: now, endedAt: end.value });
}

/** Meeting mode's "end meeting" passes `endedAt: now`; a later record may leave it out. */
export function completeMeeting(meeting: Meeting, now: Date, endedAt?: Date | null) {
  return changeMeetingStatus(meeting, 'COMPLETED', now, endedAt);
}

export function cancelMeeting(meeting: Meeting, now: Date) {
  return changeMeetingStatus(meeting, 'CANCELLED', now);
}

export function markNoShow(meeting: Meeting, now: Date) {
  return changeMeetingStatus(meeting, 'NO_SHOW', now);
}

/** Reads the start, length and zone of a stored meeting, slot or history row. */
export function readMeetingTime(fields: RecordFields): MeetingTime {
  return {
    startsAt: fields.instant('startsAt'),
    durationMinutes: fields.integer('durationMinutes', 1),
    timeZone: fields.timeZone('timeZone'),
  };
}

export function readMeetingLocation(fields: RecordFields): MeetingLocation {
  return { kind: fields.oneOf('kind', LOCATION_KINDS), details: fields.nullableString('details') };
}

/**
 * A meeting as persistence returns it (rows joined, JSON parsed): instants
 * may be strings. Stored lengths are read as they are, not against today's
 * settings.
 */
export function meetingFromRecord(raw: unknown): Result<Meeting, RecordErrorCode> {
  return readRecord(raw, (f) => ({
    id: f.string('id'),
    requestId: f.string('requestId'),
    seekerId: f.string('seekerId'),
    contactId: f.string('contactId'),
    status: f.oneOf('status', MEETING_STATUSES),
    ...readMeetingTime(f),
    location: f.object('location', readMeetingLocation),
    statusChangedAt: f.instant('statusChangedAt'),
    endedAt: f.nullableInstant('endedAt'),
    reschedules: f
      .list('reschedules', (entry) => ({
        id: entry.string('id'),
        ...readMeetingTime(entry),
        rescheduledAt: entry.instant('rescheduledAt'),
        reason: entry.nullableString('reason'),
      }))
      .sort((a, b) => a.rescheduledAt.getTime() - b.rescheduledAt.getTime()),
  }));
}
