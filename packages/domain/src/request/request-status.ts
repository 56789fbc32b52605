import { assertNever, fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { checkTransition, type TransitionTable, type TransitionWording } from '../transition.js';

export const REQUEST_STATUSES = [
  'ASKED',
  'ACCEPTED',
  'DECLINED',
  'NO_RESPONSE',
  'WITHDRAWN',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** How the seeker made the ask. */
export const ASK_CHANNELS = ['PHONE', 'EMAIL', 'IN_PERSON', 'INTRODUCTION'] as const;
export type AskChannel = (typeof ASK_CHANNELS)[number];

/**
 * A late answer still counts: a manager who replies after the seeker marked
 * the ask as unanswered may accept or decline. Everything else is final,
 * because asking again is exactly what the product forbids.
 */
export const REQUEST_TRANSITIONS: TransitionTable<RequestStatus> = {
  ASKED: ['ACCEPTED', 'DECLINED', 'NO_RESPONSE', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  NO_RESPONSE: ['ACCEPTED', 'DECLINED'],
  WITHDRAWN: [],
};

const WORDING: TransitionWording<RequestStatus> = {
  noun: 'interview request',
  state: {
    ASKED: 'waiting for an answer',
    ACCEPTED: 'accepted',
    DECLINED: 'declined',
    NO_RESPONSE: 'closed without an answer',
    WITHDRAWN: 'withdrawn',
  },
  move: {
    ASKED: 'reopened',
    ACCEPTED: 'accepted',
    DECLINED: 'declined',
    NO_RESPONSE: 'marked as unanswered',
    WITHDRAWN: 'withdrawn',
  },
};

/** A day as elapsed time; throttle and nudges are rolling windows, not calendar days. */
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface InterviewRequest {
  id: string;
  seekerId: string;
  contactId: string;
  /**
   * The person asked (see contact/person-identity). Ask-once is about the
   * person, so the API's unique index is on (seekerId, personId).
   */
  personId: string;
  companyId: string | null;
  channel: AskChannel;
  message: string | null;
  status: RequestStatus;
  askedAt: Date;
  statusChangedAt: Date;
}

export type RequestTransitionErrorCode = 'REQUEST.ILLEGAL_TRANSITION';

export function changeRequestStatus(
  request: InterviewRequest,
  to: RequestStatus,
  now: Date,
): Result<InterviewRequest, RequestTransitionErrorCode> {
  const checked = checkTransition(
    REQUEST_TRANSITIONS,
    request.status,
    to,
    'REQUEST.ILLEGAL_TRANSITION',
    WORDING,
  );
  if (!checked.ok) return checked;
  return ok({ ...request, status: to, statusChangedAt: now });
}

/** The hiring manager's answer, from the public response page. */
export function respondToRequest(
  request: InterviewRequest,
  answer: 'ACCEPTED' | 'DECLINED',
  now: Date,
): Result<InterviewRequest, RequestTransitionErrorCode> {
  return changeRequestStatus(request, answer, now);
}

export function withdrawRequest(
  request: InterviewRequest,
  now: Date,
): Result<InterviewRequest, RequestTransitionErrorCode> {
  return changeRequestStatus(request, 'WITHDRAWN', now);
}

export function markNoResponse(
  request: InterviewRequest,
  now: Date,
): Result<InterviewRequest, RequestTransitionErrorCode> {
  return changeRequestStatus(request, 'NO_RESPONSE', now);
}

/** After these outcomes the product moves the seeker on to the next contact. */
export function shouldSuggestNextContact(status: RequestStatus): boolean {
  switch (status) {
    case 'DECLINED':
    case 'NO_RESPONSE':
      return true;
    case 'ASKED':
    case 'ACCEPTED':
    case 'WITHDRAWN':
      return false;
    default:
      return assertNever(status);
  }
}

/**
 * True once an ask has waited long enough that the seeker should stop
 * waiting, mark it unanswered and try someone else (never ask again).
 */
export function isResponseOverdue(
  request: Pick<InterviewRequest, 'status' | 'askedAt'>,
  now: Date,
  settings: AgencySettings = DEFAULT_SETTINGS,
): boolean {
  const waitedMs = now.getTime() - request.askedAt.getTime();
  return request.status === 'ASKED' && waitedMs >= settings.noResponseAfterDays * DAY_MS;
}

export function checkAskChannel(channel: string): Result<AskChannel, 'REQUEST.INVALID_CHANNEL'> {
  if ((ASK_CHANNELS as readonly string[]).includes(channel)) return ok(channel as AskChannel);
  return fail(
    'REQUEST.INVALID_CHANNEL',
    'Choose how you asked: phone, email, in person or an introduction.',
    {
      field: 'channel',
    },
  );
}
