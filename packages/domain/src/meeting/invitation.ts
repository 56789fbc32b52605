import { assertNever } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { localTimeRange } from '../time/time-zone.js';
import { formatMoney, type LocationKind, locationAdvice } from './location.js';
import { type Meeting, meetingEndsAt, type MeetingStatus } from './meeting-rules.js';

/**
 * What goes into a meeting's calendar invitation (.ics), in a shape no
 * calendar library owns: the API maps it onto the `ics` package, a test can
 * read it directly. Each side gets its own wording: the seeker is reminded
 * to keep it brief and who pays; the contact is told how long it will take.
 */
export const INVITATION_AUDIENCES = ['SEEKER', 'CONTACT'] as const;
export type InvitationAudience = (typeof INVITATION_AUDIENCES)[number];

export interface InvitationPerson {
  name: string;
  email: string | null;
}

export interface CalendarInvitation {
  /** The same for every version of the meeting and for both sides, so calendars update in place. */
  uid: string;
  /** Raised by every reschedule and by the cancellation (RFC 5545 SEQUENCE). */
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  status: 'CONFIRMED' | 'CANCELLED';
  /** Instants; write them in UTC. */
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  /** The zone the time was agreed in, for the description and for libraries that keep a TZID. */
  timeZone: string;
  title: string;
  location: string;
  /** The video link, when the meeting is a video call with one. */
  url: string | null;
  description: string;
  organizer: InvitationPerson;
  attendees: InvitationPerson[];
}

const WEB_LINK = /^https?:\/\/\S+$/i;

const PLACE_NAMES: { readonly [K in LocationKind]: string } = {
  OFFICE: 'office',
  COFFEE: 'Coffee',
  BREAKFAST: 'Breakfast',
  LUNCH: 'Lunch',
  VIDEO: 'Video call',
  PHONE: 'Phone call',
};

function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] as string;
}

function locationText(input: {
  kind: LocationKind;
  details: string | null;
  audience: InvitationAudience;
  contactName: string;
  officeAddress: string | null;
}): string {
  const { kind, details, audience } = input;
  switch (kind) {
    case 'OFFICE':
      return (
        input.officeAddress ??
        details ??
        (audience === 'SEEKER' ? `${firstName(input.contactName)}'s office` : 'Your office')
      );
    case 'COFFEE':
    case 'BREAKFAST':
    case 'LUNCH':
      return details ? `${PLACE_NAMES[kind]}: ${details}` : PLACE_NAMES[kind];
    case 'VIDEO':
      return details ?? PLACE_NAMES.VIDEO;
    case 'PHONE':
      return details ? `${PLACE_NAMES.PHONE}: ${details}` : PLACE_NAMES.PHONE;
    default:
      return assertNever(kind);
  }
}

function costLine(
  kind: LocationKind,
  audience: InvitationAudience,
  seekerName: string,
  settings: AgencySettings,
): string | null {
  const advice = locationAdvice(kind, settings);
  if (!advice.estimatedCost) return null;
  return audience === 'SEEKER'
    ? `You pay for both of you, as is traditional: plan on about ${formatMoney(advice.estimatedCost)}.`
    : `${firstName(seekerName)} will pick up the bill.`;
}

function eventState(status: MeetingStatus): Pick<CalendarInvitation, 'method' | 'status'> {
  switch (status) {
    case 'CANCELLED':
      return { method: 'CANCEL', status: 'CANCELLED' };
    case 'SCHEDULED':
    case 'COMPLETED':
    case 'NO_SHOW':
      return { method: 'REQUEST', status: 'CONFIRMED' };
    default:
      return assertNever(status);
  }
}

export function meetingInvitation(input: {
  meeting: Pick<
    Meeting,
    'id' | 'status' | 'startsAt' | 'durationMinutes' | 'timeZone' | 'location' | 'reschedules'
  >;
  audience: InvitationAudience;
  seeker: InvitationPerson;
  contact: InvitationPerson;
  companyName?: string | null;
  /** The contact's office mailing address, used for office meetings. */
  officeAddress?: string | null;
  /** Host part of the UID, e.g. the agency's domain. */
  uidDomain?: string;
  settings?: AgencySettings;
}): CalendarInvitation {
  const { meeting, audience, seeker, contact } = input;
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const { kind, details } = meeting.location;
  const state = eventState(meeting.status);
  const local = localTimeRange(meeting.startsAt, meeting.durationMinutes, meeting.timeZone);
  const company = input.companyName ? ` (${input.companyName})` : '';
  const title =
    audience === 'SEEKER'
      ? `Informational interview with ${contact.name}${company}`
      : `Informational interview with ${seeker.name}`;
  const agreed = `${meeting.durationMinutes} minutes: ${local.date}, ${local.startTime}–${local.endTime} (${meeting.timeZone}).`;
  const lines = [
    audience === 'SEEKER'
      ? `${agreed} Keep to the time you promised and ask for referrals before the end.`
      : `${agreed} ${firstName(seeker.name)} asked for ${meeting.durationMinutes} minutes of your time and will keep to it.`,
    costLine(kind, audience, seeker.name, settings),
    state.status === 'CANCELLED' ? 'This meeting has been cancelled.' : null,
  ];
  return {
    uid: `meeting-${meeting.id}@${input.uidDomain ?? 'rapport'}`,
    sequence: meeting.reschedules.length + (state.status === 'CANCELLED' ? 1 : 0),
    ...state,
    startsAt: meeting.startsAt,
    endsAt: meetingEndsAt(meeting),
    durationMinutes: meeting.durationMinutes,
    timeZone: meeting.timeZone,
    title,
    location: locationText({
      kind,
      details,
      audience,
      contactName: contact.name,
      officeAddress: input.officeAddress ?? null,
    }),
    url: kind === 'VIDEO' && details && WEB_LINK.test(details) ? details : null,
    description: lines.filter((line): line is string => line !== null).join('\n'),
    organizer: seeker,
    attendees: [contact],
  };
}
