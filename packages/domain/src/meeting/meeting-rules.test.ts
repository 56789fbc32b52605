import { describe, expect, it } from 'vitest';
import {
  aMeeting,
  aRequest,
  at,
  expectFail,
  expectOk,
  minutesAfter,
  NOW,
} from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  cancelMeeting,
  changeMeetingStatus,
  checkDuration,
  completeMeeting,
  hasActiveMeeting,
  markNoShow,
  MEETING_STATUSES,
  MEETING_TRANSITIONS,
  type MeetingStatus,
  rescheduleMeeting,
  scheduleMeeting,
  type ScheduleMeetingInput,
} from './meeting-rules.js';

describe('checkDuration', () => {
  it.each([
    [14, 'MEETING.TOO_SHORT'],
    [15, null],
    [17, null],
    [20, null],
    [21, 'MEETING.TOO_LONG'],
    [60, 'MEETING.TOO_LONG'],
    [0, 'MEETING.TOO_SHORT'],
    [17.5, 'MEETING.INVALID_DURATION'],
    [Number.NaN, 'MEETING.INVALID_DURATION'],
  ])('%s minutes → %s', (minutes, code) => {
    const result = checkDuration(minutes);
    if (code === null) expect(result).toEqual({ ok: true, value: minutes });
    else
      expect(result).toMatchObject({
        ok: false,
        error: { code, field: 'durationMinutes', details: { minMinutes: 15, maxMinutes: 20 } },
      });
  });

  it('uses the default of 20 minutes when none is given', () => {
    expect(checkDuration(undefined)).toEqual({ ok: true, value: 20 });
    expect(checkDuration(null)).toEqual({ ok: true, value: 20 });
  });

  it('explains that the seeker promised to be brief', () => {
    expect(expectFail(checkDuration(21)).message).toMatch(
      /20 minutes at most: you promised a brief meeting/,
    );
  });

  it('follows configured limits', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, maxMinutes: 30, defaultMinutes: 25 },
    };
    expect(checkDuration(30, settings).ok).toBe(true);
    expect(checkDuration(null, settings)).toEqual({ ok: true, value: 25 });
  });
});

function scheduleInput(overrides: Partial<ScheduleMeetingInput> = {}): ScheduleMeetingInput {
  return {
    id: 'meeting-1',
    request: aRequest({ status: 'ACCEPTED' }),
    startsAt: at('2025-03-05T15:00:00Z'),
    timeZone: 'america/new_york',
    now: NOW,
    ...overrides,
  };
}

describe('scheduleMeeting', () => {
  it('books a meeting for an accepted request', () => {
    expect(
      scheduleMeeting(scheduleInput({ durationMinutes: 15, location: { kind: 'COFFEE' } })),
    ).toEqual({
      ok: true,
      value: aMeeting({
        durationMinutes: 15,
        endsAt: at('2025-03-05T15:15:00Z'),
        location: { kind: 'COFFEE', details: null },
      }),
    });
    expect(expectOk(scheduleMeeting(scheduleInput())).durationMinutes).toBe(20);
  });

  it.each(['ASKED', 'DECLINED', 'NO_RESPONSE', 'WITHDRAWN'] as const)(
    'refuses a meeting when the request is %s',
    (status) => {
      expect(scheduleMeeting(scheduleInput({ request: aRequest({ status }) }))).toMatchObject({
        error: { code: 'MEETING.REQUEST_NOT_ACCEPTED', details: { requestStatus: status } },
      });
    },
  );

  it('refuses a second live meeting for one request, but not after a cancellation', () => {
    expect(
      scheduleMeeting(scheduleInput({ meetingsForRequest: [{ id: 'm0', status: 'SCHEDULED' }] })),
    ).toMatchObject({ error: { code: 'MEETING.ALREADY_SCHEDULED', details: { meetingId: 'm0' } } });
    expect(
      scheduleMeeting(scheduleInput({ meetingsForRequest: [{ id: 'm0', status: 'COMPLETED' }] }))
        .ok,
    ).toBe(false);
    expect(
      scheduleMeeting(
        scheduleInput({
          meetingsForRequest: [
            { id: 'm0', status: 'CANCELLED' },
            { id: 'm1', status: 'NO_SHOW' },
          ],
        }),
      ).ok,
    ).toBe(true);
  });

  it.each([
    [{ timeZone: 'Mars/Base' }, 'TIME.INVALID_TIME_ZONE'],
    [{ durationMinutes: 14 }, 'MEETING.TOO_SHORT'],
    [{ durationMinutes: 21 }, 'MEETING.TOO_LONG'],
    [{ startsAt: NOW }, 'MEETING.IN_THE_PAST'],
    [{ startsAt: minutesAfter(NOW, -1) }, 'MEETING.IN_THE_PAST'],
    [{ location: { kind: 'BAR' } }, 'MEETING.INVALID_LOCATION'],
  ] as const)('refuses %j', (overrides, code) => {
    expect(
      expectFail(scheduleMeeting(scheduleInput(overrides as Partial<ScheduleMeetingInput>))).code,
    ).toBe(code);
  });

  it('accepts a meeting a minute from now', () => {
    expect(scheduleMeeting(scheduleInput({ startsAt: minutesAfter(NOW, 1) })).ok).toBe(true);
  });
});

describe('hasActiveMeeting', () => {
  it('counts scheduled and completed meetings', () => {
    expect(hasActiveMeeting([])).toBe(false);
    expect(hasActiveMeeting([{ status: 'CANCELLED' }])).toBe(false);
    expect(hasActiveMeeting([{ status: 'NO_SHOW' }, { status: 'SCHEDULED' }])).toBe(true);
  });
});

describe('rescheduleMeeting', () => {
  const meeting = aMeeting();
  const later = at('2025-03-06T15:00:00Z');

  it('moves the meeting and keeps the history', () => {
    const moved = expectOk(
      rescheduleMeeting(meeting, { startsAt: later, reason: ' Flight delayed ', now: NOW }),
    );
    expect(moved).toMatchObject({
      startsAt: later,
      endsAt: at('2025-03-06T15:20:00Z'),
      durationMinutes: 20,
      timeZone: 'America/New_York',
      status: 'SCHEDULED',
    });
    expect(moved.reschedules).toEqual([
      {
        previousStartsAt: meeting.startsAt,
        previousDurationMinutes: 20,
        previousTimeZone: 'America/New_York',
        startsAt: later,
        durationMinutes: 20,
        timeZone: 'America/New_York',
        rescheduledAt: NOW,
        reason: 'Flight delayed',
      },
    ]);
    const again = expectOk(
      rescheduleMeeting(moved, {
        startsAt: meeting.startsAt,
        durationMinutes: 15,
        timeZone: 'Europe/London',
        now: NOW,
      }),
    );
    expect(again.reschedules).toHaveLength(2);
    expect(again.reschedules[1]).toMatchObject({
      previousStartsAt: later,
      durationMinutes: 15,
      timeZone: 'Europe/London',
      reason: null,
    });
  });

  it('refuses to "move" it to the same time', () => {
    expect(rescheduleMeeting(meeting, { startsAt: meeting.startsAt, now: NOW })).toMatchObject({
      error: { code: 'MEETING.SAME_TIME' },
    });
    expect(
      rescheduleMeeting(meeting, { startsAt: meeting.startsAt, durationMinutes: 15, now: NOW }).ok,
    ).toBe(true);
    expect(
      rescheduleMeeting(meeting, { startsAt: meeting.startsAt, timeZone: 'UTC', now: NOW }).ok,
    ).toBe(true);
  });

  it.each(['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const)(
    'refuses to move a %s meeting',
    (status) => {
      expect(rescheduleMeeting(aMeeting({ status }), { startsAt: later, now: NOW })).toMatchObject({
        error: { code: 'MEETING.ILLEGAL_TRANSITION', details: { from: status, to: 'SCHEDULED' } },
      });
    },
  );

  it.each([
    [{ timeZone: 'Nope/Nope' }, 'TIME.INVALID_TIME_ZONE'],
    [{ durationMinutes: 21 }, 'MEETING.TOO_LONG'],
    [{ startsAt: NOW }, 'MEETING.IN_THE_PAST'],
    [{ reason: 'x'.repeat(501) }, 'MEETING.INVALID_REASON'],
  ] as const)('refuses %j', (overrides, code) => {
    expect(
      expectFail(rescheduleMeeting(meeting, { startsAt: later, now: NOW, ...overrides })).code,
    ).toBe(code);
  });
});

const LEGAL: readonly [MeetingStatus, MeetingStatus][] = [
  ['SCHEDULED', 'COMPLETED'],
  ['SCHEDULED', 'CANCELLED'],
  ['SCHEDULED', 'NO_SHOW'],
];
const ALL_PAIRS = MEETING_STATUSES.flatMap((from) =>
  MEETING_STATUSES.map((to) => [from, to] as const),
);
const isLegal = (from: MeetingStatus, to: MeetingStatus) =>
  LEGAL.some(([f, t]) => f === from && t === to);

describe('meeting transitions', () => {
  const meeting = aMeeting();
  const afterStart = minutesAfter(meeting.startsAt, 25);

  it('the table lists exactly the legal moves', () => {
    expect(ALL_PAIRS.filter(([f, t]) => MEETING_TRANSITIONS[f].includes(t))).toEqual(LEGAL);
  });

  it.each(ALL_PAIRS.filter(([f, t]) => isLegal(f, t)))('%s → %s is allowed', (from, to) => {
    expect(changeMeetingStatus(aMeeting({ status: from }), to, afterStart)).toEqual({
      ok: true,
      value: aMeeting({ status: to, statusChangedAt: afterStart }),
    });
  });

  it.each(ALL_PAIRS.filter(([f, t]) => !isLegal(f, t)))('%s → %s is refused', (from, to) => {
    expect(changeMeetingStatus(aMeeting({ status: from }), to, afterStart)).toMatchObject({
      error: { code: 'MEETING.ILLEGAL_TRANSITION', details: { from, to } },
    });
  });

  it('cannot be completed or missed before it starts, but can be cancelled', () => {
    const before = minutesAfter(meeting.startsAt, -1);
    expect(completeMeeting(meeting, before)).toMatchObject({
      error: { code: 'MEETING.NOT_STARTED' },
    });
    expect(markNoShow(meeting, before)).toMatchObject({ error: { code: 'MEETING.NOT_STARTED' } });
    expect(cancelMeeting(meeting, before)).toMatchObject({
      ok: true,
      value: { status: 'CANCELLED' },
    });
    expect(completeMeeting(meeting, meeting.startsAt)).toMatchObject({
      ok: true,
      value: { status: 'COMPLETED' },
    });
    expect(markNoShow(meeting, afterStart)).toMatchObject({
      ok: true,
      value: { status: 'NO_SHOW' },
    });
  });
});
