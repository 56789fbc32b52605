import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { DAY_MS, type RequestStatus } from './request-status.js';

/** The least the ask rules need to know about an existing request. */
export interface AskRecord {
  id: string;
  seekerId: string;
  contactId: string;
  status: RequestStatus;
  askedAt: Date;
}

export interface ThrottleState {
  used: number;
  remaining: number;
  maxAsks: number;
  windowDays: number;
  /** When the next ask becomes possible, if the cap is reached now. */
  nextAvailableAt: Date | null;
}

/**
 * Counts every ask of the contact by any seeker in the rolling window
 * (now − windowDays, now]. Withdrawn and declined asks still count: the
 * contact was approached either way. An ask exactly windowDays old has left
 * the window.
 */
export function askThrottleState(
  contactId: string,
  asks: readonly AskRecord[],
  now: Date,
  settings: AgencySettings = DEFAULT_SETTINGS,
): ThrottleState {
  const { maxAsks, windowDays } = settings.askThrottle;
  const windowMs = windowDays * DAY_MS;
  const windowStart = now.getTime() - windowMs;
  const inWindow = asks
    .filter((ask) => ask.contactId === contactId && ask.askedAt.getTime() > windowStart)
    .map((ask) => ask.askedAt.getTime())
    .sort((a, b) => a - b);
  const used = inWindow.length;
  const blocking = inWindow[used - maxAsks];
  return {
    used,
    remaining: Math.max(0, maxAsks - used),
    maxAsks,
    windowDays,
    nextAvailableAt: blocking === undefined ? null : new Date(blocking + windowMs),
  };
}

export function checkAskThrottle(
  contact: { id: string; name?: string | null },
  asks: readonly AskRecord[],
  now: Date,
  settings: AgencySettings = DEFAULT_SETTINGS,
): Result<ThrottleState, 'REQUEST.THROTTLED'> {
  const state = askThrottleState(contact.id, asks, now, settings);
  if (state.remaining > 0) return ok(state);
  const nextAt = state.nextAvailableAt as Date;
  const days = Math.max(1, Math.ceil((nextAt.getTime() - now.getTime()) / DAY_MS));
  const who = contact.name ?? 'This contact';
  return fail(
    'REQUEST.THROTTLED',
    `${who} has already been asked ${state.used} times in the last ${state.windowDays} days by the agency's job seekers, the most the agency allows. You can ask in ${days} ${days === 1 ? 'day' : 'days'}, or try someone else now.`,
    {
      details: {
        maxAsks: state.maxAsks,
        windowDays: state.windowDays,
        used: state.used,
        nextAvailableAt: nextAt.toISOString(),
      },
    },
  );
}
