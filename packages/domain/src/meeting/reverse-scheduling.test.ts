import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUEST_STATUSES } from '../request/request-status.js';
import { aRequest, at, expectFail, expectOk, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import {
  acceptCounterProposal,
  chosenSlot,
  closeProposalForRequest,
  closeRequestWithProposal,
  counterPropose,
  declineProposal,
  isOpenProposal,
  openSlots,
  pickSlot,
  PROPOSAL_STATUSES,
  PROPOSAL_TRANSITIONS,
  type ProposalStatus,
  proposalFromRecord,
  proposalStatusForRequest,
  type ProposedSlot,
  proposeSlots,
  type ProposeSlotsInput,
  requestedMinutes,
  reviseSlots,
  slotFromRecord,
  type SlotInput,
  type SlotProposal,
  validateSlots,
  withdrawProposal,
} from './reverse-scheduling.js';

// NOW is Monday 3 March 2025, 10:00 in New York (EST, UTC−5). DST starts Sunday 9 March.
const tueNine = at('2025-03-04T14:00:00Z'); // Tue 09:00 EST
const wedTen = at('2025-03-05T15:00:00Z'); // Wed 10:00 EST
const monAfterDst = at('2025-03-10T13:00:00Z'); // Mon 09:00 EDT

/** A time to offer, with a row id derived from it so tests stay short. */
const offer = (startsAt: Date, id = `slot-${startsAt.toISOString()}`): SlotInput => ({
  id,
  startsAt,
});
const offers = (...dates: Date[]) => dates.map((date) => offer(date));
const seekerSlot = (startsAt: Date, durationMinutes = 20): ProposedSlot => ({
  id: `slot-${startsAt.toISOString()}`,
  offeredBy: 'SEEKER',
  startsAt,
  durationMinutes,
  timeZone: 'America/New_York',
});

function input(overrides: Partial<ProposeSlotsInput> = {}): ProposeSlotsInput {
  return {
    id: 'proposal-1',
    request: aRequest(),
    slots: offers(wedTen, tueNine),
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
        timeZone: 'America/New_York',
        businessHours: DEFAULT_SETTINGS.scheduling.businessHours,
        location: { kind: 'OFFICE', details: null },
        slots: [seekerSlot(tueNine), seekerSlot(wedTen)],
        counterSlot: null,
        chosenSlotId: null,
        proposedAt: NOW,
        statusChangedAt: NOW,
      },
    });
  });

  it('accepts exactly 1 and exactly 5 slots, refuses 0 and 6', () => {
    const days = [4, 5, 6, 7, 10, 11].map((d) =>
      offer(at(`2025-03-${String(d).padStart(2, '0')}T15:00:00Z`)),
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
    expect(expectFail(proposeSlots(input({ slots: offers(tueNine), settings }))).message).toBe(
      'Offer at least 2 times.',
    );
    expect(expectFail(proposeSlots(input({ slots: [] }))).message).toBe('Offer at least 1 time.');
  });

  it('refuses a slot in the past, with its index', () => {
    expect(proposeSlots(input({ slots: offers(tueNine, NOW) }))).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_IN_PAST', field: 'slots.1', details: { index: 1 } },
    });
  });

  it('refuses a slot outside the contact’s business hours on the contact’s clock', () => {
    const sevenThirty = at('2025-03-04T12:30:00Z'); // 07:30 EST (but 12:30 in London)
    const error = expectFail(proposeSlots(input({ slots: offers(sevenThirty) })));
    expect(error).toMatchObject({
      code: 'SCHEDULING.OUTSIDE_BUSINESS_HOURS',
      field: 'slots.0',
      details: { local: { date: '2025-03-04', startTime: '07:30', endTime: '07:50' } },
    });
    expect(error.message).toContain('Monday to Friday, 09:00–17:00');
    expect(
      proposeSlots(input({ slots: offers(sevenThirty), contactTimeZone: 'Europe/London' })).ok,
    ).toBe(true);
  });

  it('lets a slot end exactly at closing, not a minute later', () => {
    expect(proposeSlots(input({ slots: offers(at('2025-03-04T21:40:00Z')) })).ok).toBe(true); // 16:40–17:00
    expect(proposeSlots(input({ slots: offers(at('2025-03-04T21:41:00Z')) })).ok).toBe(false);
    expect(
      proposeSlots(input({ slots: offers(at('2025-03-04T21:41:00Z')), durationMinutes: 15 })).ok,
    ).toBe(true);
  });

  it('judges opening time on the local clock across the daylight-saving change', () => {
    // 13:00 UTC is 08:00 on Friday (EST, closed) but 09:00 on Monday (EDT, open).
    expect(proposeSlots(input({ slots: offers(at('2025-03-07T13:00:00Z')) })).ok).toBe(false);
    expect(proposeSlots(input({ slots: offers(monAfterDst) })).ok).toBe(true);
    // 21:30 UTC is 16:30 on Friday (open) but 17:30 on Monday (closed).
    expect(proposeSlots(input({ slots: offers(at('2025-03-07T21:30:00Z')) })).ok).toBe(true);
    expect(proposeSlots(input({ slots: offers(at('2025-03-10T21:30:00Z')) })).ok).toBe(false);
  });

  it('refuses weekends and duplicates', () => {
    expect(proposeSlots(input({ slots: offers(at('2025-03-08T15:00:00Z')) }))).toMatchObject({
      error: { code: 'SCHEDULING.OUTSIDE_BUSINESS_HOURS' },
    });
    expect(
      proposeSlots(
        input({ slots: [...offers(tueNine, wedTen), offer(new Date(tueNine.getTime()), 'again')] }),
      ),
    ).toMatchObject({
      error: { code: 'SCHEDULING.DUPLICATE_SLOT', field: 'slots.2' },
    });
  });

  it('uses the contact’s own business hours when known', () => {
    const hours = { days: [6] as const, opensAt: '10:00', closesAt: '12:00' };
    expect(
      proposeSlots(
        input({
          slots: offers(at('2025-03-08T15:00:00Z')),
          businessHours: { ...hours, days: [6] },
        }),
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
    const slots = offers(at('2025-03-04T14:00:00Z'));
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
      pickSlot({
        request,
        proposal: closed,
        slotId: seekerSlot(tueNine).id,
        meetingId: 'm',
        now: NOW,
      }),
      counterPropose({ request, proposal: closed, slotId: 'c', startsAt: wedTen, now: NOW }),
      acceptCounterProposal({ request, proposal: closed, meetingId: 'm', now: NOW }),
      reviseSlots({ proposal: closed, slots: offers(tueNine), now: NOW }),
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
        slotId: seekerSlot(wedTen).id,
        meetingId: 'm1',
        now: later,
      }),
    );
    expect(outcome.request).toMatchObject({ status: 'ACCEPTED', statusChangedAt: later });
    expect(outcome.proposal).toMatchObject({
      status: 'ACCEPTED',
      chosenSlotId: seekerSlot(wedTen).id,
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
        slotId: seekerSlot(tueNine).id,
        meetingId: 'm',
        now: NOW,
      }).ok,
    ).toBe(true);
    expect(
      expectOk(
        pickSlot({
          request: aRequest({ status: 'NO_RESPONSE' }),
          proposal: proposal(),
          slotId: seekerSlot(tueNine).id,
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
        slotId: 'slot-unknown',
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
        slotId: seekerSlot(tueNine).id,
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
        slotId: seekerSlot(tueNine).id,
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
        slotId: seekerSlot(tueNine).id,
        meetingId: 'm',
        meetingsForRequest: [{ id: 'm0', status: 'SCHEDULED' }],
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'MEETING.ALREADY_SCHEDULED' } });
  });
});

describe('openSlots', () => {
  it('lists the slots still in the future', () => {
    expect(openSlots(proposal(), NOW)).toEqual([seekerSlot(tueNine), seekerSlot(wedTen)]);
    expect(openSlots(proposal(), tueNine)).toEqual([seekerSlot(wedTen)]);
  });

  it.each(['COUNTER_PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const)(
    'offers nothing once the proposal is %s',
    (status) => {
      expect(openSlots(proposal({ status }), NOW)).toEqual([]);
    },
  );
});

describe('counter-proposals', () => {
  const friday = at('2025-03-07T22:00:00Z'); // Fri 17:00 EST: outside hours, but it is the manager's choice
  const counter = (overrides: Partial<Parameters<typeof counterPropose>[0]> = {}) =>
    counterPropose({
      request: aRequest(),
      proposal: proposal(),
      slotId: 'counter',
      startsAt: friday,
      now: NOW,
      ...overrides,
    });
  const counterSlot: ProposedSlot = {
    id: 'counter',
    offeredBy: 'CONTACT',
    startsAt: friday,
    durationMinutes: 20,
    timeZone: 'America/New_York',
  };

  it('the manager offers another time, at the length the seeker asked, which also accepts the request', () => {
    const outcome = expectOk(counter());
    expect(outcome.request.status).toBe('ACCEPTED');
    expect(outcome.proposal).toMatchObject({ status: 'COUNTER_PROPOSED', counterSlot });
    const short = proposal({ slots: [seekerSlot(tueNine, 15)] });
    expect(expectOk(counter({ proposal: short })).proposal.counterSlot?.durationMinutes).toBe(15);
  });

  it('refuses a past time, an offered time and a closed request', () => {
    expect(counter({ startsAt: NOW })).toMatchObject({
      error: { code: 'SCHEDULING.SLOT_IN_PAST' },
    });
    expect(counter({ startsAt: wedTen })).toMatchObject({
      error: {
        code: 'SCHEDULING.SLOT_ALREADY_PROPOSED',
        details: { slotId: seekerSlot(wedTen).id },
      },
    });
    expect(counter({ request: aRequest({ status: 'DECLINED' }) })).toMatchObject({
      error: { code: 'SCHEDULING.REQUEST_CLOSED' },
    });
  });

  it('the seeker accepts the counter-offer and the meeting is booked', () => {
    const countered = expectOk(counter());
    const outcome = expectOk(acceptCounterProposal({ ...countered, meetingId: 'm2', now: NOW }));
    expect(outcome.proposal).toMatchObject({ status: 'ACCEPTED', chosenSlotId: 'counter' });
    expect(chosenSlot(outcome.proposal)).toEqual(counterSlot);
    expect(outcome.meeting).toMatchObject({ id: 'm2', startsAt: friday, durationMinutes: 20 });
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

  it('the seeker answers a counter-offer with new times, at the length asked before', () => {
    const countered = proposal({ status: 'COUNTER_PROPOSED', counterSlot });
    expect(
      reviseSlots({ proposal: countered, slots: offers(monAfterDst), now: NOW }),
    ).toMatchObject({
      ok: true,
      value: { status: 'PROPOSED', slots: [seekerSlot(monAfterDst)], counterSlot: null },
    });
    expect(reviseSlots({ proposal: countered, slots: offers(friday), now: NOW })).toMatchObject({
      error: { code: 'SCHEDULING.OUTSIDE_BUSINESS_HOURS' },
    });
    expect(
      reviseSlots({ proposal: proposal(), slots: offers(monAfterDst), now: NOW }),
    ).toMatchObject({
      error: { code: 'SCHEDULING.ILLEGAL_TRANSITION' },
    });
  });

  it('checks a new length entered with the new times', () => {
    const countered = proposal({ status: 'COUNTER_PROPOSED', counterSlot });
    const revised = reviseSlots({
      proposal: countered,
      slots: offers(monAfterDst),
      durationMinutes: 15,
      now: NOW,
    });
    expect(expectOk(revised).slots[0]?.durationMinutes).toBe(15);
    expect(
      reviseSlots({
        proposal: countered,
        slots: offers(monAfterDst),
        durationMinutes: 30,
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'MEETING.TOO_LONG' } });
  });
});

describe('lengths agreed before a settings change', () => {
  const narrow = {
    ...DEFAULT_SETTINGS,
    meeting: { ...DEFAULT_SETTINGS.meeting, minMinutes: 15, maxMinutes: 15, defaultMinutes: 15 },
  };

  it('a slot offered at 20 minutes is still booked at 20 after staff narrow the range to 15', () => {
    const offered = proposal(); // 20 minutes under the defaults
    const outcome = expectOk(
      pickSlot({
        request: aRequest(),
        proposal: offered,
        slotId: seekerSlot(tueNine).id,
        meetingId: 'm',
        now: NOW,
      }),
    );
    expect(outcome.meeting.durationMinutes).toBe(20);
    const countered = expectOk(
      counterPropose({
        request: aRequest(),
        proposal: offered,
        slotId: 'c',
        startsAt: monAfterDst,
        now: NOW,
      }),
    );
    expect(
      reviseSlots({
        proposal: countered.proposal,
        slots: offers(wedTen),
        now: NOW,
        settings: narrow,
      }).ok,
    ).toBe(true);
    expect(proposeSlots(input({ durationMinutes: 20, settings: narrow }))).toMatchObject({
      error: { code: 'MEETING.TOO_LONG' },
    });
  });

  it('a proposal without slots (bad data) falls back to the default length', () => {
    expect(requestedMinutes({ slots: [] })).toBe(20);
    expect(requestedMinutes(proposal())).toBe(20);
  });
});

describe('chosenSlot', () => {
  it('is derived from the chosen id', () => {
    expect(chosenSlot(proposal())).toBeNull();
    expect(chosenSlot(proposal({ chosenSlotId: seekerSlot(wedTen).id }))).toEqual(
      seekerSlot(wedTen),
    );
    expect(chosenSlot(proposal({ chosenSlotId: 'gone' }))).toBeNull();
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

describe('a closed request closes its proposal', () => {
  const later = at('2025-03-03T18:00:00Z');

  it.each([
    ['WITHDRAWN', 'PROPOSED', 'WITHDRAWN'],
    ['WITHDRAWN', 'COUNTER_PROPOSED', 'WITHDRAWN'],
    ['DECLINED', 'PROPOSED', 'DECLINED'],
    // The table has no COUNTER_PROPOSED → DECLINED: the offer is withdrawn instead.
    ['DECLINED', 'COUNTER_PROPOSED', 'WITHDRAWN'],
  ] as const)('a %s request moves a %s proposal to %s', (requestStatus, from, to) => {
    expect(closeProposalForRequest(proposal({ status: from }), requestStatus, later)).toEqual({
      proposal: proposal({ status: to, statusChangedAt: later }),
      changed: true,
    });
  });

  it.each(REQUEST_STATUSES.filter((s) => s !== 'WITHDRAWN' && s !== 'DECLINED'))(
    'a %s request leaves the proposal open',
    (requestStatus) => {
      expect(proposalStatusForRequest(requestStatus)).toBeNull();
      expect(closeProposalForRequest(proposal(), requestStatus, later)).toEqual({
        proposal: proposal(),
        changed: false,
      });
    },
  );

  it.each(['ACCEPTED', 'DECLINED', 'WITHDRAWN'] as const)(
    'a %s proposal is left as it is',
    (status) => {
      const settled = proposal({ status });
      expect(closeProposalForRequest(settled, 'WITHDRAWN', later)).toEqual({
        proposal: settled,
        changed: false,
      });
    },
  );

  it('withdrawing the request withdraws its open offer in one step', () => {
    const result = expectOk(
      closeRequestWithProposal({
        request: aRequest(),
        to: 'WITHDRAWN',
        proposal: proposal(),
        now: later,
      }),
    );
    expect(result).toMatchObject({
      request: { status: 'WITHDRAWN', statusChangedAt: later },
      proposal: { status: 'WITHDRAWN', statusChangedAt: later },
      proposalChanged: true,
    });
    expect(openSlots(result.proposal as SlotProposal, NOW)).toEqual([]);
  });

  it('records a decline without a proposal, and refuses an illegal request move', () => {
    expect(
      closeRequestWithProposal({ request: aRequest(), to: 'DECLINED', proposal: null, now: later }),
    ).toMatchObject({
      ok: true,
      value: { request: { status: 'DECLINED' }, proposal: null, proposalChanged: false },
    });
    expect(
      closeRequestWithProposal({
        request: aRequest({ status: 'ACCEPTED' }),
        to: 'WITHDRAWN',
        proposal: proposal(),
        now: later,
      }),
    ).toMatchObject({ ok: false, error: { code: 'REQUEST.ILLEGAL_TRANSITION' } });
  });
});

describe('reading stored proposals', () => {
  const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

  it('a proposal stored as JSON comes back with Dates, and the contact can still pick a slot', () => {
    const original = proposal();
    const raw = stored(original) as { slots: { startsAt: unknown }[] };
    expect(typeof raw.slots[0]?.startsAt).toBe('string');
    const read = expectOk(proposalFromRecord(raw));
    expect(read).toEqual(original);
    expect(openSlots(read, NOW)).toEqual([seekerSlot(tueNine), seekerSlot(wedTen)]);
    const outcome = expectOk(
      pickSlot({
        request: aRequest(),
        proposal: read,
        slotId: seekerSlot(wedTen).id,
        meetingId: 'm1',
        now: NOW,
      }),
    );
    expect(outcome.meeting.startsAt).toEqual(wedTen);
  });

  it('round-trips a countered and a settled proposal, and puts slot rows in order', () => {
    const countered = expectOk(
      counterPropose({
        request: aRequest(),
        proposal: proposal(),
        slotId: 'c',
        startsAt: monAfterDst,
        now: NOW,
      }),
    ).proposal;
    expect(expectOk(proposalFromRecord(stored(countered)))).toEqual(countered);
    const settled = expectOk(
      acceptCounterProposal({ request: aRequest(), proposal: countered, meetingId: 'm', now: NOW }),
    ).proposal;
    expect(expectOk(proposalFromRecord(stored(settled)))).toEqual(settled);
    const shuffled = {
      ...(stored(countered) as object),
      slots: stored([...countered.slots].reverse()),
    };
    expect(expectOk(proposalFromRecord(shuffled)).slots).toEqual(countered.slots);
  });

  it('property: any valid proposal survives a JSON round trip', () => {
    const weekdayNine = [4, 5, 6, 7, 10, 11, 12].map((d) =>
      at(`2025-03-${String(d).padStart(2, '0')}T15:00:00Z`),
    );
    fc.assert(
      fc.property(
        fc.subarray(weekdayNine, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 15, max: 20 }),
        (dates, minutes) => {
          const made = expectOk(
            proposeSlots(input({ slots: offers(...dates), durationMinutes: minutes })),
          );
          expect(expectOk(proposalFromRecord(stored(made)))).toEqual(made);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reads one slot row', () => {
    expect(slotFromRecord(stored(seekerSlot(tueNine)))).toEqual({
      ok: true,
      value: seekerSlot(tueNine),
    });
    expect(slotFromRecord({ ...seekerSlot(tueNine), startsAt: '2025-03-04T09:00' })).toMatchObject({
      error: { code: 'RECORD.INVALID', field: 'startsAt' },
    });
    expect(slotFromRecord(null)).toMatchObject({ error: { field: 'record' } });
  });

  it.each([
    [{ slots: 'none' }, 'slots'],
    [{ slots: [{ ...seekerSlot(tueNine), startsAt: 'Tuesday' }] }, 'slots.0.startsAt'],
    [{ slots: [{ ...seekerSlot(tueNine), offeredBy: 'CONTACT' }] }, 'slots'],
    [{ counterSlot: seekerSlot(monAfterDst) }, 'counterSlot'],
    [{ chosenSlotId: 'missing' }, 'chosenSlotId'],
    [{ businessHours: { days: [1], opensAt: '17:00', closesAt: '09:00' } }, 'businessHours'],
    [
      { businessHours: { days: ['Mon'], opensAt: '09:00', closesAt: '17:00' } },
      'businessHours.days',
    ],
    [{ status: 'MAYBE' }, 'status'],
    [{ proposedAt: 1741014000000 }, 'proposedAt'],
  ])('refuses %j', (change, field) => {
    expect(proposalFromRecord({ ...(stored(proposal()) as object), ...change })).toMatchObject({
      ok: false,
      error: { code: 'RECORD.INVALID', field },
    });
  });
});

describe('impossible statuses', () => {
  it('throw instead of being treated as open or closed', () => {
    expect(() => isOpenProposal('LOST' as never)).toThrow('Unexpected value: LOST');
    expect(() => proposalStatusForRequest('LOST' as never)).toThrow('Unexpected value: LOST');
  });
});
