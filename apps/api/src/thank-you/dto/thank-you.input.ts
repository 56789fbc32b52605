import type { ThankYouKind, ThankYouStatus } from '@rapport/domain';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import { ThankYouKindEnum, ThankYouStatusEnum } from '../thank-you-card.type.js';

@InputType({ description: 'How and when the thanks went out.' })
export class MarkThankYouSentInput {
  @Field(() => ThankYouKindEnum, { description: 'A handwritten card, or an email.' })
  kind: ThankYouKind;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it was sent; now when left out. Not before the meeting really ended, not in the future.',
  })
  sentAt?: Date | null;
}

@ArgsType()
export class MyThankYouCardsArgs extends PageArgs {
  @Field(() => ThankYouStatusEnum, {
    defaultValue: 'PENDING',
    description:
      'PENDING (the default): still to send, the earliest due date first. SENT: the latest sent first.',
  })
  status: ThankYouStatus;
}

@ArgsType()
export class SeekerThankYouCardsArgs extends MyThankYouCardsArgs {
  @Field(() => ID, { description: 'The seeker whose notes to list.' })
  seekerId: string;
}
