import type { AskChannel } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { AskChannelEnum } from '../../ask/ask.type.js';
import { PageArgs } from '../../common/paging.js';

// The domain's limits (validateReferral) are checked with their own codes
// and fields; these caps only keep absurd payloads out.
@InputType({ description: 'A name the person the seeker met gave them, as they gave it.' })
export class RecordReferralInput {
  @Field(() => ID, { description: 'The meeting where the name was given (the seeker’s own).' })
  meetingId: string;

  @Field(() => String, { description: "The person's name (up to 120 characters)." })
  @MaxLength(1000)
  name: string;

  @Field(() => String, { nullable: true, description: 'Their job title (up to 120 characters).' })
  @MaxLength(1000)
  title?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A company the agency knows; takes precedence over `companyName`.',
  })
  companyId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where they work, as said (up to 120 characters); matched to a known company by name, case ignored, and kept as written otherwise.',
  })
  @MaxLength(1000)
  companyName?: string | null;

  @Field(() => String, { nullable: true, description: 'Their email address.' })
  @MaxLength(1000)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone number.' })
  @MaxLength(1000)
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any other way to reach them (up to 300 characters).',
  })
  @MaxLength(2000)
  howToReach?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the referrer said about them (up to 2,000 characters).',
  })
  @MaxLength(10000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The seeker's own IANA zone (their device's), which decides the day the follow-up is due; the meeting's zone when left out.",
  })
  @MaxLength(64)
  timeZone?: string | null;
}

@InputType({ description: 'How the seeker asked a referred person for a meeting.' })
export class AskReferralInput {
  @Field(() => AskChannelEnum, { description: 'How the seeker asked.' })
  channel: AskChannel;

  // The domain's limit (2000) is checked by the ask rules with its own code.
  @Field(() => String, {
    nullable: true,
    description: "The seeker's own note about the ask, up to 2,000 characters.",
  })
  note?: string | null;
}

@ArgsType()
export class MyFollowUpsArgs extends PageArgs {}

@ArgsType()
export class SeekerReferralsArgs extends PageArgs {
  @Field(() => ID, { description: 'The seeker whose referrals to list.' })
  seekerId: string;
}
