import {
  INVITATION_AUDIENCES,
  LOCATION_KINDS,
  MEETING_STATUSES,
  type InvitationAudience,
  type LocationKind,
  type MeetingStatus,
} from '@rapport/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import { NotForApiKeys, Scope, ScopeOfParent } from '../graphql/scope.js';
import type { RowsFit } from '../common/rows-fit.js';
import type { MeetingEntity } from './meeting.entity.js';
import { enumOf } from '../common/enum-of.js';

export const MeetingStatusEnum = enumOf(MEETING_STATUSES);
registerEnumType(MeetingStatusEnum, {
  name: 'MeetingStatus',
  description:
    'SCHEDULED moves once: to COMPLETED or NO_SHOW (after the start) or CANCELLED. Moving the time is a reschedule, kept in history.',
});

export const LocationKindEnum = enumOf(LOCATION_KINDS);
registerEnumType(LocationKindEnum, {
  name: 'LocationKind',
  description:
    'Where to meet: OFFICE (theirs, the default), COFFEE, BREAKFAST or LUNCH (the seeker pays), VIDEO or PHONE.',
});

export const InvitationAudienceEnum = enumOf(INVITATION_AUDIENCES);
registerEnumType(InvitationAudienceEnum, {
  name: 'InvitationAudience',
  description: 'Whose calendar an invitation is worded for.',
});
export type { InvitationAudience, LocationKind };

/**
 * Resolvers return MeetingEntity rows; MeetingResolver adds the id, the end,
 * the ask, the contact, the location advice and the reschedule history.
 */
@Scope('interviews:read')
@ObjectType('Meeting', {
  description:
    'A brief informational meeting (15–20 minutes) set up from an accepted ask. Its seeker sees it; staff, to coach; and partners with interviews:read, when it is with one of the agency’s contacts.',
  simpleResolvers: true,
})
export class MeetingType {
  @Field(() => MeetingStatusEnum, { description: 'Where the meeting stands.' })
  status: MeetingStatus;

  @Field(() => Date, { description: 'When it starts, as an instant.' })
  startsAt: Date;

  @Field(() => Int, { description: 'The agreed length in minutes; the end is derived from it.' })
  durationMinutes: number;

  @Field(() => String, { description: 'The IANA zone the time was agreed in.' })
  timeZone: string;

  @Field(() => LocationKindEnum, { description: 'What kind of place.' })
  locationKind: LocationKind;

  // How to join (a link, a phone number) is for the two people meeting.
  @NotForApiKeys()
  @Field(() => String, {
    nullable: true,
    description: 'Address, place name, video link or phone number, as the seeker wrote it.',
  })
  locationDetails: string | null;

  @Field(() => Date, { description: 'When the status last changed.' })
  statusChangedAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the meeting really ended; recorded when it is completed.',
  })
  endedAt: Date | null;
}

export type MeetingRowsFit = RowsFit<MeetingType, MeetingEntity>;

export const { ConnectionType: MeetingConnection } = connectionTypes('Meeting', MeetingType);

@ScopeOfParent()
@ObjectType('Money', { description: 'An amount in a currency.', simpleResolvers: true })
export class MoneyType {
  @Field(() => Int, { description: 'In the minor unit (cents for USD).' })
  amountMinor: number;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency: string;

  @Field(() => String, { description: 'Written for people, e.g. "$12.00".' })
  formatted: string;
}

@ScopeOfParent()
@ObjectType('LocationAdvice', {
  description: 'What the place means for the seeker: who pays and about how much.',
  simpleResolvers: true,
})
export class LocationAdviceType {
  @Field(() => Boolean, { description: 'True for the office, the preferred place.' })
  preferred: boolean;

  @Field(() => Boolean, { description: 'True for coffee, breakfast and lunch: the seeker pays.' })
  seekerPays: boolean;

  @Field(() => MoneyType, {
    nullable: true,
    description: 'The estimated bill when the seeker pays.',
  })
  estimatedCost: MoneyType | null;

  @Field(() => String, { description: 'A sentence to show beside the choice.' })
  message: string;
}

@ScopeOfParent()
@ObjectType('MeetingTime', { description: 'A start, length and zone.', simpleResolvers: true })
export class MeetingTimeType {
  @Field(() => Date, { description: 'The start.' })
  startsAt: Date;

  @Field(() => Int, { description: 'The length in minutes.' })
  durationMinutes: number;

  @Field(() => String, { description: 'The IANA zone.' })
  timeZone: string;
}

@Scope('interviews:read')
@ObjectType('MeetingReschedule', {
  description: 'One move of a meeting: from which time to which, when and why.',
  simpleResolvers: true,
})
export class MeetingRescheduleType {
  @Field(() => MeetingTimeType, { description: 'The time before the move.' })
  from: MeetingTimeType;

  @Field(() => MeetingTimeType, { description: 'The time after the move.' })
  to: MeetingTimeType;

  @Field(() => Date, { description: 'When the meeting was moved.' })
  rescheduledAt: Date;

  @NotForApiKeys()
  @Field(() => String, { nullable: true, description: 'Why, if the seeker said.' })
  reason: string | null;
}
