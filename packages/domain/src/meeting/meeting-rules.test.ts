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
  bookAgreedMeeting,
  cancelMeeting,
  changeMeetingStatus,
  checkDuration,
  completeMeeting,
  hasActiveMeeting,
  markNoShow,
  MEETING_STATUSES,
  MEETING_TRANSITIONS,
  meetingEndsAt,
  meetingFromRecord,
  meetingRealEnd,
  type MeetingStatus,
  rescheduleHistory,
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

  it('follows configured limits inside the promised range', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, maxMinutes: 18, defaultMinutes: 17 },
    };
    expect(checkDuration(18, settings).ok).toBe(true);
    expect(checkDuration(19, settings)).toMatchObject({ error: { code: 'MEETING.TOO_LONG' } });
    expect(checkDuration(null, settings)).toEqual({ ok: true, value: 17 });
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
      value: aMeeting({ durationMinutes: 15, location: { kind: 'COFFEE', details: null } }),
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
      rescheduleMeeting(meeting, {
        id: 'move-1',
        startsAt: later,
        reason: ' Flight delayed ',
        now: NOW,
      }),
    );
    expect(moved).toMatchObject({
      startsAt: later,
      durationMinutes: 20,
      timeZone: 'America/New_York',
      status: 'SCHEDULED',
    });
    expect(meetingEndsAt(moved)).toEqual(at('2025-03-06T15:20:00Z'));
    expect(moved.reschedules).toEqual([
      {
        id: 'move-1',
        startsAt: meeting.startsAt,
        durationMinutes: 20,
        timeZone: 'America/New_York',
        rescheduledAt: NOW,
        reason: 'Flight delayed',
      },
    ]);
    const secondMoveAt = minutesAfter(NOW, 5);
    const again = expectOk(
      rescheduleMeeting(moved, {
        id: 'move-2',
        startsAt: meeting.startsAt,
        durationMinutes: 15,
        timeZone: 'Europe/London',
        now: secondMoveAt,
      }),
    );
    expect(again.reschedules).toHaveLength(2);
    expect(rescheduleHistory(again)).toEqual([
      {
        from: { startsAt: meeting.startsAt, durationMinutes: 20, timeZone: 'America/New_York' },
        to: { startsAt: later, durationMinutes: 20, timeZone: 'America/New_York' },
        rescheduledAt: NOW,
        reason: 'Flight delayed',
      },
      {
        from: { startsAt: later, durationMinutes: 20, timeZone: 'America/New_York' },
        to: { startsAt: meeting.startsAt, durationMinutes: 15, timeZone: 'Europe/London' },
        rescheduledAt: secondMoveAt,
        reason: null,
      },
    ]);
    expect(rescheduleHistory(meeting)).toEqual([]);
  });

  it('keeps an agreed length that today’s settings would refuse, and checks a new one', () => {
    const narrow = {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, maxMinutes: 18, defaultMinutes: 18 },
    };
    const moved = rescheduleMeeting(meeting, {
      id: 'move-1',
      startsAt: later,
      now: NOW,
      settings: narrow,
    });
    expect(expectOk(moved).durationMinutes).toBe(20);
    expect(
      rescheduleMeeting(meeting, {
        id: 'move-1',
        startsAt: later,
        durationMinutes: 20,
        now: NOW,
        settings: narrow,
      }),
    ).toMatchObject({ error: { code: 'MEETING.TOO_LONG' } });
  });

  it('refuses to "move" it to the same time', () => {
    const move = { id: 'move-1', startsAt: meeting.startsAt, now: NOW };
    expect(rescheduleMeeting(meeting, move)).toMatchObject({
      error: { code: 'MEETING.SAME_TIME' },
    });
    expect(rescheduleMeeting(meeting, { ...move, durationMinutes: 15 }).ok).toBe(true);
    expect(rescheduleMeeting(meeting, { ...move, timeZone: 'UTC' }).ok).toBe(true);
  });

  it.each(['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const)(
    'refuses to move a %s meeting',
    (status) => {
      expect(
        rescheduleMeeting(aMeeting({ status }), { id: 'move-1', startsAt: later, now: NOW }),
      ).toMatchObject({
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
      expectFail(
        rescheduleMeeting(meeting, { id: 'move-1', startsAt: later, now: NOW, ...overrides }),
      ).code,
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
    const endedAt = to === 'COMPLETED' ? meetingEndsAt(meeting) : null;
    expect(changeMeetingStatus(aMeeting({ status: from }), to, afterStart)).toEqual({
      ok: true,
      value: aMeeting({ status: to, statusChangedAt: afterStart, endedAt }),
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
      value: { status: 'NO_SHOW', endedAt: null },
    });
  });
});

describe('the real end of a meeting', () => {
  const meeting = aMeeting(); // 15:00–15:20 UTC
  const early = minutesAfter(meeting.startsAt, 12);

  it('a meeting completed before its agreed end ended then', () => {
    const done = expectOk(completeMeeting(meeting, early));
    expect(done.endedAt).toEqual(early);
    expect(meetingRealEnd(done)).toEqual(early);
  });

  it('a meeting recorded later is taken to have ended on time', () => {
    const nextMorning = minutesAfter(meeting.startsAt, 18 * 60);
    expect(expectOk(completeMeeting(meeting, nextMorning)).endedAt).toEqual(meetingEndsAt(meeting));
  });

  it('takes the end the seeker gives, between the start and now', () => {
    const later = minutesAfter(meeting.startsAt, 60);
    const overran = minutesAfter(meeting.startsAt, 24);
    expect(expectOk(completeMeeting(meeting, later, overran)).endedAt).toEqual(overran);
    expect(expectOk(completeMeeting(meeting, later, meeting.startsAt)).endedAt).toEqual(
      meeting.startsAt,
    );
    expect(completeMeeting(meeting, early, minutesAfter(early, 1))).toMatchObject({
      error: { code: 'MEETING.INVALID_END', field: 'endedAt' },
    });
    expect(completeMeeting(meeting, later, minutesAfter(meeting.startsAt, -1))).toMatchObject({
      error: { code: 'MEETING.INVALID_END' },
    });
  });

  it('falls back to the agreed end while none is recorded', () => {
    expect(meetingRealEnd(meeting)).toEqual(at('2025-03-05T15:20:00Z'));
  });
});

describe('bookAgreedMeeting', () => {
  it('books the length that was agreed even if the settings have narrowed since', () => {
    const narrow = {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, maxMinutes: 15, defaultMinutes: 15 },
    };
    expect(scheduleMeeting(scheduleInput({ durationMinutes: 20, settings: narrow })).ok).toBe(
      false,
    );
    const { settings: _unused, ...input } = scheduleInput({ settings: narrow });
    expect(expectOk(bookAgreedMeeting({ ...input, durationMinutes: 20 })).durationMinutes).toBe(20);
  });
});

describe('meetingFromRecord', () => {
  const moved = expectOk(
    rescheduleMeeting(aMeeting(), {
      id: 'move-1',
      startsAt: at('2025-03-06T15:00:00Z'),
      reason: 'Clash',
      now: NOW,
    }),
  );
  const completed = expectOk(completeMeeting(moved, at('2025-03-06T15:14:00Z')));

  it('reads back a meeting stored as JSON, dates and history included', () => {
    const stored: unknown = JSON.parse(JSON.stringify(completed));
    const read = expectOk(meetingFromRecord(stored));
    expect(read).toEqual(completed);
    expect(read.reschedules[0]?.startsAt).toBeInstanceOf(Date);
    expect(rescheduleHistory(read)).toEqual(rescheduleHistory(completed));
  });

  it('puts history rows back in order', () => {
    const stored = {
      ...completed,
      reschedules: [
        { ...completed.reschedules[0], id: 'later', rescheduledAt: '2025-03-04T00:00:00Z' },
        { ...completed.reschedules[0], id: 'earlier', rescheduledAt: '2025-03-03T00:00:00Z' },
      ],
    };
    expect(expectOk(meetingFromRecord(stored)).reschedules.map((r) => r.id)).toEqual([
      'earlier',
      'later',
    ]);
  });

  it.each([
    [{ startsAt: '2025-03-06 15:00:00' }, 'startsAt'],
    [{ startsAt: 'soon' }, 'startsAt'],
    [{ durationMinutes: '20' }, 'durationMinutes'],
    [{ timeZone: 'Nowhere/City' }, 'timeZone'],
    [{ status: 'POSTPONED' }, 'status'],
    [{ location: { kind: 'SPA', details: null } }, 'location.kind'],
    [{ reschedules: [{ id: 'x' }] }, 'reschedules.0.startsAt'],
  ])('refuses a record with %j', (change, field) => {
    expect(
      meetingFromRecord({ ...JSON.parse(JSON.stringify(completed)), ...change }),
    ).toMatchObject({ ok: false, error: { code: 'RECORD.INVALID', field } });
  });
});
