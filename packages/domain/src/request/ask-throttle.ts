import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { DAY_MS, type RequestStatus } from './request-status.js';

/** The least the ask rules need to know about an existing request. */
export interface AskRecord {
  id: string;
  seekerId: string;
  contactId: string;
  /** The person asked: every rule below counts people, not contact rows. */
  personId: string;
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
 * The exclusive start of the rolling window: asks made strictly after it
 * count. The API queries with the same boundary (`askedAt > start`) so the
 * counts it loads agree with what the rules would count themselves.
 */
export function throttleWindowStart(now: Date, settings: AgencySettings = DEFAULT_SETTINGS): Date {
  return new Date(now.getTime() - settings.askThrottle.windowDays * DAY_MS);
}

/**
 * Counts every ask of the person by any seeker in the rolling window
 * (now − windowDays, now]. Withdrawn and declined asks still count: the
 * person was approached either way. An ask exactly windowDays old has left
 * the window.
 *
 * The count is only as good as `asks`: to keep two concurrent asks from both
 * passing, the API must read them inside the transaction that inserts the
 * new ask, after locking (or serialising on) the person.
 */
export function askThrottleState(
  personId: string,
  asks: readonly AskRecord[],
  now: Date,
  settings: AgencySettings = DEFAULT_SETTINGS,
): ThrottleState {
  const { maxAsks, windowDays } = settings.askThrottle;
  const windowMs = windowDays * DAY_MS;
  const windowStart = throttleWindowStart(now, settings).getTime();
  const inWindow = asks
    .filter((ask) => ask.personId === personId && ask.askedAt.getTime() > windowStart)
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

/**
 * Asks per person in the current window, by every seeker: what
 * suggestNextContacts needs to leave out people at the cap. The API gets the
 * same map from one grouped, indexed query; this builds it from records.
 */
export function countRecentAsks(
  asks: readonly AskRecord[],
  now: Date,
  settings: AgencySettings = DEFAULT_SETTINGS,
): Map<string, number> {
  const windowStart = throttleWindowStart(now, settings).getTime();
  const counts = new Map<string, number>();
  for (const ask of asks) {
    if (ask.askedAt.getTime() > windowStart) {
      counts.set(ask.personId, (counts.get(ask.personId) ?? 0) + 1);
    }
  }
  return counts;
}

/** Refuses an ask of a person the agency's seekers have already asked as often as allowed. */
export function checkAskThrottle(
  person: { personId: string; name?: string | null },
  asks: readonly AskRecord[],
  now: Date,
  settings: AgencySettings = DEFAULT_SETTINGS,
): Result<ThrottleState, 'REQUEST.THROTTLED'> {
  const state = askThrottleState(person.personId, asks, now, settings);
  if (state.remaining > 0) return ok(state);
  const nextAt = state.nextAvailableAt as Date;
  const days = Math.max(1, Math.ceil((nextAt.getTime() - now.getTime()) / DAY_MS));
  const who = person.name ?? 'This contact';
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
