import { normalizeEmail } from '../account/account.js';
import {
  type ContactDetails,
  type ContactErrorCode,
  normalizePhone,
  validateContact,
} from '../contact/contact.js';
import type { MeetingStatus } from '../meeting/meeting-rules.js';
import {
  type Connection,
  type NetworkErrorCode,
  validateConnection,
} from '../network/connection.js';
import { askForInterview, type AskErrorCode, type AskOutcome } from '../request/ask-rules.js';
import type { AskRecord } from '../request/ask-throttle.js';
import type { AskChannel } from '../request/request-status.js';
import type { HiringStatus } from '../company/company.js';
import { fail, ok, type Result } from '../result.js';
import type { AgencySettings } from '../settings.js';
import { optionalText, requiredText } from '../text.js';
import { checkTimeZone, endOfLocalDate, localDateOf } from '../time/time-zone.js';

export const REFERRAL_LIMITS = {
  name: 120,
  title: 120,
  companyName: 120,
  howToReach: 300,
  note: 2000,
} as const;

export type ReferralErrorCode =
  | 'REFERRAL.INVALID_NAME'
  | 'REFERRAL.NEEDS_COMPANY_OR_WAY_TO_REACH'
  | 'REFERRAL.INVALID_EMAIL'
  | 'REFERRAL.INVALID_PHONE'
  | 'REFERRAL.INVALID_FIELD'
  | 'REFERRAL.MEETING_NOT_HELD'
  | 'REFERRAL.ALREADY_CONVERTED'
  | 'REFERRAL.ALREADY_FOLLOWED_UP'
  | 'TIME.INVALID_TIME_ZONE';

export interface ReferralDraft {
  name: string;
  title?: string | null;
  /** As the contact said it; `companyId` when it matches a company we know. */
  companyName?: string | null;
  companyId?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Anything else: "via LinkedIn", "ask for her at the front desk". */
  howToReach?: string | null;
  note?: string | null;
}

export interface ReferralDetails {
  name: string;
  title: string | null;
  companyName: string | null;
  companyId: string | null;
  email: string | null;
  phone: string | null;
  howToReach: string | null;
  note: string | null;
}

export interface Referral extends ReferralDetails {
  id: string;
  seekerId: string;
  givenByContactId: string;
  meetingId: string | null;
  recordedAt: Date;
  /**
   * Follow up the same day: the seeker's local date when the name was given,
   * in the zone they had then. The deadline instant is derived
   * (referralFollowUpDueAt).
   */
  followUpDueOn: string;
  timeZone: string;
  followedUpAt: Date | null;
  /** Set once the referral has become a contact. */
  contactId: string | null;
}

function text(
  raw: string | null | undefined,
  field: keyof typeof REFERRAL_LIMITS,
  label: string,
): Result<string | null, 'REFERRAL.INVALID_FIELD'> {
  return optionalText(raw, {
    field,
    label,
    max: REFERRAL_LIMITS[field],
    code: 'REFERRAL.INVALID_FIELD',
  });
}

/** A referral is only useful with a name and either a company or a way to reach the person. */
export function validateReferral(draft: ReferralDraft): Result<ReferralDetails, ReferralErrorCode> {
  const name = requiredText(draft.name, {
    field: 'name',
    label: 'Their name',
    max: REFERRAL_LIMITS.name,
    code: 'REFERRAL.INVALID_NAME',
  });
  if (!name.ok) return name;
  const title = text(draft.title, 'title', 'Title');
  if (!title.ok) return title;
  const companyName = text(draft.companyName, 'companyName', 'Company');
  if (!companyName.ok) return companyName;
  const howToReach = text(draft.howToReach, 'howToReach', 'How to reach them');
  if (!howToReach.ok) return howToReach;
  const note = text(draft.note, 'note', 'The note');
  if (!note.ok) return note;
  let email: string | null = null;
  if (draft.email && draft.email.trim().length > 0) {
    const checked = normalizeEmail(draft.email);
    if (!checked.ok)
      return fail('REFERRAL.INVALID_EMAIL', checked.error.message, { field: 'email' });
    email = checked.value;
  }
  const phone = normalizePhone(draft.phone);
  if (!phone.ok) return fail('REFERRAL.INVALID_PHONE', phone.error.message, { field: 'phone' });
  const companyId = draft.companyId ?? null;
  const hasCompany = companyId !== null || companyName.value !== null;
  const canReach = email !== null || phone.value !== null || howToReach.value !== null;
  if (!hasCompany && !canReach) {
    return fail(
      'REFERRAL.NEEDS_COMPANY_OR_WAY_TO_REACH',
      'Add where they work or how to reach them (email, phone or a note), so you can follow up today.',
      { field: 'companyName' },
    );
  }
  return ok({
    name: name.value,
    title: title.value,
    companyName: companyName.value,
    companyId,
    email,
    phone: phone.value,
    howToReach: howToReach.value,
    note: note.value,
  });
}

/**
 * Saves a name given at the end of a meeting. The follow-up is due
 * immediately: by the end of the seeker's own day.
 */
export function recordReferral(input: {
  id: string;
  seekerId: string;
  givenByContactId: string;
  meeting?: { id: string; status: MeetingStatus; startsAt: Date } | null;
  draft: ReferralDraft;
  seekerTimeZone: string;
  now: Date;
}): Result<Referral, ReferralErrorCode> {
  const meeting = input.meeting ?? null;
  if (
    meeting &&
    (meeting.status === 'CANCELLED' ||
      meeting.status === 'NO_SHOW' ||
      meeting.startsAt.getTime() > input.now.getTime())
  ) {
    return fail(
      'REFERRAL.MEETING_NOT_HELD',
      'Referrals are recorded from a meeting that has taken place.',
      { details: { meetingId: meeting.id, status: meeting.status } },
    );
  }
  const zone = checkTimeZone(input.seekerTimeZone, 'seekerTimeZone');
  if (!zone.ok) return zone;
  const details = validateReferral(input.draft);
  if (!details.ok) return details;
  return ok({
    ...details.value,
    id: input.id,
    seekerId: input.seekerId,
    givenByContactId: input.givenByContactId,
    meetingId: meeting?.id ?? null,
    recordedAt: input.now,
    followUpDueOn: localDateOf(input.now, zone.value),
    timeZone: zone.value,
    followedUpAt: null,
    contactId: null,
  });
}

export const FOLLOW_UP_STATES = ['DUE', 'OVERDUE', 'DONE'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** The last moment of the due date on the seeker's clock. */
export function referralFollowUpDueAt(
  referral: Pick<Referral, 'followUpDueOn' | 'timeZone'>,
): Date {
  return endOfLocalDate(referral.followUpDueOn, referral.timeZone);
}

export function followUpState(
  referral: Pick<Referral, 'followUpDueOn' | 'timeZone' | 'followedUpAt'>,
  now: Date,
): FollowUpState {
  if (referral.followedUpAt) return 'DONE';
  return now.getTime() > referralFollowUpDueAt(referral).getTime() ? 'OVERDUE' : 'DUE';
}

export function recordFollowUp(
  referral: Referral,
  now: Date,
): Result<Referral, 'REFERRAL.ALREADY_FOLLOWED_UP'> {
  if (referral.followedUpAt) {
    return fail('REFERRAL.ALREADY_FOLLOWED_UP', 'You have already followed up on this referral.');
  }
  return ok({ ...referral, followedUpAt: now });
}

/** A contact made from a referral: private to the seeker who was given the name. */
export interface ReferredContactRecord extends ContactDetails {
  id: string;
  companyId: string | null;
  source: 'REFERRAL';
  doNotContact: false;
  ownerSeekerId: string;
  sharedWithAgency: false;
}

export interface ReferralConversion {
  referral: Referral;
  /** Null when the referral matched a contact that already exists. */
  contact: ReferredContactRecord | null;
  contactId: string;
  connection: Connection;
  /** The ask, when the seeker asked at once; its refusal does not undo the contact. */
  ask: Result<AskOutcome, AskErrorCode> | null;
}

export type ConversionErrorCode =
  'REFERRAL.ALREADY_CONVERTED' | ContactErrorCode | NetworkErrorCode;

/**
 * Turns a referral into a contact (or links it to the existing contact it
 * names), draws the REFERRED edge from the contact who gave the name, and,
 * when the seeker wants, asks the new contact for a meeting under the usual
 * ask rules.
 */
export function convertReferral(input: {
  referral: Referral;
  contactId: string;
  connectionId: string;
  /** The contact the referral matched (see matchPerson), with the person it belongs to. */
  existingContact?: {
    id: string;
    personId: string;
    companyId: string | null;
    doNotContact: boolean;
  } | null;
  existingConnections?: readonly Connection[];
  ask?: {
    requestId: string;
    channel: AskChannel;
    message?: string | null;
    asks: readonly AskRecord[];
    /** The contact's company: the ask takes its company from here alone. */
    company?: { id: string; name: string; hiringStatus: HiringStatus } | null;
    settings?: AgencySettings;
  } | null;
  now: Date;
}): Result<ReferralConversion, ConversionErrorCode> {
  const { referral } = input;
  if (referral.contactId !== null) {
    return fail('REFERRAL.ALREADY_CONVERTED', 'This referral is already in your contacts.', {
      details: { contactId: referral.contactId },
    });
  }
  const existing = input.existingContact ?? null;
  let contact: ReferredContactRecord | null = null;
  if (!existing) {
    const notes = [referral.note, referral.howToReach && `How to reach: ${referral.howToReach}`]
      .filter((part): part is string => Boolean(part))
      .join('\n');
    const details = validateContact({
      name: referral.name,
      title: referral.title,
      email: referral.email,
      phone: referral.phone,
      notes,
    });
    if (!details.ok) return details;
    contact = {
      ...details.value,
      id: input.contactId,
      companyId: referral.companyId,
      source: 'REFERRAL',
      doNotContact: false,
      ownerSeekerId: referral.seekerId,
      sharedWithAgency: false,
    };
  }
  const contactId = existing?.id ?? input.contactId;
  const connection = validateConnection(
    {
      id: input.connectionId,
      kind: 'REFERRED',
      from: { type: 'CONTACT', id: referral.givenByContactId },
      to: { type: 'CONTACT', id: contactId },
      meetingId: referral.meetingId,
      // A referral joins the agency's network: the next seeker may walk it.
      // While the referred contact is private to this seeker, that private
      // end hides the edge from everyone else (visibleTo).
      ownerSeekerId: null,
      recordedAt: input.now,
    },
    input.existingConnections,
  );
  if (!connection.ok) return connection;
  const ask = input.ask
    ? askForInterview({
        id: input.ask.requestId,
        seekerId: referral.seekerId,
        contact: {
          id: contactId,
          // A new contact is a new person, named by its own id.
          personId: existing?.personId ?? contactId,
          doNotContact: existing?.doNotContact ?? false,
          name: referral.name,
          company: input.ask.company ?? null,
        },
        channel: input.ask.channel,
        message: input.ask.message,
        asks: input.ask.asks,
        now: input.now,
        settings: input.ask.settings,
      })
    : null;
  return ok({
    referral: { ...referral, contactId },
    contact,
    contactId,
    connection: connection.value,
    ask,
  });
}
