import type { AskChannel, RequestStatus } from '@rapport/domain';
import { Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import { AskChannelEnum, AskStatusEnum } from '../ask.type.js';

@InputType({ description: 'That the seeker asked someone, how and when.' })
export class RecordAskInput {
  @Field(() => ID, { description: 'The contact record of the person asked.' })
  contactId: string;

  @Field(() => AskChannelEnum, { description: 'How the seeker asked.' })
  channel: AskChannel;

  @Field(() => Date, {
    nullable: true,
    description: 'When they asked; now when left out. Not in the future.',
  })
  askedAt?: Date | null;

  // The domain's limit (2000) is checked by askForInterview with its own code.
  @Field(() => String, {
    nullable: true,
    description: "The seeker's own note about the ask, up to 2,000 characters.",
  })
  note?: string | null;
}

@ArgsType()
export class MyAsksArgs extends PageArgs {
  @Field(() => AskStatusEnum, {
    nullable: true,
    description: 'Only asks with this status; every ask when left out.',
  })
  status?: RequestStatus | null;
}

@ArgsType()
export class TimelineArgs extends PageArgs {}

@ArgsType()
export class NextContactsArgs {
  @Field(() => Int, { defaultValue: 5, description: '1 to 20.' })
  @Min(1)
  @Max(20)
  first: number;
}

@ArgsType()
export class AgencyAsksArgs extends PageArgs {
  @Field(() => AskStatusEnum, {
    nullable: true,
    description: 'Only asks with this status; every ask when left out.',
  })
  status?: RequestStatus | null;

  @Field(() => ID, { nullable: true, description: "Only this seeker's asks (a User id)." })
  seekerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only asks of this contact record.' })
  contactId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Only asks of people at this company when they were asked.',
  })
  companyId?: string | null;
}
