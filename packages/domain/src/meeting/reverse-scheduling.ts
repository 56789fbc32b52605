import { readRecord, type RecordErrorCode, type RecordFields } from '../record.js';
import {
  changeRequestStatus,
  type InterviewRequest,
  type RequestStatus,
  type RequestTransitionErrorCode,
} from '../request/request-status.js';
import { assertNever, fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import {
  type BusinessHours,
  describeBusinessHours,
  type IsoWeekday,
  isWithinBusinessHours,
  validateBusinessHours,
} from '../time/business-hours.js';
import { checkTimeZone, localTimeRange } from '../time/time-zone.js';
import {
  canTransition,
  checkTransition,
  type TransitionTable,
  type TransitionWording,
} from '../transition.js';
import { type MeetingLocation, validateLocation } from './location.js';
import {
  bookAgreedMeeting,
  checkDuration,
  hasActiveMeeting,
  type Meeting,
  type MeetingErrorCode,
  type MeetingStatus,
  type MeetingTime,
  readMeetingLocation,
  readMeetingTime,
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
  | RequestTransitionErrorCode
  | MeetingErrorCode;

export const SLOT_OFFERERS = ['SEEKER', 'CONTACT'] as const;
export type SlotOfferer = (typeof SLOT_OFFERERS)[number];

/**
 * One offered time, stored as its own row. It carries its length and zone
 * so the response page, the booked meeting and the invitation can be built
 * from the row alone, with the length that was offered, whatever the
 * settings say later. The end is derived (meetingEndsAt).
 */
export interface ProposedSlot extends MeetingTime {
  id: string;
  offeredBy: SlotOfferer;
}

/** A time the seeker is about to offer; the caller gives each its row id. */
export interface SlotInput {
  id: string;
  startsAt: Date;
}

export interface SlotProposal {
  id: string;
  requestId: string;
  seekerId: string;
  contactId: string;
  status: ProposalStatus;
  /** The contact's zone: slots are checked against their business hours there. */
  timeZone: string;
  businessHours: BusinessHours;
  location: MeetingLocation;
  /** The seeker's offered times, chronological. */
  slots: readonly ProposedSlot[];
  /** The time the contact offered instead, if they did. */
  counterSlot: ProposedSlot | null;
  /** The slot (offered or countered) the meeting was booked at. */
  chosenSlotId: string | null;
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
 * Returns them as slot rows in chronological order. The length in `rules`
 * is taken as already checked.
 */
export function validateSlots(
  slots: readonly SlotInput[],
  rules: SlotRules,
): Result<ProposedSlot[], SchedulingErrorCode> {
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
  const seenTimes = new Set<number>();
  const seenIds = new Set<string>();
  for (const [index, slot] of slots.entries()) {
    const { startsAt } = slot;
    const local = localTimeRange(startsAt, rules.durationMinutes, rules.timeZone);
    const details = { index, startsAt: startsAt.toISOString(), local };
    const field = `slots.${index}`;
    if (startsAt.getTime() <= rules.now.getTime()) {
      return fail('SCHEDULING.SLOT_IN_PAST', 'Every time you offer must be in the future.', {
        field,
        details,
      });
    }
    if (
      !isWithinBusinessHours(startsAt, rules.durationMinutes, rules.timeZone, rules.businessHours)
    ) {
      return fail(
        'SCHEDULING.OUTSIDE_BUSINESS_HOURS',
        `${local.date} ${local.startTime}–${local.endTime} in ${rules.timeZone} is outside their business hours (${describeBusinessHours(rules.businessHours)}). Offer a time when their office is open.`,
        { field, details: { ...details, businessHours: rules.businessHours } },
      );
    }
    if (seenTimes.has(startsAt.getTime()) || seenIds.has(slot.id)) {
      return fail('SCHEDULING.DUPLICATE_SLOT', 'You offered the same time twice.', {
        field,
        details,
      });
    }
    seenTimes.add(startsAt.getTime());
    seenIds.add(slot.id);
  }
  return ok(
    slots
      .map((slot): ProposedSlot => ({
        id: slot.id,
        offeredBy: 'SEEKER',
        startsAt: slot.startsAt,
        durationMinutes: rules.durationMinutes,
        timeZone: rules.timeZone,
      }))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
  );
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
  slots: readonly SlotInput[];
  /** Entered by the seeker, so checked against the settings; the default length when missing. */
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
  const open = (input.proposalsForRequest ?? []).find((p) => isOpenProposal(p.status));
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
    timeZone: zone.value,
    businessHours: hours.value,
    location: location.value,
    slots: slots.value,
    counterSlot: null,
    chosenSlotId: null,
    proposedAt: input.now,
    statusChangedAt: input.now,
  });
}

/** Still waiting for one side to answer. */
export function isOpenProposal(status: ProposalStatus): boolean {
  switch (status) {
    case 'PROPOSED':
    case 'COUNTER_PROPOSED':
      return true;
    case 'ACCEPTED':
    case 'DECLINED':
    case 'WITHDRAWN':
      return false;
    default:
      return assertNever(status);
  }
}

/**
 * The length the seeker asked for: that of the offered slots (one proposal
 * offers one length). A proposal without slots only comes from bad data;
 * it falls back to the product's default rather than failing a contact.
 */
export function requestedMinutes(proposal: Pick<SlotProposal, 'slots'>): number {
  return proposal.slots[0]?.durationMinutes ?? DEFAULT_SETTINGS.meeting.defaultMinutes;
}

/** The slot the meeting was booked at, derived from `chosenSlotId`. */
export function chosenSlot(proposal: SlotProposal): ProposedSlot | null {
  if (proposal.chosenSlotId === null) return null;
  return (
    [...proposal.slots, proposal.counterSlot].find((slot) => slot?.id === proposal.chosenSlotId) ??
    null
  );
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

/**
 * The offered times still worth showing on the contact's response page:
 * none once the proposal is answered, withdrawn or waiting on the seeker.
 */
export function openSlots(proposal: SlotProposal, now: Date): ProposedSlot[] {
  if (proposal.status !== 'PROPOSED') return [];
  return proposal.slots.filter((slot) => slot.startsAt.getTime() > now.getTime());
}

export interface SchedulingOutcome {
  request: InterviewRequest;
  proposal: SlotProposal;
  meeting: Meeting;
}

interface BookingInput {
  request: InterviewRequest;
  proposal: SlotProposal;
  meetingId: string;
  meetingsForRequest?: readonly { id: string; status: MeetingStatus }[];
  now: Date;
}

/**
 * The contact picks one of the offered times: the request is accepted and
 * the meeting booked, at the length that was offered.
 */
export function pickSlot(
  input: BookingInput & { slotId: string },
): Result<SchedulingOutcome, SchedulingErrorCode> {
  const moved = move(input.proposal, 'ACCEPTED');
  if (!moved.ok) return moved;
  const slot = input.proposal.slots.find((s) => s.id === input.slotId);
  if (!slot) {
    return fail('SCHEDULING.UNKNOWN_SLOT', 'That time is not one of the times offered.', {
      field: 'slotId',
    });
  }
  if (slot.startsAt.getTime() <= input.now.getTime()) return slotInPast(slot.startsAt);
  return book(input, slot);
}

function book(
  input: BookingInput,
  slot: ProposedSlot,
): Result<SchedulingOutcome, SchedulingErrorCode> {
  const request = acceptRequest(input.request, input.now);
  if (!request.ok) return request;
  const meeting = bookAgreedMeeting({
    id: input.meetingId,
    request: request.value,
    startsAt: slot.startsAt,
    durationMinutes: slot.durationMinutes,
    timeZone: slot.timeZone,
    location: input.proposal.location,
    meetingsForRequest: input.meetingsForRequest,
    now: input.now,
  });
  if (!meeting.ok) return meeting;
  return ok({
    request: request.value,
    proposal: {
      ...input.proposal,
      status: 'ACCEPTED',
      chosenSlotId: slot.id,
      statusChangedAt: input.now,
    },
    meeting: meeting.value,
  });
}

/**
 * The contact offers a time of their own. It is their calendar, so their
 * business hours do not bind them; it must still be in the future and new.
 * It keeps the length the seeker asked for.
 */
export function counterPropose(input: {
  request: InterviewRequest;
  proposal: SlotProposal;
  slotId: string;
  startsAt: Date;
  now: Date;
}): Result<{ request: InterviewRequest; proposal: SlotProposal }, SchedulingErrorCode> {
  const moved = move(input.proposal, 'COUNTER_PROPOSED');
  if (!moved.ok) return moved;
  if (input.startsAt.getTime() <= input.now.getTime()) return slotInPast(input.startsAt);
  const offered = input.proposal.slots.find(
    (slot) => slot.startsAt.getTime() === input.startsAt.getTime(),
  );
  if (offered) {
    return fail(
      'SCHEDULING.SLOT_ALREADY_PROPOSED',
      'That time is one of the times offered: pick it instead of offering it back.',
      { field: 'startsAt', details: { slotId: offered.id } },
    );
  }
  const request = acceptRequest(input.request, input.now);
  if (!request.ok) return request;
  return ok({
    request: request.value,
    proposal: {
      ...input.proposal,
      status: 'COUNTER_PROPOSED',
      counterSlot: {
        id: input.slotId,
        offeredBy: 'CONTACT',
        startsAt: input.startsAt,
        durationMinutes: requestedMinutes(input.proposal),
        timeZone: input.proposal.timeZone,
      },
      statusChangedAt: input.now,
    },
  });
}

/** The seeker takes the time the contact offered. */
export function acceptCounterProposal(
  input: BookingInput,
): Result<SchedulingOutcome, SchedulingErrorCode> {
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
  if (slot.startsAt.getTime() <= input.now.getTime()) return slotInPast(slot.startsAt);
  return book(input, slot);
}

/**
 * The seeker answers a counter-offer with new times of their own, at the
 * length asked before unless they enter a new one (which is then checked).
 */
export function reviseSlots(input: {
  proposal: SlotProposal;
  slots: readonly SlotInput[];
  durationMinutes?: number | null;
  now: Date;
  settings?: AgencySettings;
}): Result<SlotProposal, SchedulingErrorCode> {
  const moved = move(input.proposal, 'PROPOSED');
  if (!moved.ok) return moved;
  const entered = input.durationMinutes ?? null;
  const duration =
    entered === null
      ? ok(requestedMinutes(input.proposal))
      : checkDuration(entered, input.settings);
  if (!duration.ok) return duration;
  const slots = validateSlots(input.slots, {
    durationMinutes: duration.value,
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

/**
 * What a request's new status does to its open proposal. A withdrawn or
 * declined request takes its offered times with it, so the contact's page
 * stops offering them; an unanswered request keeps them, because a late
 * answer may still pick one.
 */
export function proposalStatusForRequest(status: RequestStatus): ProposalStatus | null {
  switch (status) {
    case 'WITHDRAWN':
      return 'WITHDRAWN';
    case 'DECLINED':
      return 'DECLINED';
    case 'ASKED':
    case 'ACCEPTED':
    case 'NO_RESPONSE':
      return null;
    default:
      return assertNever(status);
  }
}

/**
 * Brings a proposal in line with its request's status. Settled proposals and
 * requests still open are left alone (`changed: false`), so it is safe to
 * call on every request change. When the table has no direct move (a
 * counter-offer the contact could not decline), the proposal is withdrawn:
 * it may not outlive its request either way.
 */
export function closeProposalForRequest(
  proposal: SlotProposal,
  requestStatus: RequestStatus,
  now: Date,
): { proposal: SlotProposal; changed: boolean } {
  const target = proposalStatusForRequest(requestStatus);
  if (target === null || !isOpenProposal(proposal.status)) return { proposal, changed: false };
  const status = canTransition(PROPOSAL_TRANSITIONS, proposal.status, target)
    ? target
    : 'WITHDRAWN';
  return { proposal: { ...proposal, status, statusChangedAt: now }, changed: true };
}

/**
 * Withdraws or declines a request and closes its open proposal in the same
 * step: what the API calls when the seeker withdraws or records a decline.
 */
export function closeRequestWithProposal(input: {
  request: InterviewRequest;
  to: 'WITHDRAWN' | 'DECLINED';
  proposal: SlotProposal | null;
  now: Date;
}): Result<
  { request: InterviewRequest; proposal: SlotProposal | null; proposalChanged: boolean },
  RequestTransitionErrorCode
> {
  const request = changeRequestStatus(input.request, input.to, input.now);
  if (!request.ok) return request;
  if (input.proposal === null) {
    return ok({ request: request.value, proposal: null, proposalChanged: false });
  }
  const closed = closeProposalForRequest(input.proposal, request.value.status, input.now);
  return ok({ request: request.value, proposal: closed.proposal, proposalChanged: closed.changed });
}

function readSlot(fields: RecordFields): ProposedSlot {
  return {
    id: fields.string('id'),
    offeredBy: fields.oneOf('offeredBy', SLOT_OFFERERS),
    ...readMeetingTime(fields),
  };
}

/**
 * One slot row as persistence returns it, with its instant possibly a
 * string. The one place where stored slots become domain values; the length
 * is read as offered, not checked against today's settings.
 */
export function slotFromRecord(raw: unknown): Result<ProposedSlot, RecordErrorCode> {
  return readRecord(raw, readSlot);
}

/**
 * A proposal as persistence returns it, its slot rows included (`slots`
 * for the seeker's, `counterSlot` for the contact's). Slots are put back in
 * chronological order, and a chosen slot must be one of them.
 */
export function proposalFromRecord(raw: unknown): Result<SlotProposal, RecordErrorCode> {
  return readRecord(raw, (f) => {
    const slots = f
      .list('slots', readSlot)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    if (slots.some((slot) => slot.offeredBy !== 'SEEKER')) {
      f.invalid('slots', 'a list of times offered by the seeker');
    }
    const counterSlot = f.nullableObject('counterSlot', readSlot);
    if (counterSlot && counterSlot.offeredBy !== 'CONTACT') {
      f.invalid('counterSlot', 'a time offered by the contact');
    }
    const hours = validateBusinessHours({
      ...f.object('businessHours', (h) => ({
        days: h.integerList('days') as IsoWeekday[],
        opensAt: h.string('opensAt'),
        closesAt: h.string('closesAt'),
      })),
    });
    const proposal: SlotProposal = {
      id: f.string('id'),
      requestId: f.string('requestId'),
      seekerId: f.string('seekerId'),
      contactId: f.string('contactId'),
      status: f.oneOf('status', PROPOSAL_STATUSES),
      timeZone: f.timeZone('timeZone'),
      businessHours: hours.ok ? hours.value : f.invalid('businessHours', 'business hours'),
      location: f.object('location', readMeetingLocation),
      slots,
      counterSlot,
      chosenSlotId: f.nullableString('chosenSlotId'),
      proposedAt: f.instant('proposedAt'),
      statusChangedAt: f.instant('statusChangedAt'),
    };
    if (proposal.chosenSlotId !== null && chosenSlot(proposal) === null) {
      f.invalid('chosenSlotId', 'the id of one of its slots');
    }
    return proposal;
  });
}
