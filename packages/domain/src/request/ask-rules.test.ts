import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysAfter, expectFail, expectOk, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  askAdvice,
  type AskCompany,
  askForInterview,
  type AskInput,
  checkCanAsk,
} from './ask-rules.js';
import type { AskRecord } from './ask-throttle.js';
import type { CandidateContact } from './next-contact.js';
import {
  changeRequestStatus,
  type InterviewRequest,
  REQUEST_STATUSES,
  type RequestStatus,
} from './request-status.js';

const acme: AskCompany = { id: 'acme', name: 'Acme', hiringStatus: 'NOT_HIRING' };
const dana: AskInput['contact'] = {
  id: 'dana',
  personId: 'p-dana',
  doNotContact: false,
  name: 'Dana Lee',
  company: acme,
};
/** The same rows as the suggestions see them. */
const candidates: CandidateContact[] = [
  { id: 'dana', personId: 'p-dana', companyId: 'acme', doNotContact: false, name: 'Dana Lee' },
  { id: 'dana-copy', personId: 'p-dana', companyId: 'acme', doNotContact: false, name: 'Dana' },
  { id: 'sam', personId: 'p-sam', companyId: 'acme', doNotContact: false, name: 'Sam Roe' },
  { id: 'kim', personId: 'p-kim', companyId: 'globex', doNotContact: false, name: 'Kim Park' },
];

function input(overrides: Partial<AskInput> = {}): AskInput {
  return {
    id: 'req-new',
    seekerId: 'seeker-1',
    contact: dana,
    channel: 'EMAIL',
    message: '  Could we talk for 20 minutes?  ',
    asks: [],
    now: NOW,
    ...overrides,
  };
}

function previous(status: RequestStatus, overrides: Partial<AskRecord> = {}): AskRecord {
  return {
    id: 'req-old',
    seekerId: 'seeker-1',
    contactId: 'dana',
    personId: 'p-dana',
    status,
    askedAt: daysAfter(NOW, -40),
    ...overrides,
  };
}

describe('askForInterview', () => {
  it('creates the ask with advice and the remaining throttle', () => {
    expect(askForInterview(input())).toEqual({
      ok: true,
      value: {
        request: {
          id: 'req-new',
          seekerId: 'seeker-1',
          contactId: 'dana',
          personId: 'p-dana',
          companyId: 'acme',
          channel: 'EMAIL',
          message: 'Could we talk for 20 minutes?',
          status: 'ASKED',
          askedAt: NOW,
          statusChangedAt: NOW,
        },
        advice: askAdvice({ name: 'Acme', hiringStatus: 'NOT_HIRING' }),
        throttle: { used: 1, remaining: 1, maxAsks: 2, windowDays: 30, nextAvailableAt: null },
      },
    });
  });

  it('reports when this ask uses the last slot of the throttle', () => {
    const other = previous('ASKED', { seekerId: 'seeker-2', askedAt: daysAfter(NOW, -10) });
    expect(expectOk(askForInterview(input({ asks: [other] }))).throttle).toEqual({
      used: 2,
      remaining: 0,
      maxAsks: 2,
      windowDays: 30,
      nextAvailableAt: daysAfter(NOW, 20),
    });
  });

  it.each(REQUEST_STATUSES)('refuses a second ask after a first one that is %s', (status) => {
    const error = expectFail(askForInterview(input({ asks: [previous(status)] })));
    expect(error).toMatchObject({
      code: 'REQUEST.ALREADY_ASKED',
      details: {
        requestId: 'req-old',
        contactId: 'dana',
        status,
        askedAt: daysAfter(NOW, -40).toISOString(),
      },
    });
    expect(error.message).toContain('Dana Lee');
  });

  it('refuses a second ask of the same person through another of their records', () => {
    // The seeker's private copy of the manager who said no is the same person.
    const copy = { ...dana, id: 'dana-copy' };
    expect(
      expectFail(askForInterview(input({ contact: copy, asks: [previous('DECLINED')] }))),
    ).toMatchObject({ code: 'REQUEST.ALREADY_ASKED', details: { contactId: 'dana' } });
  });

  it('counts the throttle per person across records', () => {
    const asks = [
      previous('ASKED', { id: 'a', seekerId: 'seeker-2', contactId: 'dana-copy', askedAt: NOW }),
      previous('ASKED', { id: 'b', seekerId: 'seeker-3', contactId: 'dana', askedAt: NOW }),
    ];
    expect(expectFail(askForInterview(input({ asks }))).code).toBe('REQUEST.THROTTLED');
  });

  it('takes the request’s company and the advice from the contact’s own company', () => {
    const hiring = { ...acme, hiringStatus: 'HIRING' as const };
    const value = expectOk(askForInterview(input({ contact: { ...dana, company: hiring } })));
    expect(value.request.companyId).toBe('acme');
    expect(value.advice).toEqual(askAdvice(hiring));
  });

  it('refuses a do-not-contact person before anything else', () => {
    const error = expectFail(
      askForInterview(
        input({ contact: { ...dana, doNotContact: true }, asks: [previous('DECLINED')] }),
      ),
    );
    expect(error.code).toBe('REQUEST.DO_NOT_CONTACT');
    expect(error.message).toMatch(/do-not-contact/);
  });

  it('refuses when the agency throttle is reached by other seekers', () => {
    const asks = [
      previous('ASKED', { id: 'a', seekerId: 'seeker-2', askedAt: daysAfter(NOW, -3) }),
      previous('DECLINED', { id: 'b', seekerId: 'seeker-3', askedAt: daysAfter(NOW, -4) }),
    ];
    expect(expectFail(askForInterview(input({ asks }))).code).toBe('REQUEST.THROTTLED');
    const looser = { ...DEFAULT_SETTINGS, askThrottle: { maxAsks: 3, windowDays: 30 } };
    expect(askForInterview(input({ asks, settings: looser })).ok).toBe(true);
  });

  it('lists the next contacts to try when it refuses', () => {
    const suggestions = { contacts: candidates, ownAsks: [], recentAskCounts: new Map() };
    for (const refused of [
      input({ asks: [previous('DECLINED')], suggestions }),
      input({ contact: { ...dana, doNotContact: true }, suggestions }),
      input({
        asks: [
          previous('ASKED', { seekerId: 'x', askedAt: NOW }),
          previous('ASKED', { seekerId: 'y', askedAt: NOW }),
        ],
        suggestions,
      }),
    ]) {
      const error = expectFail(askForInterview(refused));
      // Never the person just refused, under either of their records.
      expect(error.details?.suggestions).toEqual([
        expect.objectContaining({ contactId: 'sam', reason: 'SAME_COMPANY' }),
        expect.objectContaining({ contactId: 'kim', reason: 'NETWORK' }),
      ]);
    }
  });

  it('suggests no same-company people when the contact has no company', () => {
    const error = expectFail(
      askForInterview(
        input({
          contact: { ...dana, company: null },
          asks: [previous('DECLINED')],
          suggestions: { contacts: candidates, ownAsks: [], recentAskCounts: new Map() },
        }),
      ),
    );
    expect(error.details?.suggestions).toEqual([
      expect.objectContaining({ contactId: 'kim', reason: 'NETWORK' }),
      expect.objectContaining({ contactId: 'sam', reason: 'NETWORK' }),
    ]);
  });

  it('checks the channel and the message', () => {
    expect(expectFail(askForInterview(input({ channel: 'FAX' as never }))).code).toBe(
      'REQUEST.INVALID_CHANNEL',
    );
    expect(expectFail(askForInterview(input({ message: 'x'.repeat(2001) })))).toMatchObject({
      code: 'REQUEST.INVALID_MESSAGE',
      field: 'message',
    });
    expect(expectOk(askForInterview(input({ message: null }))).request.message).toBeNull();
  });

  it('works without a known company', () => {
    const value = expectOk(askForInterview(input({ contact: { ...dana, company: null } })));
    expect(value.request.companyId).toBeNull();
    expect(value.advice.suggestInformationalMeeting).toBe(true);
  });
});

describe('checkCanAsk', () => {
  it('lets clients disable the ask button with a reason', () => {
    expect(checkCanAsk({ seekerId: 'seeker-1', contact: dana, asks: [], now: NOW })).toMatchObject({
      ok: true,
      value: { remaining: 2 },
    });
    expect(
      checkCanAsk({
        seekerId: 'seeker-1',
        contact: { ...dana, name: null },
        asks: [previous('ASKED')],
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('this contact') } });
    expect(
      checkCanAsk({
        seekerId: 'seeker-1',
        contact: { ...dana, name: undefined, doNotContact: true },
        asks: [],
        now: NOW,
      }),
    ).toMatchObject({ ok: false, error: { message: expect.stringContaining('This contact') } });
  });

  it('only counts this seeker’s own asks as "already asked"', () => {
    const other = previous('DECLINED', { seekerId: 'seeker-2' });
    expect(checkCanAsk({ seekerId: 'seeker-1', contact: dana, asks: [other], now: NOW }).ok).toBe(
      true,
    );
  });
});

describe('askAdvice', () => {
  it('proposes an informational meeting when the company is not hiring', () => {
    const advice = askAdvice({ name: 'Acme', hiringStatus: 'NOT_HIRING' });
    expect(advice.suggestInformationalMeeting).toBe(true);
    expect(advice.message).toMatch(/^Acme is not hiring right now/);
  });

  it('also proposes it when nobody knows', () => {
    expect(askAdvice({ name: 'Acme', hiringStatus: 'UNKNOWN' })).toMatchObject({
      suggestInformationalMeeting: true,
      message: expect.stringContaining('Acme'),
    });
    expect(askAdvice(null).suggestInformationalMeeting).toBe(true);
  });

  it('lets the seeker mention the role when the company is hiring', () => {
    expect(askAdvice({ name: 'Acme', hiringStatus: 'HIRING' })).toMatchObject({
      suggestInformationalMeeting: false,
      message: expect.stringMatching(/^Acme is hiring/),
    });
  });
});

describe('property: ask once', () => {
  const seekers = ['s1', 's2', 's3'];
  // c1 and c1-copy are two records of one person; c4 is do-not-contact.
  const contacts: AskInput['contact'][] = ['c1', 'c1-copy', 'c2', 'c3', 'c4'].map((id, i) => ({
    id,
    personId: id.replace('-copy', ''),
    doNotContact: id === 'c4',
    company: { id: `co${i % 2}`, name: `Company ${i % 2}`, hiringStatus: 'UNKNOWN' },
  }));
  const operation = fc.oneof(
    fc.record({
      kind: fc.constant('ask' as const),
      seeker: fc.constantFrom(...seekers),
      contact: fc.constantFrom(...contacts),
    }),
    fc.record({
      kind: fc.constant('answer' as const),
      pick: fc.nat(),
      to: fc.constantFrom(...REQUEST_STATUSES),
    }),
    fc.record({ kind: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 40 }) }),
  );

  it('no sequence of asks, answers and waiting yields a second ask of the same person', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 60 }),
        fc.integer({ min: 1, max: 3 }),
        (operations, maxAsks) => {
          const settings = { ...DEFAULT_SETTINGS, askThrottle: { maxAsks, windowDays: 30 } };
          let now = NOW;
          let requests: InterviewRequest[] = [];
          for (const [index, op] of operations.entries()) {
            if (op.kind === 'wait') now = daysAfter(now, op.days);
            if (op.kind === 'answer' && requests.length > 0) {
              const target = requests[op.pick % requests.length] as InterviewRequest;
              const changed = changeRequestStatus(target, op.to, now);
              if (changed.ok)
                requests = requests.map((r) => (r.id === target.id ? changed.value : r));
            }
            if (op.kind === 'ask') {
              const result = askForInterview({
                id: `r${index}`,
                seekerId: op.seeker,
                contact: op.contact,
                channel: 'PHONE',
                asks: requests,
                now,
                settings,
              });
              if (result.ok) requests = [...requests, result.value.request];
            }
          }
          const pairs = requests.map((r) => `${r.seekerId}/${r.personId}`);
          expect(new Set(pairs).size).toBe(pairs.length);
          expect(requests.some((r) => r.personId === 'c4')).toBe(false);
          // The throttle holds in every window that ends at an ask.
          for (const request of requests) {
            const inWindow = requests.filter(
              (r) =>
                r.personId === request.personId &&
                r.askedAt <= request.askedAt &&
                request.askedAt.getTime() - r.askedAt.getTime() < 30 * 86_400_000,
            );
            expect(inWindow.length).toBeLessThanOrEqual(maxAsks);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
