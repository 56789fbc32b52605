import type { LocationKind, MeetingStatus } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import { LocationKindEnum, MeetingStatusEnum } from '../meeting.type.js';

@InputType({ description: 'Where to meet; their office when left out.' })
export class MeetingLocationInput {
  @Field(() => LocationKindEnum, { description: 'What kind of place.' })
  kind: LocationKind;

  // The domain's limit (300) is checked by validateLocation with its own code.
  @Field(() => String, {
    nullable: true,
    description: 'Address, place name, video link or phone number.',
  })
  @MaxLength(2000)
  details?: string | null;
}

@InputType({ description: 'A meeting agreed on the phone after a yes.' })
export class ScheduleMeetingInput {
  @Field(() => ID, { description: 'The accepted ask the meeting comes from.' })
  askId: string;

  @Field(() => Date, { description: 'When it starts; in the future.' })
  startsAt: Date;

  @Field(() => Int, {
    nullable: true,
    description: "15 to 20 minutes by the agency's settings; the default (20) when left out.",
  })
  durationMinutes?: number | null;

  @Field(() => String, { description: 'The IANA zone the time was agreed in.' })
  @MaxLength(64)
  timeZone: string;

  @Field(() => MeetingLocationInput, { nullable: true, description: 'Their office when left out.' })
  location?: MeetingLocationInput | null;
}

@InputType({ description: 'A new time for a scheduled meeting.' })
export class RescheduleMeetingInput {
  @Field(() => Date, { description: 'The new start; in the future.' })
  startsAt: Date;

  @Field(() => Int, { nullable: true, description: 'A new length; the current one when left out.' })
  durationMinutes?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'A new zone; the current one when left out.',
  })
  @MaxLength(64)
  timeZone?: string | null;

  @Field(() => String, { nullable: true, description: 'Why it moved (up to 500 characters).' })
  @MaxLength(2000)
  reason?: string | null;
}

@ArgsType()
export class MyMeetingsArgs extends PageArgs {
  @Field(() => MeetingStatusEnum, { nullable: true, description: 'Only meetings in this status.' })
  status?: MeetingStatus | null;

  @Field(() => Date, { nullable: true, description: 'Only meetings starting at or after this.' })
  from?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True: only meetings that are over (completed, no-show or cancelled), latest first instead of soonest first.',
  })
  past?: boolean | null;
}

@ArgsType()
export class AgencyMeetingsArgs extends PageArgs {
  @Field(() => MeetingStatusEnum, { nullable: true, description: 'Only meetings in this status.' })
  status?: MeetingStatus | null;

  @Field(() => ID, { nullable: true, description: "Only this seeker's meetings (a User id)." })
  seekerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only meetings with this contact.' })
  contactId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only meetings with people at this company (where they work now).',
  })
  companyId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only meetings starting at or after this.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only meetings starting before this.' })
  before?: Date | null;
}
