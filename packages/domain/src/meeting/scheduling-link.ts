import { DAY_MS } from '../request/request-status.js';
import { fail, ok, type Result } from '../result.js';
import { inZone } from '../time/time-zone.js';
import type { ProposalStatus, SlotProposal } from './reverse-scheduling.js';

/**
 * The link a seeker pastes into an email so the contact can answer a time
 * proposal without an account. The token itself is made and hashed by the
 * API (randomness is not the domain's); these are the rules about when a
 * link still opens the page.
 */
export type SchedulingLinkErrorCode =
  | 'SCHEDULING.LINK_USED'
  | 'SCHEDULING.LINK_EXPIRED'
  | 'SCHEDULING.LINK_REPLACED'
  | 'SCHEDULING.LINK_CLOSED';

/**
 * A link stays open this many days after the last time it offers: long
 * enough for a contact who reads email late to still answer (offer another
 * time or decline), short enough that an old email is not a standing door.
 */
export const SCHEDULING_LINK_DAYS_AFTER_LAST_SLOT = 3;

export interface SchedulingLinkState {
  expiresAt: Date;
  /** When the contact answered through it; a link answers once. */
  usedAt: Date | null;
  /** When the seeker made a newer link for the same proposal. */
  replacedAt: Date | null;
}

/** When a link for these offered times stops opening. */
export function schedulingLinkExpiresAt(proposal: Pick<SlotProposal, 'slots'>): Date {
  const last = Math.max(...proposal.slots.map((slot) => slot.startsAt.getTime()));
  return new Date(last + SCHEDULING_LINK_DAYS_AFTER_LAST_SLOT * DAY_MS);
}

/**
 * Whether a link still lets the contact answer. Checked in this order, so
 * the message says what really happened: answered already, replaced by a
 * newer link, the seeker withdrew the times (or the ask closed), expired.
 */
export function checkSchedulingLink(
  link: SchedulingLinkState,
  proposalStatus: ProposalStatus,
  now: Date,
): Result<true, SchedulingLinkErrorCode> {
  if (link.usedAt !== null) {
    return fail(
      'SCHEDULING.LINK_USED',
      'This link has already been answered, so it cannot be used again. If something changed, reply to the email it came with.',
      { details: { usedAt: link.usedAt.toISOString(), answer: proposalStatus } },
    );
  }
  if (link.replacedAt !== null) {
    return fail(
      'SCHEDULING.LINK_REPLACED',
      'This link has been replaced by a newer one. Please use the most recent link you were sent.',
    );
  }
  if (proposalStatus !== 'PROPOSED') {
    return fail(
      'SCHEDULING.LINK_CLOSED',
      'These times are no longer on offer: the request was withdrawn or already settled. Nothing more is needed from you.',
      { details: { status: proposalStatus } },
    );
  }
  if (link.expiresAt.getTime() <= now.getTime()) {
    return fail(
      'SCHEDULING.LINK_EXPIRED',
      'This link has expired. If you would still like to meet, reply to the email it came with.',
      { details: { expiresAt: link.expiresAt.toISOString() } },
    );
  }
  return ok(true);
}

/** The first word of a name, as people are greeted. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}

/** "Tuesday 4 March at 09:00", on the wall clock of `zone` (already checked). */
export function describeSlotTime(startsAt: Date, zone: string): string {
  return inZone(startsAt, zone).setLocale('en-GB').toFormat("cccc d LLLL 'at' HH:mm");
}

/**
 * A sentence the seeker can paste into an email (or read out) with the link:
 * the times on the contact's clock, the length, and that no account is needed.
 */
export function schedulingLinkMessage(input: {
  contactName: string;
  durationMinutes: number;
  timeZone: string;
  slots: readonly { startsAt: Date }[];
  url: string;
}): string {
  const times = [...input.slots]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((slot) => describeSlotTime(slot.startsAt, input.timeZone));
  const listed =
    times.length === 1
      ? `Would ${times[0]} suit you`
      : `Would one of these times suit you: ${times.slice(0, -1).join(', ')} or ${times.at(-1)}`;
  return `Hello ${firstNameOf(input.contactName)}, thank you for considering a brief ${input.durationMinutes}-minute meeting. ${listed} (${input.timeZone} time)? You can pick one, suggest another time or decline here, no account needed: ${input.url}`;
}
