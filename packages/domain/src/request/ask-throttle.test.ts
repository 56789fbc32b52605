import { describe, expect, it } from 'vitest';
import { daysAfter, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  askThrottleState,
  checkAskThrottle,
  countRecentAsks,
  throttleWindowStart,
  type AskRecord,
} from './ask-throttle.js';

function ask(seekerId: string, daysAgo: number, personId = 'c1', contactId = personId): AskRecord {
  return {
    id: `${seekerId}-${daysAgo}`,
    seekerId,
    contactId,
    personId,
    status: 'ASKED',
    askedAt: daysAfter(NOW, -daysAgo),
  };
}

describe('askThrottleState', () => {
  it('counts asks of the contact by every seeker within the window', () => {
    const asks = [
      ask('s1', 1),
      ask('s2', 29.9),
      ask('s3', 30),
      ask('s4', 45),
      ask('s5', 1, 'other'),
    ];
    expect(askThrottleState('c1', asks, NOW)).toEqual({
      used: 2,
      remaining: 0,
      maxAsks: 2,
      windowDays: 30,
      nextAvailableAt: daysAfter(NOW, 0.1),
    });
  });

  it('counts the person, whichever of their contact rows was asked', () => {
    // The agency's record and a seeker's private copy of the same manager.
    const asks = [ask('s1', 1, 'p-dana', 'c-agency'), ask('s2', 2, 'p-dana', 'c-private')];
    expect(askThrottleState('p-dana', asks, NOW).remaining).toBe(0);
    expect(askThrottleState('c-private', asks, NOW).used).toBe(0);
  });

  it('has room when under the cap', () => {
    expect(askThrottleState('c1', [ask('s1', 5)], NOW)).toMatchObject({
      used: 1,
      remaining: 1,
      nextAvailableAt: null,
    });
    expect(askThrottleState('c1', [], NOW)).toMatchObject({ used: 0, remaining: 2 });
  });

  it('an ask exactly one window old has left the window', () => {
    expect(askThrottleState('c1', [ask('s1', 30), ask('s2', 30)], NOW).remaining).toBe(2);
  });

  it('counts declined and withdrawn asks too', () => {
    const asks: AskRecord[] = [
      { ...ask('s1', 2), status: 'DECLINED' },
      { ...ask('s2', 3), status: 'WITHDRAWN' },
    ];
    expect(askThrottleState('c1', asks, NOW).remaining).toBe(0);
  });

  it('waits for the right ask to expire when over the cap', () => {
    // Three asks with a cap of 2 (e.g. the cap was lowered): two must expire.
    const asks = [ask('s1', 10), ask('s2', 20), ask('s3', 5)];
    expect(askThrottleState('c1', asks, NOW).nextAvailableAt).toEqual(daysAfter(NOW, 20));
  });

  it('uses the configured cap', () => {
    const settings = { ...DEFAULT_SETTINGS, askThrottle: { maxAsks: 3, windowDays: 7 } };
    expect(
      askThrottleState('c1', [ask('s1', 1), ask('s2', 2), ask('s3', 8)], NOW, settings),
    ).toMatchObject({
      used: 2,
      remaining: 1,
      windowDays: 7,
    });
  });
});

describe('checkAskThrottle', () => {
  it('refuses with when the next ask becomes possible, without naming the other seekers', () => {
    const result = checkAskThrottle(
      { personId: 'c1', name: 'Dana Lee' },
      [ask('s1', 1), ask('s2', 25)],
      NOW,
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'REQUEST.THROTTLED',
        message:
          "Dana Lee has already been asked 2 times in the last 30 days by the agency's job seekers, the most the agency allows. You can ask in 5 days, or try someone else now.",
        details: {
          maxAsks: 2,
          windowDays: 30,
          used: 2,
          nextAvailableAt: daysAfter(NOW, 5).toISOString(),
        },
      },
    });
  });

  it('says "1 day" and falls back to a neutral name', () => {
    const result = checkAskThrottle({ personId: 'c1' }, [ask('s1', 1), ask('s2', 29.5)], NOW);
    expect(result.ok ? '' : result.error.message).toMatch(/^This contact .* in 1 day,/);
  });

  it('lets the ask through under the cap', () => {
    expect(checkAskThrottle({ personId: 'c1' }, [ask('s1', 1)], NOW)).toMatchObject({
      ok: true,
      value: { used: 1 },
    });
  });
});

describe('countRecentAsks', () => {
  it('counts asks per person inside the window, by every seeker, with the same boundary', () => {
    const asks = [
      ask('s1', 1, 'p1', 'c-a'),
      ask('s2', 29, 'p1', 'c-b'),
      ask('s3', 30, 'p1'),
      ask('s1', 3, 'p2'),
    ];
    expect(countRecentAsks(asks, NOW)).toEqual(
      new Map([
        ['p1', 2],
        ['p2', 1],
      ]),
    );
    const weekly = { ...DEFAULT_SETTINGS, askThrottle: { maxAsks: 2, windowDays: 7 } };
    expect(countRecentAsks(asks, NOW, weekly)).toEqual(
      new Map([
        ['p1', 1],
        ['p2', 1],
      ]),
    );
    expect(throttleWindowStart(NOW, weekly)).toEqual(daysAfter(NOW, -7));
    expect(throttleWindowStart(NOW)).toEqual(daysAfter(NOW, -30));
  });
});
