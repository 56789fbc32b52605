import { describe, expect, it } from 'vitest';
import { aRequest, at, daysAfter, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  changeRequestStatus,
  checkAskChannel,
  isResponseOverdue,
  markNoResponse,
  REQUEST_STATUSES,
  REQUEST_TRANSITIONS,
  type RequestStatus,
  respondToRequest,
  shouldSuggestNextContact,
  withdrawRequest,
} from './request-status.js';

const LEGAL: readonly [RequestStatus, RequestStatus][] = [
  ['ASKED', 'ACCEPTED'],
  ['ASKED', 'DECLINED'],
  ['ASKED', 'NO_RESPONSE'],
  ['ASKED', 'WITHDRAWN'],
  ['NO_RESPONSE', 'ACCEPTED'],
  ['NO_RESPONSE', 'DECLINED'],
];
const isLegal = (from: RequestStatus, to: RequestStatus) =>
  LEGAL.some(([f, t]) => f === from && t === to);
const ALL_PAIRS = REQUEST_STATUSES.flatMap((from) =>
  REQUEST_STATUSES.map((to) => [from, to] as const),
);

describe('request transitions', () => {
  it('the table lists exactly the legal moves', () => {
    const fromTable = ALL_PAIRS.filter(([from, to]) => REQUEST_TRANSITIONS[from].includes(to));
    expect(fromTable).toEqual(LEGAL);
  });

  it.each(ALL_PAIRS.filter(([f, t]) => isLegal(f, t)))('%s → %s is allowed', (from, to) => {
    const later = at('2025-03-04T10:00:00Z');
    expect(changeRequestStatus(aRequest({ status: from }), to, later)).toEqual({
      ok: true,
      value: aRequest({ status: to, statusChangedAt: later }),
    });
  });

  it.each(ALL_PAIRS.filter(([f, t]) => !isLegal(f, t)))('%s → %s is refused', (from, to) => {
    const result = changeRequestStatus(aRequest({ status: from }), to, NOW);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'REQUEST.ILLEGAL_TRANSITION', details: { from, to } },
    });
    expect(result.ok ? '' : result.error.message).toMatch(/^This interview request is /);
  });

  it('names the acts', () => {
    expect(respondToRequest(aRequest(), 'ACCEPTED', NOW)).toMatchObject({
      value: { status: 'ACCEPTED' },
    });
    expect(respondToRequest(aRequest(), 'DECLINED', NOW)).toMatchObject({
      value: { status: 'DECLINED' },
    });
    expect(withdrawRequest(aRequest(), NOW)).toMatchObject({ value: { status: 'WITHDRAWN' } });
    expect(markNoResponse(aRequest(), NOW)).toMatchObject({ value: { status: 'NO_RESPONSE' } });
    expect(withdrawRequest(aRequest({ status: 'DECLINED' }), NOW)).toMatchObject({
      error: { message: 'This interview request is declined, so it can no longer be withdrawn.' },
    });
    expect(respondToRequest(aRequest({ status: 'ACCEPTED' }), 'ACCEPTED', NOW)).toMatchObject({
      error: { message: 'This interview request is already accepted.' },
    });
  });
});

describe('shouldSuggestNextContact', () => {
  it.each([
    ['ASKED', false],
    ['ACCEPTED', false],
    ['DECLINED', true],
    ['NO_RESPONSE', true],
    ['WITHDRAWN', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(shouldSuggestNextContact(status)).toBe(expected);
  });

  it('throws on a status that cannot exist', () => {
    expect(() => shouldSuggestNextContact('LOST' as RequestStatus)).toThrow();
  });
});

describe('isResponseOverdue', () => {
  const days = DEFAULT_SETTINGS.noResponseAfterDays;

  it('nudges after the configured number of days, only while waiting', () => {
    expect(isResponseOverdue(aRequest(), daysAfter(NOW, days - 1))).toBe(false);
    expect(isResponseOverdue(aRequest(), daysAfter(NOW, days))).toBe(true);
    expect(isResponseOverdue(aRequest({ status: 'ACCEPTED' }), daysAfter(NOW, days + 5))).toBe(
      false,
    );
    const quick = { ...DEFAULT_SETTINGS, noResponseAfterDays: 3 };
    expect(isResponseOverdue(aRequest(), daysAfter(NOW, 3), quick)).toBe(true);
  });
});

describe('checkAskChannel', () => {
  it('knows the ways to ask', () => {
    expect(checkAskChannel('INTRODUCTION')).toEqual({ ok: true, value: 'INTRODUCTION' });
    expect(checkAskChannel('FAX')).toMatchObject({
      error: { code: 'REQUEST.INVALID_CHANNEL', field: 'channel' },
    });
  });
});
