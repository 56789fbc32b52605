import {
  changeRequestStatus,
  type InterviewRequest,
  type RequestStatus,
} from '../request/request-status.js';
import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import {
  type BusinessHours,
  describeBusinessHours,
  isWithinBusinessHours,
  validateBusinessHours,
} from '../time/business-hours.js';
import { checkTimeZone, localTimeRange } from '../time/time-zone.js';
import { checkTransition, type TransitionTable, type TransitionWording } from '../transition.js';
import { type MeetingLocation, validateLocation } from './location.js';
import {
  checkDuration,
  hasActiveMeeting,
  type Meeting,
  type MeetingErrorCode,
  type MeetingStatus,
  scheduleMeeting,
} from './meeting-rules.js';

/**
 * Reverse scheduling: the seeker offers a few times that suit the contact,
 * the contact picks one from a link (no account), offers another time, or
 * declines. After a counter-offer the seeker accepts it or offers new times.
 */
export const PROPOSAL_STATUSES = [
  'PROPOSED',
  'COUNTER_PROPOSED',
  'ACCEPTED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const PROPOSAL_TRANSITIONS: TransitionTable<ProposalStatus> = {
  PROPOSED: ['ACCEPTED', 'COUNTER_PROPOSED', 'DECLINED', 'WITHDRAWN'],
  COUNTER_PROPOSED: ['ACCEPTED', 'PROPOSED', 'WITHDRAWN'],
  ACCEPTED: [],
  DECLINED: [],
  WITHDRAWN: [],
};

const WORDING: TransitionWording<ProposalStatus> = {
  noun: 'time proposal',
  state: {
    PROPOSED: 'waiting for the contact to pick a time',
    COUNTER_PROPOSED: 'waiting for you to answer the time the contact offered',
    ACCEPTED: 'settled',
    DECLINED: 'declined',
    WITHDRAWN: 'withdrawn',
  },
  move: {
    PROPOSED: 'answered with new times',
    COUNTER_PROPOSED: 'answered with another time',
    ACCEPTED: 'accepted',
    DECLINED: 'declined',
    WITHDRAWN: 'withdrawn',
  },
};

export type SchedulingErrorCode =
  | 'SCHEDULING.ILLEGAL_TRANSITION'
  | 'SCHEDULING.REQUEST_CLOSED'
  | 'SCHEDULING.TOO_FEW_SLOTS'
  | 'SCHEDULING.TOO_MANY_SLOTS'
  | 'SCHEDULING.SLOT_IN_PAST'
  | 'SCHEDULING.OUTSIDE_BUSINESS_HOURS'
  | 'SCHEDULING.DUPLICATE_SLOT'
  | 'SCHEDULING.ALREADY_PROPOSED'
  | 'SCHEDULING.UNKNOWN_SLOT'
  | 'SCHEDULING.SLOT_ALREADY_PROPOSED'
  | 'TIME.INVALID_BUSINESS_HOURS'
  | MeetingErrorCode;

export interface SlotProposal {
  id: string;
  requestId: string;
  seekerId: string;
  contactId: string;
  status: ProposalStatus;
  durationMinutes: number;
  /** The contact's zone: slots are checked against their business hours there. */
  timeZone: string;
  businessHours: BusinessHours;
  location: MeetingLocation;
  /** Chronological. */
  slots: readonly Date[];
  counterSlot: Date | null;
  chosenSlot: Date | null;
  proposedAt: Date;
  statusChangedAt: Date;
}

type RequestRef = Pick<InterviewRequest, 'id' | 'status' | 'seekerId' | 'contactId'>;

export interface SlotRules {
  durationMinutes: number;
  timeZone: string;
  businessHours: BusinessHours;
  now: Date;
  settings?: AgencySettings;
}

/**
 * Checks the seeker's offered times: 1 to 5 of them, all in the future, all
 * inside the contact's business hours on the contact's clock, no repeats.
 * Returns them in chronological order.
 */
export function validateSlots(
  slots: readonly Date[],
  rules: SlotRules,
): Result<Date[], SchedulingErrorCode> {
  const { minSlots, maxSlots } = (rules.settings ?? DEFAULT_SETTINGS).scheduling;
  if (slots.length < minSlots) {
    return fail(
      'SCHEDULING.TOO_FEW_SLOTS',
      `Offer at least ${minSlots} ${minSlots === 1 ? 'time' : 'times'}.`,
      {
        field: 'slots',
        details: { minSlots, maxSlots },
      },
    );
  }
  if (slots.length > maxSlots) {
    return fail(
      'SCHEDULING.TOO_MANY_SLOTS',
      `Offer at most ${maxSlots} times so the choice stays quick for them.`,
      { field: 'slots', details: { minSlots, maxSlots } },
    );
  }
  const seen = new Set<number>();
  for (const [index, slot] of slots.entries()) {
    const local = localTimeRange(slot, rules.durationMinutes, rules.timeZone);
    const details = { index, startsAt: slot.toISOString(), local };
    const field = `slots.${index}`;
    if (slot.getTime() <= rules.now.getTime()) {
      return fail('SCHEDULING.SLOT_IN_PAST', 'Every time you offer must be in the future.', {
        field,
        details,
      });
    }
    if (!isWithinBusinessHours(slot, rules.durationMinutes, rules.timeZone, rules.businessHours)) {
      return fail(
        'SCHEDULING.OUTSIDE_BUSINESS_HOURS',
        `${local.date} ${local.startTime}–${local.endTime} in ${rules.timeZone} is outside their business hours (${describeBusinessHours(rules.businessHours)}). Offer a time when their office is open.`,
        { field, details: { ...details, businessHours: rules.businessHours } },
      );
    }
    if (seen.has(slot.getTime())) {
      return fail('SCHEDULING.DUPLICATE_SLOT', 'You offered the same time twice.', {
        field,
        details,
      });
    }
    seen.add(slot.getTime());
  }
  return ok([...slots].sort((a, b) => a.getTime() - b.getTime()));
}

function requestOpenForScheduling(status: RequestStatus): boolean {
  return status === 'ASKED' || status === 'ACCEPTED';
}

function requestClosed(request: RequestRef): Result<never, 'SCHEDULING.REQUEST_CLOSED'> {
  return fail(
    'SCHEDULING.REQUEST_CLOSED',
    'This request is closed, so no meeting times can be arranged for it.',
    { details: { requestStatus: request.status } },
  );
}

/** Accepting a time (or offering another) is also a yes to the request itself. */
function acceptRequest(
  request: InterviewRequest,
  now: Date,
): Result<InterviewRequest, 'SCHEDULING.REQUEST_CLOSED'> {
  if (request.status === 'ACCEPTED') return ok(request);
  const accepted = changeRequestStatus(request, 'ACCEPTED', now);
  return accepted.ok ? accepted : requestClosed(request);
}

export interface ProposeSlotsInput {
  id: string;
  request: RequestRef;
  slots: readonly Date[];
  durationMinutes?: number | null;
  contactTimeZone: string;
  /** The contact's own hours; the agency default when missing. */
  businessHours?: BusinessHours | null;
  location?: { kind: string; details?: string | null } | null;
  proposalsForRequest?: readonly { id: string; status: ProposalStatus }[];
  meetingsForRequest?: readonly { id: string; status: MeetingStatus }[];
  now: Date;
  settings?: AgencySettings;
}

export function proposeSlots(input: ProposeSlotsInput): Result<SlotProposal, SchedulingErrorCode> {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  if (!requestOpenForScheduling(input.request.status)) return requestClosed(input.request);
  const open = (input.proposalsForRequest ?? []).find(
    (p) => p.status === 'PROPOSED' || p.status === 'COUNTER_PROPOSED',
  );
  if (open) {
    return fail(
      'SCHEDULING.ALREADY_PROPOSED',
      'You already offered times for this meeting. Wait for the answer or withdraw that offer first.',
      { details: { proposalId: open.id } },
    );
  }
  if (hasActiveMeeting(input.meetingsForRequest ?? [])) {
    return fail(
      'MEETING.ALREADY_SCHEDULED',
      'There is already a meeting for this request. Reschedule it instead of offering new times.',
    );
  }
  const zone = checkTimeZone(input.contactTimeZone, 'contactTimeZone');
  if (!zone.ok) return zone;
  const hours = validateBusinessHours(input.businessHours ?? settings.scheduling.businessHours);
  if (!hours.ok) return hours;
  const duration = checkDuration(input.durationMinutes, settings);
  if (!duration.ok) return duration;
  const location = validateLocation(input.location);
  if (!location.ok) return location;
  const slots = validateSlots(input.slots, {
    durationMinutes: duration.value,
    timeZone: zone.value,
    businessHours: hours.value,
    now: input.now,
    settings,
  });
  if (!slots.ok) return slots;
  return ok({
    id: input.id,
    requestId: input.request.id,
    seekerId: input.request.seekerId,
    contactId: input.request.contactId,
    status: 'PROPOSED',
    durationMinutes: duration.value,
    timeZone: zone.value,
    businessHours: hours.value,
    location: location.value,
    slots: slots.value,
    counterSlot: null,
    chosenSlot: null,
    proposedAt: input.now,
    statusChangedAt: input.now,
  });
}

function move(
  proposal: SlotProposal,
  to: ProposalStatus,
): Result<ProposalStatus, 'SCHEDULING.ILLEGAL_TRANSITION'> {
  return checkTransition(
    PROPOSAL_TRANSITIONS,
    proposal.status,
    to,
    'SCHEDULING.ILLEGAL_TRANSITION',
    WORDING,
  );
}

function slotInPast(slot: Date): Result<never, 'SCHEDULING.SLOT_IN_PAST'> {
  return fail(
    'SCHEDULING.SLOT_IN_PAST',
    'That time has already passed. Offer or ask for another one.',
    {
      details: { startsAt: slot.toISOString() },
    },
  );
}

/** The offered times still worth showing on the contact's response page. */
export function openSlots(proposal: SlotProposal, now: Date): { index: number; startsAt: Date }[] {
  return proposal.slots
    .map((startsAt, index) => ({ index, startsAt }))
    .filter((slot) => slot.startsAt.getTime() > now.getTime());
}

export interface SchedulingOutcome {
  request: InterviewRequest;
  proposal: SlotProposal;
  meeting: Meeting;
}

/** The contact picks one of the offered times: the request is accepted and the meeting booked. */
export function pickSlot(input: {
  request: InterviewRequest;
  proposal: SlotProposal;
  slotIndex: number;
  meetingId: string;
  meetingsForRequest?: readonly { id: string; status: MeetingStatus }[];
  now: Date;
  settings?: AgencySettings;
}): Result<SchedulingOutcome, SchedulingErrorCode> {
  const moved = move(input.proposal, 'ACCEPTED');
  if (!moved.ok) return moved;
  const slot = input.proposal.slots[input.slotIndex];
  if (!slot) {
    return fail('SCHEDULING.UNKNOWN_SLOT', 'That time is not one of the times offered.', {
      field: 'slotIndex',
    });
  }
  if (slot.getTime() <= input.now.getTime()) return slotInPast(slot);
  return book(input, slot);
}

function book(
  input: {
    request: InterviewRequest;
    proposal: SlotProposal;
    meetingId: string;
    meetingsForRequest?: readonly { id: string; status: MeetingStatus }[];
    now: Date;
    settings?: AgencySettings;
  },
  slot: Date,
): Result<SchedulingOutcome, SchedulingErrorCode> {
  const request = acceptRequest(input.request, input.now);
  if (!request.ok) return request;
  const meeting = scheduleMeeting({
    id: input.meetingId,
    request: request.value,
    startsAt: slot,
    durationMinutes: input.proposal.durationMinutes,
    timeZone: input.proposal.timeZone,
    location: input.proposal.location,
    meetingsForRequest: input.meetingsForRequest,
    now: input.now,
    settings: input.settings,
  });
  if (!meeting.ok) return meeting;
  return ok({
    request: request.value,
    proposal: {
      ...input.proposal,
      status: 'ACCEPTED',
      chosenSlot: slot,
      statusChangedAt: input.now,
    },
    meeting: meeting.value,
  });
}

/**
 * The contact offers a time of their own. It is their calendar, so their
 * business hours do not bind them; it must still be in the future and new.
 */
export function counterPropose(input: {
  request: InterviewRequest;
  proposal: SlotProposal;
  startsAt: Date;
  now: Date;
}): Result<{ request: InterviewRequest; proposal: SlotProposal }, SchedulingErrorCode> {
  const moved = move(input.proposal, 'COUNTER_PROPOSED');
  if (!moved.ok) return moved;
  if (input.startsAt.getTime() <= input.now.getTime()) return slotInPast(input.startsAt);
  const index = input.proposal.slots.findIndex(
    (slot) => slot.getTime() === input.startsAt.getTime(),
  );
  if (index >= 0) {
    return fail(
      'SCHEDULING.SLOT_ALREADY_PROPOSED',
      'That time is one of the times offered: pick it instead of offering it back.',
      { field: 'startsAt', details: { slotIndex: index } },
    );
  }
  const request = acceptRequest(input.request, input.now);
  if (!request.ok) return request;
  return ok({
    request: request.value,
    proposal: {
      ...input.proposal,
      status: 'COUNTER_PROPOSED',
      counterSlot: input.startsAt,
      statusChangedAt: input.now,
    },
  });
}

/** The seeker takes the time the contact offered. */
export function acceptCounterProposal(input: {
  request: InterviewRequest;
  proposal: SlotProposal;
  meetingId: string;
  meetingsForRequest?: readonly { id: string; status: MeetingStatus }[];
  now: Date;
  settings?: AgencySettings;
}): Result<SchedulingOutcome, SchedulingErrorCode> {
  const moved = move(input.proposal, 'ACCEPTED');
  if (!moved.ok) return moved;
  const slot = input.proposal.counterSlot;
  if (input.proposal.status !== 'COUNTER_PROPOSED' || slot === null) {
    return fail(
      'SCHEDULING.ILLEGAL_TRANSITION',
      'The contact has not offered a time of their own.',
      {
        details: { from: input.proposal.status, to: 'ACCEPTED' },
      },
    );
  }
  if (slot.getTime() <= input.now.getTime()) return slotInPast(slot);
  return book(input, slot);
}

/** The seeker answers a counter-offer with new times of their own. */
export function reviseSlots(input: {
  proposal: SlotProposal;
  slots: readonly Date[];
  now: Date;
  settings?: AgencySettings;
}): Result<SlotProposal, SchedulingErrorCode> {
  const moved = move(input.proposal, 'PROPOSED');
  if (!moved.ok) return moved;
  const slots = validateSlots(input.slots, {
    durationMinutes: input.proposal.durationMinutes,
    timeZone: input.proposal.timeZone,
    businessHours: input.proposal.businessHours,
    now: input.now,
    settings: input.settings,
  });
  if (!slots.ok) return slots;
  return ok({
    ...input.proposal,
    status: 'PROPOSED',
    slots: slots.value,
    counterSlot: null,
    statusChangedAt: input.now,
  });
}

/**
 * The contact says no from the response page. If they had not accepted the
 * request yet, that is a decline of the request too; if they had, only these
 * times are refused and the seeker may offer others.
 */
export function declineProposal(input: {
  request: InterviewRequest;
  proposal: SlotProposal;
  now: Date;
}): Result<{ request: InterviewRequest; proposal: SlotProposal }, SchedulingErrorCode> {
  const moved = move(input.proposal, 'DECLINED');
  if (!moved.ok) return moved;
  const declined = changeRequestStatus(input.request, 'DECLINED', input.now);
  return ok({
    request: declined.ok ? declined.value : input.request,
    proposal: { ...input.proposal, status: 'DECLINED', statusChangedAt: input.now },
  });
}

export function withdrawProposal(
  proposal: SlotProposal,
  now: Date,
): Result<SlotProposal, SchedulingErrorCode> {
  const moved = move(proposal, 'WITHDRAWN');
  if (!moved.ok) return moved;
  return ok({ ...proposal, status: 'WITHDRAWN', statusChangedAt: now });
}
