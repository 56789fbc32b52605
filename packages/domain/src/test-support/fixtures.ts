import type { InterviewRequest } from '../request/request-status.js';
import type { Meeting } from '../meeting/meeting-rules.js';
import type { Result } from '../result.js';

/** An instant from an ISO string; tests never read the real clock. */
export function at(iso: string): Date {
  return new Date(iso);
}

export function minutesAfter(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}

export function daysAfter(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 24 * 60 * 60_000);
}

/** Monday 3 March 2025, 15:00 UTC (10:00 in New York). */
export const NOW = at('2025-03-03T15:00:00Z');

export function aRequest(overrides: Partial<InterviewRequest> = {}): InterviewRequest {
  return {
    id: 'req-1',
    seekerId: 'seeker-1',
    contactId: 'contact-1',
    personId: 'contact-1',
    companyId: 'company-1',
    channel: 'EMAIL',
    message: null,
    status: 'ASKED',
    askedAt: NOW,
    statusChangedAt: NOW,
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  const startsAt = overrides.startsAt ?? at('2025-03-05T15:00:00Z');
  const durationMinutes = overrides.durationMinutes ?? 20;
  return {
    id: 'meeting-1',
    requestId: 'req-1',
    seekerId: 'seeker-1',
    contactId: 'contact-1',
    status: 'SCHEDULED',
    startsAt,
    endsAt: minutesAfter(startsAt, durationMinutes),
    durationMinutes,
    timeZone: 'America/New_York',
    location: { kind: 'OFFICE', details: null },
    statusChangedAt: NOW,
    reschedules: [],
    ...overrides,
  };
}

/** Unwraps a success, failing the test with the error when there is none. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Unwraps a failure and returns its error. */
export function expectFail<T, C extends string>(result: Result<T, C>) {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}
