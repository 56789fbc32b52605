import { describe, expect, it } from 'vitest';
import { at, daysAfter, expectFail, expectOk, NOW } from '../test-support/fixtures.js';
import {
  checkSchedulingLink,
  describeSlotTime,
  firstNameOf,
  SCHEDULING_LINK_DAYS_AFTER_LAST_SLOT,
  schedulingLinkExpiresAt,
  schedulingLinkMessage,
  type SchedulingLinkState,
} from './scheduling-link.js';

const slot = (iso: string) => ({
  id: iso,
  offeredBy: 'SEEKER' as const,
  startsAt: at(iso),
  durationMinutes: 20,
  timeZone: 'America/New_York',
});

/** The failure's error, after checking its code. */
function refused(result: ReturnType<typeof checkSchedulingLink>, code: string) {
  const error = expectFail(result);
  expect(error.code).toBe(code);
  return error;
}

const fresh: SchedulingLinkState = {
  expiresAt: daysAfter(NOW, 5),
  usedAt: null,
  replacedAt: null,
};

describe('schedulingLinkExpiresAt', () => {
  it('is a few days after the last offered time, whatever the order', () => {
    const expires = schedulingLinkExpiresAt({
      slots: [slot('2025-03-06T15:00:00Z'), slot('2025-03-04T14:00:00Z')],
    });
    expect(expires).toEqual(
      daysAfter(at('2025-03-06T15:00:00Z'), SCHEDULING_LINK_DAYS_AFTER_LAST_SLOT),
    );
  });
});

describe('checkSchedulingLink', () => {
  it('opens a fresh link on an open proposal', () => {
    expect(expectOk(checkSchedulingLink(fresh, 'PROPOSED', NOW))).toBe(true);
  });

  it('refuses an answered link, saying how it was answered', () => {
    const used = checkSchedulingLink({ ...fresh, usedAt: NOW }, 'ACCEPTED', NOW);
    expect(refused(used, 'SCHEDULING.LINK_USED').details).toMatchObject({ answer: 'ACCEPTED' });
  });

  it('says "used" before "expired" or "closed", so the reason shown is the real one', () => {
    const late = daysAfter(NOW, 30);
    refused(
      checkSchedulingLink({ ...fresh, usedAt: NOW }, 'DECLINED', late),
      'SCHEDULING.LINK_USED',
    );
    refused(
      checkSchedulingLink({ ...fresh, replacedAt: NOW }, 'PROPOSED', late),
      'SCHEDULING.LINK_REPLACED',
    );
    refused(checkSchedulingLink(fresh, 'WITHDRAWN', late), 'SCHEDULING.LINK_CLOSED');
  });

  it('refuses a link from its expiry on', () => {
    refused(checkSchedulingLink(fresh, 'PROPOSED', fresh.expiresAt), 'SCHEDULING.LINK_EXPIRED');
    expectOk(checkSchedulingLink(fresh, 'PROPOSED', new Date(fresh.expiresAt.getTime() - 1)));
  });

  it('refuses a link whose proposal is waiting on the seeker or settled', () => {
    for (const status of ['COUNTER_PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const) {
      refused(checkSchedulingLink(fresh, status, NOW), 'SCHEDULING.LINK_CLOSED');
    }
  });
});

describe('the sentence to paste into an email', () => {
  it('lists the times on the contact’s clock, the length and the link', () => {
    const text = schedulingLinkMessage({
      contactName: '  Dana   Whitfield ',
      durationMinutes: 20,
      timeZone: 'America/New_York',
      slots: [slot('2025-03-05T15:00:00Z'), slot('2025-03-04T14:00:00Z')],
      url: 'https://rapport.example/reply/abc',
    });
    expect(text).toBe(
      'Hello Dana, thank you for considering a brief 20-minute meeting. Would one of these times suit you: Tuesday 4 March at 09:00 or Wednesday 5 March at 10:00 (America/New_York time)? You can pick one, suggest another time or decline here, no account needed: https://rapport.example/reply/abc',
    );
  });

  it('asks about a single time plainly', () => {
    const text = schedulingLinkMessage({
      contactName: 'Sam',
      durationMinutes: 15,
      timeZone: 'Europe/London',
      slots: [slot('2025-03-04T14:00:00Z')],
      url: 'u',
    });
    expect(text).toContain('Would Tuesday 4 March at 14:00 suit you (Europe/London time)?');
  });

  it('reads times across a daylight-saving change on the local clock', () => {
    expect(describeSlotTime(at('2025-03-10T13:00:00Z'), 'America/New_York')).toBe(
      'Monday 10 March at 09:00',
    );
    expect(firstNameOf('Priya')).toBe('Priya');
  });
});
