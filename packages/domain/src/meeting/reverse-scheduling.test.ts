import { describe, expect, it } from 'vitest';
import { aRequest, at, expectFail, expectOk, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  acceptCounterProposal,
  counterPropose,
  declineProposal,
  openSlots,
  pickSlot,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  type ProposalStatus,
  proposeSlots,
  type ProposeSlotsInput,
  reviseSlots,
  type SlotProposal,
  validateSlots,
  withdrawProposal,
} from './reverse-scheduling.js';

// NOW is Monday 3 March 2025, 10:00 in New York (EST, UTC−5). DST starts Sunday 9 March.
const tueNine = at('2025-03-04T14:00:00Z'); // Tue 09:00 EST
const wedTen = at('2025-03-05T15:00:00Z'); // Wed 10:00 EST
const monAfterDst = at('2025-03-10T13:00:00Z'); // Mon 09:00 EDT

function input(overrides: Partial<ProposeSlotsInput> = {}): ProposeSlotsInput {
  return {
    id: 'proposal-1',
    request: aRequest(),
    slots: [wedTen, tueNine],
    contactTimeZone: 'America/New_York',
    now: NOW,
    ...overrides,
  };
}

function proposal(overrides: Partial<SlotProposal> = {}): SlotProposal {
  return { ...expectOk(proposeSlots(input())), ...overrides };
}

describe('proposeSlots', () => {
  it('records 1 to 5 future slots in chronological order, in the contact’s zone', () => {
    expect(proposeSlots(input())).toEqual({
      ok: true,
      value: {
        id: 'proposal-1',
        requestId: 'req-1',
        seekerId: 'seeker-1',
        contactId: 'contact-1',
        status: 'PROPOSED',
        durationMinutes: 20,
        timeZone: 'America/New_York',
        businessHours: DEFAULT_SETTINGS.scheduling.businessHours,
        location: { kind: 'OFFICE', details: null },
        slots: [tueNine, wedTen],
        counterSlot: null,
        chosenSlot: null,
        proposedAt: NOW,
        statusChangedAt: NOW,
      },
    });
  });

  it('accepts exactly 1 and exactly 5 slots, refuses 0 and 6', () => {
    const days = [4, 5, 6, 7, 10, 11].map((d) =>
      at(`2025-03-${String(d).padStart(2, '0')}T15:00:00Z`),
    );
    expect(proposeSlots(input({ slots: days.slice(0, 1) })).ok).toBe(true);
    expect(proposeSlots(input({ slots: days.slice(0, 5) })).ok).toBe(true);
    expect(proposeSlots(input({ slots: [] }))).toMatchObject({
      error: { code: 'SCHEDULING.TOO_FEW_SLOTS', details: { minSlots: 1, maxSlots: 5 } },
    });
    expect(proposeSlots(input({ slots: days }))).toMatchObject({
      error: { code: 'SCHEDULING.TOO_MANY_SLOTS' },
    });
  });

  it('says "times" when several are needed', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      scheduling: { ...DEFAULT_SETTINGS.scheduling, minSlots: 2 },
    };
    expect(expectFail(proposeSlots(input({ slots: [tueNine], settings }))).message).toBe(
      'Offer at least 2 times.',
    );
    expect(expectFail(proposeSlots(input({ slots: [] }))).message).toBe('Offer at least 1 time.');
  });

  it('refuses a slot in the past, with its index', () => {
    expect(proposeSlots(input({ slots: [tueNine, NOW] }))).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_IN_PAST', field: 'slots.1', details: { index: 1 } },
    });
  });

  it('refuses a slot outside the contact’s business hours on the contact’s clock', () => {
    const sevenThirty = at('2025-03-04T12:30:00Z'); // 07:30 EST (but 12:30 in London)
    const error = expectFail(proposeSlots(input({ slots: [sevenThirty] })));
    expect(error).toMatchObject({
      code: 'SCHEDULING.OUTSIDE_BUSINESS_HOURS',
      field: 'slots.0',
      details: { local: { date: '2025-03-04', startTime: '07:30', endTime: '07:50' } },
    });
    expect(error.message).toContain('Monday to Friday, 09:00–17:00');
    expect(proposeSlots(input({ slots: [sevenThirty], contactTimeZone: 'Europe/London' })).ok).toBe(
      true,
    );
  });

  it('lets a slot end exactly at closing, not a minute later', () => {
    expect(proposeSlots(input({ slots: [at('2025-03-04T21:40:00Z')] })).ok).toBe(true); // 16:40–17:00
    expect(proposeSlots(input({ slots: [at('2025-03-04T21:41:00Z')] })).ok).toBe(false);
    expect(
      proposeSlots(input({ slots: [at('2025-03-04T21:41:00Z')], durationMinutes: 15 })).ok,
    ).toBe(true);
  });

  it('judges opening time on the local clock across the daylight-saving change', () => {
    // 13:00 UTC is 08:00 on Friday (EST, closed) but 09:00 on Monday (EDT, open).
    expect(proposeSlots(input({ slots: [at('2025-03-07T13:00:00Z')] })).ok).toBe(false);
    expect(proposeSlots(input({ slots: [monAfterDst] })).ok).toBe(true);
    // 21:30 UTC is 16:30 on Friday (open) but 17:30 on Monday (closed).
    expect(proposeSlots(input({ slots: [at('2025-03-07T21:30:00Z')] })).ok).toBe(true);
    expect(proposeSlots(input({ slots: [at('2025-03-10T21:30:00Z')] })).ok).toBe(false);
  });

  it('refuses weekends and duplicates', () => {
    expect(proposeSlots(input({ slots: [at('2025-03-08T15:00:00Z')] }))).toMatchObject({
      error: { code: 'SCHEDULING.OUTSIDE_BUSINESS_HOURS' },
    });
    expect(
      proposeSlots(input({ slots: [tueNine, wedTen, new Date(tueNine.getTime())] })),
    ).toMatchObject({
      error: { code: 'SCHEDULING.DUPLICATE_SLOT', field: 'slots.2' },
    });
  });

  it('uses the contact’s own business hours when known', () => {
    const hours = { days: [6] as const, opensAt: '10:00', closesAt: '12:00' };
    expect(
      proposeSlots(
        input({ slots: [at('2025-03-08T15:00:00Z')], businessHours: { ...hours, days: [6] } }),
      ).ok,
    ).toBe(true);
    expect(
      proposeSlots(input({ businessHours: { days: [1], opensAt: '12:00', closesAt: '10:00' } })),
    ).toMatchObject({ error: { code: 'TIME.INVALID_BUSINESS_HOURS' } });
  });

  it.each([
    [{ contactTimeZone: 'Atlantis/Capital' }, 'TIME.INVALID_TIME_ZONE'],
    [{ durationMinutes: 25 }, 'MEETING.TOO_LONG'],
    [{ durationMinutes: 10 }, 'MEETING.TOO_SHORT'],
    [{ location: { kind: 'SPA' } }, 'MEETING.INVALID_LOCATION'],
    [{ request: aRequest({ status: 'DECLINED' }) }, 'SCHEDULING.REQUEST_CLOSED'],
    [{ request: aRequest({ status: 'NO_RESPONSE' }) }, 'SCHEDULING.REQUEST_CLOSED'],
    [{ request: aRequest({ status: 'WITHDRAWN' }) }, 'SCHEDULING.REQUEST_CLOSED'],
    [{ proposalsForRequest: [{ id: 'p0', status: 'PROPOSED' }] }, 'SCHEDULING.ALREADY_PROPOSED'],
    [
      { proposalsForRequest: [{ id: 'p0', status: 'COUNTER_PROPOSED' }] },
      'SCHEDULING.ALREADY_PROPOSED',
    ],
    [{ meetingsForRequest: [{ id: 'm0', status: 'SCHEDULED' }] }, 'MEETING.ALREADY_SCHEDULED'],
  ] as const)('refuses %j', (overrides, code) => {
    expect(expectFail(proposeSlots(input(overrides as Partial<ProposeSlotsInput>))).code).toBe(
      code,
    );
  });

  it('allows a new offer after an earlier one was settled or withdrawn, for an accepted request', () => {
    expect(
      proposeSlots(
        input({
          request: aRequest({ status: 'ACCEPTED' }),
          proposalsForRequest: [
            { id: 'p0', status: 'WITHDRAWN' },
            { id: 'p1', status: 'DECLINED' },
          ],
          meetingsForRequest: [{ id: 'm0', status: 'CANCELLED' }],
        }),
      ).ok,
    ).toBe(true);
  });

  it('a seeker in London offers times that suit a manager in New York', () => {
    // 14:00 London on Tue 4 March = 09:00 New York.
    const slots = [at('2025-03-04T14:00:00Z')];
    expect(
      validateSlots(slots, {
        durationMinutes: 20,
        timeZone: 'America/New_York',
        businessHours: DEFAULT_SETTINGS.scheduling.businessHours,
        now: NOW,
      }).ok,
    ).toBe(true);
    expect(
      validateSlots(slots, {
        durationMinutes: 20,
        timeZone: 'Asia/Tokyo',
        businessHours: DEFAULT_SETTINGS.scheduling.businessHours,
        now: NOW,
      }).ok,
    ).toBe(false);
  });
});

const LEGAL: readonly [ProposalStatus, ProposalStatus][] = [
  ['PROPOSED', 'ACCEPTED'],
  ['PROPOSED', 'COUNTER_PROPOSED'],
  ['PROPOSED', 'DECLINED'],
  ['PROPOSED', 'WITHDRAWN'],
  ['COUNTER_PROPOSED', 'PROPOSED'],
  ['COUNTER_PROPOSED', 'ACCEPTED'],
  ['COUNTER_PROPOSED', 'WITHDRAWN'],
];

describe('proposal transitions', () => {
  it('the table lists exactly the legal moves', () => {
    const pairs = PROPOSAL_STATUSES.flatMap((f) => PROPOSAL_STATUSES.map((t) => [f, t] as const));
    const fromTable = pairs.filter(([f, t]) => PROPOSAL_TRANSITIONS[f].includes(t));
    expect(new Set(fromTable.map((p) => p.join('>')))).toEqual(
      new Set(LEGAL.map((p) => p.join('>'))),
    );
  });

  it.each(['ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const)('a %s proposal is final', (status) => {
    const closed = proposal({ status });
    const request = aRequest({ status: 'ACCEPTED' });
    const results: { ok: boolean; error?: { code: string; details?: unknown } }[] = [
      pickSlot({ request, proposal: closed, slotIndex: 0, meetingId: 'm', now: NOW }),
      counterPropose({ request, proposal: closed, startsAt: wedTen, now: NOW }),
      acceptCounterProposal({ request, proposal: closed, meetingId: 'm', now: NOW }),
      reviseSlots({ proposal: closed, slots: [tueNine], now: NOW }),
      declineProposal({ request, proposal: closed, now: NOW }),
      withdrawProposal(closed, NOW),
    ];
    for (const result of results) {
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'SCHEDULING.ILLEGAL_TRANSITION', details: { from: status } },
      });
    }
  });
});

describe('pickSlot', () => {
  it('accepts the request and books the meeting at the chosen time', () => {
    const later = at('2025-03-03T18:00:00Z');
    const outcome = expectOk(
      pickSlot({
        request: aRequest(),
        proposal: proposal(),
        slotIndex: 1,
        meetingId: 'm1',
        now: later,
      }),
    );
    expect(outcome.request).toMatchObject({ status: 'ACCEPTED', statusChangedAt: later });
    expect(outcome.proposal).toMatchObject({
      status: 'ACCEPTED',
      chosenSlot: wedTen,
      statusChangedAt: later,
    });
    expect(outcome.meeting).toMatchObject({
      id: 'm1',
      status: 'SCHEDULED',
      startsAt: wedTen,
      durationMinutes: 20,
      timeZone: 'America/New_York',
      location: { kind: 'OFFICE', details: null },
    });
  });

  it('works for a request already accepted, and for a late answer after "no response"', () => {
    expect(
      pickSlot({
        request: aRequest({ status: 'ACCEPTED' }),
        proposal: proposal(),
        slotIndex: 0,
        meetingId: 'm',
        now: NOW,
      }).ok,
    ).toBe(true);
    expect(
      expectOk(
        pickSlot({
          request: aRequest({ status: 'NO_RESPONSE' }),
          proposal: proposal(),
          slotIndex: 0,
          meetingId: 'm',
          now: NOW,
        }),
      ).request.status,
    ).toBe('ACCEPTED');
  });

  it('refuses an unknown slot, a passed slot and a closed request', () => {
    expect(
      pickSlot({
        request: aRequest(),
        proposal: proposal(),
        slotIndex: 5,
        meetingId: 'm',
        now: NOW,
      }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.UNKNOWN_SLOT' },
    });
    expect(
      pickSlot({
        request: aRequest(),
        proposal: proposal(),
        slotIndex: 0,
        meetingId: 'm',
        now: tueNine,
      }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_IN_PAST' },
    });
    expect(
      pickSlot({
        request: aRequest({ status: 'WITHDRAWN' }),
        proposal: proposal(),
        slotIndex: 0,
        meetingId: 'm',
        now: NOW,
      }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.REQUEST_CLOSED', details: { requestStatus: 'WITHDRAWN' } },
    });
  });

  it('does not book a second meeting for the request', () => {
    expect(
      pickSlot({
        request: aRequest({ status: 'ACCEPTED' }),
        proposal: proposal(),
        slotIndex: 0,
        meetingId: 'm',
        meetingsForRequest: [{ id: 'm0', status: 'SCHEDULED' }],
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'MEETING.ALREADY_SCHEDULED' } });
  });
});

describe('openSlots', () => {
  it('lists the slots still in the future', () => {
    expect(openSlots(proposal(), NOW)).toEqual([
      { index: 0, startsAt: tueNine },
      { index: 1, startsAt: wedTen },
    ]);
    expect(openSlots(proposal(), tueNine)).toEqual([{ index: 1, startsAt: wedTen }]);
  });
});

describe('counter-proposals', () => {
  const friday = at('2025-03-07T22:00:00Z'); // Fri 17:00 EST: outside hours, but it is the manager's choice

  it('the manager offers another time, which also accepts the request', () => {
    const outcome = expectOk(
      counterPropose({ request: aRequest(), proposal: proposal(), startsAt: friday, now: NOW }),
    );
    expect(outcome.request.status).toBe('ACCEPTED');
    expect(outcome.proposal).toMatchObject({ status: 'COUNTER_PROPOSED', counterSlot: friday });
  });

  it('refuses a past time, an offered time and a closed request', () => {
    expect(
      counterPropose({ request: aRequest(), proposal: proposal(), startsAt: NOW, now: NOW }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_IN_PAST' },
    });
    expect(
      counterPropose({ request: aRequest(), proposal: proposal(), startsAt: wedTen, now: NOW }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_ALREADY_PROPOSED', details: { slotIndex: 1 } },
    });
    expect(
      counterPropose({
        request: aRequest({ status: 'DECLINED' }),
        proposal: proposal(),
        startsAt: friday,
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'SCHEDULING.REQUEST_CLOSED' } });
  });

  it('the seeker accepts the counter-offer and the meeting is booked', () => {
    const countered = expectOk(
      counterPropose({ request: aRequest(), proposal: proposal(), startsAt: friday, now: NOW }),
    );
    const outcome = expectOk(acceptCounterProposal({ ...countered, meetingId: 'm2', now: NOW }));
    expect(outcome.proposal).toMatchObject({ status: 'ACCEPTED', chosenSlot: friday });
    expect(outcome.meeting).toMatchObject({ id: 'm2', startsAt: friday });
    expect(acceptCounterProposal({ ...countered, meetingId: 'm2', now: friday })).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_IN_PAST' },
    });
  });

  it('there is nothing to accept before the manager counters', () => {
    expect(
      acceptCounterProposal({
        request: aRequest(),
        proposal: proposal(),
        meetingId: 'm',
        now: NOW,
      }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.ILLEGAL_TRANSITION', details: { from: 'PROPOSED' } },
    });
    expect(
      acceptCounterProposal({
        request: aRequest(),
        proposal: proposal({ status: 'COUNTER_PROPOSED' }),
        meetingId: 'm',
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'SCHEDULING.ILLEGAL_TRANSITION' } });
  });

  it('the seeker answers a counter-offer with new times', () => {
    const countered = proposal({ status: 'COUNTER_PROPOSED', counterSlot: friday });
    expect(reviseSlots({ proposal: countered, slots: [monAfterDst], now: NOW })).toMatchObject({
      ok: true,
      value: { status: 'PROPOSED', slots: [monAfterDst], counterSlot: null },
    });
    expect(reviseSlots({ proposal: countered, slots: [friday], now: NOW })).toMatchObject({
      error: { code: 'SCHEDULING.OUTSIDE_BUSINESS_HOURS' },
    });
    expect(reviseSlots({ proposal: proposal(), slots: [monAfterDst], now: NOW })).toMatchObject({
      error: { code: 'SCHEDULING.ILLEGAL_TRANSITION' },
    });
  });
});

describe('declining and withdrawing', () => {
  it('a decline from the response page declines a request still waiting', () => {
    expect(declineProposal({ request: aRequest(), proposal: proposal(), now: NOW })).toMatchObject({
      ok: true,
      value: { request: { status: 'DECLINED' }, proposal: { status: 'DECLINED' } },
    });
  });

  it('an accepted request stays accepted when only the times are declined', () => {
    expect(
      declineProposal({
        request: aRequest({ status: 'ACCEPTED' }),
        proposal: proposal(),
        now: NOW,
      }),
    ).toMatchObject({
      ok: true,
      value: { request: { status: 'ACCEPTED' }, proposal: { status: 'DECLINED' } },
    });
  });

  it('the seeker withdraws an open offer', () => {
    expect(withdrawProposal(proposal(), NOW)).toMatchObject({
      ok: true,
      value: { status: 'WITHDRAWN' },
    });
    expect(withdrawProposal(proposal({ status: 'COUNTER_PROPOSED' }), NOW).ok).toBe(true);
  });
});
