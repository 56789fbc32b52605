import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { meetingClock } from './meeting-clock.js';

const start = at('2025-03-05T15:00:00Z');
const seconds = (s: number) => new Date(start.getTime() + s * 1000);
const clock = (nowSeconds: number, durationMinutes = 20) =>
  meetingClock({ startsAt: start, durationMinutes, now: seconds(nowSeconds) });

describe('meetingClock', () => {
  it('before the start', () => {
    expect(clock(-90)).toMatchObject({
      phase: 'NOT_STARTED',
      secondsUntilStart: 90,
      elapsedSeconds: 0,
      remainingSeconds: 1200,
      overrunSeconds: 0,
    });
  });

  it('counts down while running', () => {
    expect(clock(0)).toMatchObject({ phase: 'RUNNING', elapsedSeconds: 0, remainingSeconds: 1200 });
    expect(clock(600.4)).toMatchObject({
      phase: 'RUNNING',
      elapsedSeconds: 600,
      remainingSeconds: 600,
    });
  });

  it('warns 3 minutes before the end, exactly', () => {
    expect(clock(17 * 60 - 1).phase).toBe('RUNNING');
    const warning = clock(17 * 60);
    expect(warning).toMatchObject({
      phase: 'WARNING',
      remainingSeconds: 180,
      warningAt: seconds(17 * 60),
    });
    expect(warning.message).toMatch(/^About 3 minutes left: .*refer you/);
    expect(clock(20 * 60 - 0.5)).toMatchObject({ phase: 'WARNING', remainingSeconds: 1 });
  });

  it('overruns from the agreed end', () => {
    expect(clock(20 * 60)).toMatchObject({
      phase: 'OVERRUN',
      remainingSeconds: 0,
      overrunSeconds: 0,
      endsAt: seconds(1200),
    });
    expect(clock(20 * 60 + 75)).toMatchObject({
      phase: 'OVERRUN',
      elapsedSeconds: 1275,
      overrunSeconds: 75,
    });
    expect(clock(1300).message).toMatch(/past the time you agreed/);
  });

  it('follows the configured warning and never warns before the start', () => {
    const oneMinute = {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, warningMinutes: 1 },
    };
    const result = meetingClock({
      startsAt: start,
      durationMinutes: 15,
      now: seconds(14 * 60),
      settings: oneMinute,
    });
    expect(result).toMatchObject({ phase: 'WARNING' });
    expect(result.message).toMatch(/^About 1 minute left/);
    const long = {
      ...DEFAULT_SETTINGS,
      meeting: { ...DEFAULT_SETTINGS.meeting, warningMinutes: 30 },
    };
    expect(
      meetingClock({ startsAt: start, durationMinutes: 15, now: start, settings: long }).warningAt,
    ).toEqual(start);
  });

  it('has a message for every phase', () => {
    expect(clock(-1).message).toMatch(/not started/);
    expect(clock(1).message).toMatch(/brief/);
  });

  it('property: elapsed + remaining cover the meeting while it runs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1199 }),
        fc.integer({ min: 15, max: 20 }),
        (s, minutes) => {
          const result = clock(s, minutes);
          if (s < minutes * 60) {
            expect(result.elapsedSeconds + result.remainingSeconds).toBe(minutes * 60);
            expect(['RUNNING', 'WARNING']).toContain(result.phase);
          } else {
            expect(result.phase).toBe('OVERRUN');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
