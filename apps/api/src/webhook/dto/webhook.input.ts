import { ArrayMaxSize, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import { WebhookEventEnum } from '../webhook.type.js';

@InputType({ description: 'A URL to receive the chosen events.' })
export class CreateWebhookSubscriptionInput {
  @Field(() => String, {
    description: 'An http(s) URL on a public address (https:// strongly preferred).',
  })
  @MaxLength(2000)
  url: string;

  @Field(() => [WebhookEventEnum], { description: 'The events to receive; at least one.' })
  @ArrayMaxSize(20)
  events: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A note on what it is for (up to 200 characters).',
  })
  @MaxLength(200)
  description?: string | null;
}

@ArgsType()
export class WebhookSubscriptionsArgs extends PageArgs {}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this subscription's deliveries." })
  subscriptionId?: string | null;
}
