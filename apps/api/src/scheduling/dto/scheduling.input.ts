import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MeetingLocationInput } from '../../meeting/dto/meeting.input.js';

@InputType({ description: 'Times to offer a contact, answered through a link.' })
export class ProposeMeetingTimesInput {
  @Field(() => ID, { description: 'The ask (still asked, or accepted) the meeting is for.' })
  askId: string;

  // The domain's limits (1 to 5 by the settings) answer with their own codes.
  @Field(() => [Date], {
    description:
      "1 to 5 start times in the future, inside the contact's business hours in `timeZone`.",
  })
  @ArrayMaxSize(20)
  slots: Date[];

  @Field(() => Int, {
    nullable: true,
    description: "15 to 20 minutes by the agency's settings; the default (20) when left out.",
  })
  durationMinutes?: number | null;

  @Field(() => String, {
    description: "The contact's IANA zone: the times are shown and checked on their clock.",
  })
  @MaxLength(64)
  timeZone: string;

  @Field(() => MeetingLocationInput, { nullable: true, description: 'Their office when left out.' })
  location?: MeetingLocationInput | null;
}

@InputType({ description: "New times offered in answer to the contact's own." })
export class ReviseMeetingTimesInput {
  @Field(() => [Date], { description: '1 to 5 new start times, as when first offered.' })
  @ArrayMaxSize(20)
  slots: Date[];

  @Field(() => Int, {
    nullable: true,
    description: 'A new length; the one asked before when left out.',
  })
  durationMinutes?: number | null;
}
