import { type MeetingNotes, notesInOrder } from '../meeting/meeting-notes.js';
import { type Meeting, meetingRealEnd } from '../meeting/meeting-rules.js';
import { readRecord, type RecordErrorCode } from '../record.js';
import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { addBusinessDays } from '../time/business-days.js';
import {
  checkLocalDate,
  checkTimeZone,
  endOfLocalDate,
  inZone,
  localDateOf,
} from '../time/time-zone.js';
import { checkTransition, type TransitionTable, type TransitionWording } from '../transition.js';

export const THANK_YOU_KINDS = ['HANDWRITTEN_CARD', 'EMAIL'] as const;
export type ThankYouKind = (typeof THANK_YOU_KINDS)[number];

/** A handwritten card is remembered; an email is allowed but worth less. */
export const PREFERRED_THANK_YOU_KIND: ThankYouKind = 'HANDWRITTEN_CARD';

export const THANK_YOU_KIND_ADVICE: {
  readonly [K in ThankYouKind]: { preferred: boolean; message: string };
} = {
  HANDWRITTEN_CARD: {
    preferred: true,
    message: 'A handwritten card is the touch people remember. Mail it to their office.',
  },
  EMAIL: {
    preferred: false,
    message:
      'An email is better than nothing, but a handwritten card does far more to keep you in their mind.',
  },
};

export const THANK_YOU_STATUSES = ['PENDING', 'SENT'] as const;
export type ThankYouStatus = (typeof THANK_YOU_STATUSES)[number];

export const THANK_YOU_TRANSITIONS: TransitionTable<ThankYouStatus> = {
  PENDING: ['SENT'],
  SENT: [],
};

const WORDING: TransitionWording<ThankYouStatus> = {
  noun: 'thank-you note',
  state: { PENDING: 'still to send', SENT: 'sent' },
  move: { PENDING: 'reopened', SENT: 'sent' },
};

/** What the seeker sees: PENDING splits into not yet due, due today and overdue. */
export const THANK_YOU_STATES = ['UPCOMING', 'DUE_TODAY', 'OVERDUE', 'SENT'] as const;
export type ThankYouState = (typeof THANK_YOU_STATES)[number];

export type ThankYouErrorCode =
  | 'THANK_YOU.MEETING_NOT_COMPLETED'
  | 'THANK_YOU.ILLEGAL_TRANSITION'
  | 'THANK_YOU.SENT_IN_FUTURE'
  | 'THANK_YOU.SENT_BEFORE_MEETING'
  | 'THANK_YOU.INVALID_KIND'
  | 'TIME.INVALID_TIME_ZONE';

export interface ThankYouCard {
  id: string;
  meetingId: string;
  seekerId: string;
  contactId: string;
  status: ThankYouStatus;
  /** The real end of the meeting when recorded, else its agreed end: no note is sent before it. */
  meetingEndedAt: Date;
  /**
   * The seeker's local date the note is due, in the zone the seeker had when
   * it was planned. The deadline as an instant is derived (cardDueAt).
   */
  dueOn: string;
  timeZone: string;
  kind: ThankYouKind | null;
  sentAt: Date | null;
}

/**
 * Counted on the seeker's calendar from the day the meeting ended: a Friday
 * meeting gives a Tuesday card with the default two business days.
 */
export function thankYouCardDue(input: {
  meetingEndedAt: Date;
  seekerTimeZone: string;
  settings?: AgencySettings;
}): Result<{ dueOn: string; timeZone: string }, 'TIME.INVALID_TIME_ZONE'> {
  const zone = checkTimeZone(input.seekerTimeZone, 'seekerTimeZone');
  if (!zone.ok) return zone;
  const { businessDays, weekendDays, holidays } = (input.settings ?? DEFAULT_SETTINGS).thankYou;
  const dueOn = addBusinessDays(localDateOf(input.meetingEndedAt, zone.value), businessDays, {
    weekendDays,
    holidays,
  });
  return ok({ dueOn, timeZone: zone.value });
}

/** The deadline as an instant: the last moment of the due date on the seeker's clock. */
export function cardDueAt(card: Pick<ThankYouCard, 'dueOn' | 'timeZone'>): Date {
  return endOfLocalDate(card.dueOn, card.timeZone);
}

/** Once a meeting is completed, a thank-you note goes on the seeker's list. */
export function planThankYouCard(input: {
  id: string;
  meeting: Pick<
    Meeting,
    'id' | 'seekerId' | 'contactId' | 'status' | 'startsAt' | 'durationMinutes' | 'endedAt'
  >;
  seekerTimeZone: string;
  settings?: AgencySettings;
}): Result<ThankYouCard, ThankYouErrorCode> {
  if (input.meeting.status !== 'COMPLETED') {
    return fail(
      'THANK_YOU.MEETING_NOT_COMPLETED',
      'A thank-you note follows a meeting that took place; mark the meeting as completed first.',
      { details: { meetingStatus: input.meeting.status } },
    );
  }
  const meetingEndedAt = meetingRealEnd(input.meeting);
  const due = thankYouCardDue({
    meetingEndedAt,
    seekerTimeZone: input.seekerTimeZone,
    settings: input.settings,
  });
  if (!due.ok) return due;
  return ok({
    id: input.id,
    meetingId: input.meeting.id,
    seekerId: input.meeting.seekerId,
    contactId: input.meeting.contactId,
    status: 'PENDING',
    meetingEndedAt,
    ...due.value,
    kind: null,
    sentAt: null,
  });
}

export function recordThankYouSent(input: {
  card: ThankYouCard;
  kind: string;
  sentAt: Date;
  now: Date;
}): Result<ThankYouCard, ThankYouErrorCode> {
  const moved = checkTransition(
    THANK_YOU_TRANSITIONS,
    input.card.status,
    'SENT',
    'THANK_YOU.ILLEGAL_TRANSITION',
    WORDING,
  );
  if (!moved.ok) return moved;
  if (!(THANK_YOU_KINDS as readonly string[]).includes(input.kind)) {
    return fail('THANK_YOU.INVALID_KIND', 'Say whether you sent a handwritten card or an email.', {
      field: 'kind',
    });
  }
  if (input.sentAt.getTime() > input.now.getTime()) {
    return fail('THANK_YOU.SENT_IN_FUTURE', 'Record the note once it is on its way, not before.', {
      field: 'sentAt',
    });
  }
  // Against the real end: a meeting that finished early may be thanked early.
  if (input.sentAt.getTime() < input.card.meetingEndedAt.getTime()) {
    return fail('THANK_YOU.SENT_BEFORE_MEETING', 'A thank-you note is sent after the meeting.', {
      field: 'sentAt',
    });
  }
  return ok({
    ...input.card,
    status: 'SENT',
    kind: input.kind as ThankYouKind,
    sentAt: input.sentAt,
  });
}

export function thankYouState(
  card: Pick<ThankYouCard, 'status' | 'dueOn' | 'timeZone'>,
  now: Date,
): ThankYouState {
  if (card.status === 'SENT') return 'SENT';
  if (now.getTime() > cardDueAt(card).getTime()) return 'OVERDUE';
  return localDateOf(now, card.timeZone) === card.dueOn ? 'DUE_TODAY' : 'UPCOMING';
}

export const THANK_YOU_DETAIL_MAX = 120;

/**
 * Picks something the contact said, to make the note personal: the first
 * sentence of the notes, without a trailing full stop, cut at a word
 * boundary. The seeker edits it anyway; a draft only has to be a good start.
 */
export function detailFromNotes(notes: readonly (string | null | undefined)[]): string | null {
  for (const note of notes) {
    const firstLine = note
      ?.split(/\n/)
      .map((line) => line.replace(/^[\s\-*•]+/, '').trim())
      .find((line) => line.length > 0);
    if (!firstLine) continue;
    const sentence = (firstLine.match(/^.+?[.!?](\s|$)/)?.[0] ?? firstLine)
      .trim()
      .replace(/[.!?]+$/, '');
    if (sentence.length <= THANK_YOU_DETAIL_MAX) return sentence;
    const cut = sentence.slice(0, THANK_YOU_DETAIL_MAX);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
  }
  return null;
}

export interface ThankYouDraft {
  /** Only for email. */
  subject: string | null;
  body: string;
}

export interface ThankYouDraftInput {
  kind: ThankYouKind;
  seekerName: string;
  contactName: string;
  companyName?: string | null;
  detail?: string | null;
  meetingStartsAt: Date;
  /** The seeker's zone, so the weekday named is the one the seeker lived. */
  timeZone: string;
}

/** A first draft in the seeker's voice, with the names and one detail from the notes. */
export function draftThankYou(input: ThankYouDraftInput): ThankYouDraft {
  const firstName = input.contactName.trim().split(/\s+/)[0] as string;
  const day = inZone(input.meetingStartsAt, input.timeZone).setLocale('en-US').toFormat('EEEE');
  const at = input.companyName ? ` about your work at ${input.companyName}` : '';
  const detail = input.detail
    ? ` I keep coming back to what you said: ${input.detail.trim().replace(/[.!?]+$/, '')}.`
    : '';
  const body = [
    `Dear ${firstName},`,
    '',
    `Thank you for taking the time to talk with me on ${day}${at}.${detail} Your advice gave me a clearer idea of where to go next, and I will keep you posted on how my search goes.`,
    '',
    'With thanks,',
    input.seekerName.trim(),
  ].join('\n');
  return {
    subject: input.kind === 'EMAIL' ? `Thank you for our conversation on ${day}` : null,
    body,
  };
}

/** A card as persistence returns it; instants may be strings. */
export function thankYouCardFromRecord(raw: unknown): Result<ThankYouCard, RecordErrorCode> {
  return readRecord(raw, (f) => {
    const dueOn = checkLocalDate(f.string('dueOn'));
    return {
      id: f.string('id'),
      meetingId: f.string('meetingId'),
      seekerId: f.string('seekerId'),
      contactId: f.string('contactId'),
      status: f.oneOf('status', THANK_YOU_STATUSES),
      meetingEndedAt: f.instant('meetingEndedAt'),
      dueOn: dueOn.ok ? dueOn.value : f.invalid('dueOn', 'a date such as 2025-03-11'),
      timeZone: f.timeZone('timeZone'),
      kind: f.nullableOneOf('kind', THANK_YOU_KINDS),
      sentAt: f.nullableInstant('sentAt'),
    };
  });
}

/**
 * The draft for a meeting held in meeting mode: the detail is the first
 * sentence of what the seeker noted, answers to asked questions first.
 */
export function draftThankYouFromNotes(
  input: Omit<ThankYouDraftInput, 'detail'> & { notes: MeetingNotes | null },
): ThankYouDraft {
  const { notes, ...rest } = input;
  return draftThankYou({ ...rest, detail: notes ? detailFromNotes(notesInOrder(notes)) : null });
}
