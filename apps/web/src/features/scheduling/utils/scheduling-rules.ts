import type { Verdict } from '@rapport/client/use-validated-form';
import {
  checkDuration,
  checkTimeZone,
  DEFAULT_SETTINGS,
  localDateAndTimeToInstant,
  localDateTimeToInstant,
  proposeSlots,
  scheduleMeeting,
  validateSlots,
  type LocationKind,
  type RequestStatus,
} from '@rapport/domain';

/**
 * The form side of the API's scheduling rules: the same domain functions,
 * run on what the seeker typed, with the agency's default settings (the API
 * applies the real ones and has the last word). Field names are the API's,
 * so its refusals land on the same fields.
 */

export const LOCATION_FIELDS = ['location.kind', 'location.details'] as const;

export interface LocationValues {
  'location.kind': LocationKind;
  'location.details': string;
}

export const SCHEDULE_FIELDS = [
  'startsAt',
  'time',
  'timeZone',
  'durationMinutes',
  ...LOCATION_FIELDS,
] as const;

export interface ScheduleValues extends LocationValues {
  /** The date, "2026-04-02"; named as the API names the start, so its errors land here. */
  startsAt: string;
  /** The time of day, "10:00". */
  time: string;
  timeZone: string;
  durationMinutes: string;
}

export interface ScheduleChecked {
  startsAt: string;
  timeZone: string;
  durationMinutes: number;
  location: { kind: LocationKind; details: string | null };
}

/** Whole minutes from a number field; null (the default length) when left empty. */
function minutesOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

const refuse = (field: string, message: string) =>
  ({ ok: false, error: { field, message } }) as const;

/** A time agreed on the phone after a yes, checked as scheduleMeeting checks it. */
export function checkSchedule(values: ScheduleValues, now: Date): Verdict<ScheduleChecked> {
  const start = localDateAndTimeToInstant(values.startsAt, values.time, values.timeZone, {
    date: 'startsAt',
    time: 'time',
  });
  if (!start.ok) return start;
  const booked = scheduleMeeting({
    id: 'draft',
    request: { id: 'draft', status: 'ACCEPTED', seekerId: 'draft', contactId: 'draft' },
    startsAt: start.value,
    durationMinutes: minutesOf(values.durationMinutes),
    timeZone: values.timeZone,
    location: { kind: values['location.kind'], details: values['location.details'] },
    now,
  });
  if (!booked.ok) return booked;
  const meeting = booked.value;
  return {
    ok: true,
    value: {
      startsAt: meeting.startsAt.toISOString(),
      timeZone: meeting.timeZone,
      durationMinutes: meeting.durationMinutes,
      location: meeting.location,
    },
  };
}

/** The most times a seeker may offer at once (the agency's default). */
export const MAX_SLOTS = DEFAULT_SETTINGS.scheduling.maxSlots;

/** The field of the n-th offered time, as the API names it. */
export const slotField = (index: number) => `slots.${index}` as const;
export type SlotField = ReturnType<typeof slotField>;

export const PROPOSAL_FIELDS = [
  ...Array.from({ length: MAX_SLOTS }, (_, index) => slotField(index)),
  'timeZone',
  'durationMinutes',
  ...LOCATION_FIELDS,
] as const;

export interface ProposalValues extends LocationValues {
  /** Each offered time as a date-time picker gives it ("2026-04-02T10:00"), on the contact's clock. */
  slots: string[];
  timeZone: string;
  durationMinutes: string;
}

export interface ProposalChecked {
  slots: string[];
  timeZone: string;
  durationMinutes: number;
  location: { kind: LocationKind; details: string | null };
}

function slotInstants(slots: readonly string[], zone: string): Verdict<Date[]> {
  const checkedZone = checkTimeZone(zone);
  if (!checkedZone.ok) return checkedZone;
  const instants: Date[] = [];
  for (const [index, slot] of slots.entries()) {
    if (slot === '') {
      return refuse(slotField(index), 'Choose a date and time, or remove this time.');
    }
    const instant = localDateTimeToInstant(slot, checkedZone.value, slotField(index));
    if (!instant.ok) return instant;
    instants.push(instant.value);
  }
  return { ok: true, value: instants };
}

/** Times offered through a link, checked as proposeSlots checks them. */
export function checkProposal(
  values: ProposalValues,
  askStatus: RequestStatus,
  now: Date,
): Verdict<ProposalChecked> {
  const instants = slotInstants(values.slots, values.timeZone);
  if (!instants.ok) return instants;
  const proposal = proposeSlots({
    id: 'draft',
    request: { id: 'draft', status: askStatus, seekerId: 'draft', contactId: 'draft' },
    slots: instants.value.map((startsAt, index) => ({ id: String(index), startsAt })),
    durationMinutes: minutesOf(values.durationMinutes),
    contactTimeZone: values.timeZone,
    location: { kind: values['location.kind'], details: values['location.details'] },
    now,
  });
  if (!proposal.ok) return proposal;
  return {
    ok: true,
    value: {
      slots: instants.value.map((instant) => instant.toISOString()),
      timeZone: proposal.value.timeZone,
      durationMinutes: proposal.value.slots[0]!.durationMinutes,
      location: proposal.value.location,
    },
  };
}

/** New times in answer to the contact's, in the proposal's zone and hours. */
export function checkRevision(
  values: Pick<ProposalValues, 'slots' | 'durationMinutes'>,
  proposal: { timeZone: string; durationMinutes: number },
  now: Date,
): Verdict<{ slots: string[]; durationMinutes: number }> {
  const instants = slotInstants(values.slots, proposal.timeZone);
  if (!instants.ok) return instants;
  const entered = minutesOf(values.durationMinutes);
  const duration =
    entered === null || entered === proposal.durationMinutes
      ? ({ ok: true, value: proposal.durationMinutes } as const)
      : checkDuration(entered);
  if (!duration.ok) return duration;
  const slots = validateSlots(
    instants.value.map((startsAt, index) => ({ id: String(index), startsAt })),
    {
      durationMinutes: duration.value,
      timeZone: proposal.timeZone,
      businessHours: DEFAULT_SETTINGS.scheduling.businessHours,
      now,
    },
  );
  if (!slots.ok) return slots;
  return {
    ok: true,
    value: {
      slots: instants.value.map((instant) => instant.toISOString()),
      durationMinutes: duration.value,
    },
  };
}
