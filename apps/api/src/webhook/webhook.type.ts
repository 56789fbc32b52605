import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type {
  DeliveryStatus,
  WebhookDeliveryEntity,
  WebhookSubscriptionEntity,
} from './webhook.entity.js';
import { WEBHOOK_EVENTS, type WebhookEventName } from './webhook-events.js';

/** GraphQL enum values cannot hold dots: COMPANY_HIRING_STATUS_CHANGED is company.hiring_status_changed on the wire. */
export const WebhookEventEnum = Object.fromEntries(
  Object.values(WEBHOOK_EVENTS).map(({ enumName }) => [enumName, enumName]),
) as { [E in (typeof WEBHOOK_EVENTS)[WebhookEventName]['enumName']]: E };
registerEnumType(WebhookEventEnum, {
  name: 'WebhookEvent',
  description:
    'An event a subscription can receive. The delivery body names it in lower case with a dot (COMPANY_HIRING_STATUS_CHANGED is "company.hiring_status_changed").',
  valuesConfig: Object.fromEntries(
    Object.entries(WEBHOOK_EVENTS).map(([wire, { enumName, description }]) => [
      enumName,
      { description: `${wire}: ${description}` },
    ]),
  ),
});

export const toEnumName = (wire: string): string =>
  WEBHOOK_EVENTS[wire as WebhookEventName]?.enumName ?? wire;
export const toWireName = (enumName: string): string =>
  Object.entries(WEBHOOK_EVENTS).find(([, event]) => event.enumName === enumName)?.[0] ?? enumName;

export const DeliveryStatusEnum = {
  PENDING: 'PENDING',
  RETRYING: 'RETRYING',
  DELIVERED: 'DELIVERED',
  FAILED: 'FAILED',
} as const satisfies { [S in DeliveryStatus]: S };
registerEnumType(DeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description: 'Where a delivery stands.',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt (or a replay).' },
    RETRYING: { description: 'An attempt failed; the next one is at nextAttemptAt.' },
    DELIVERED: { description: 'The subscriber answered 2xx.' },
    FAILED: { description: 'Every attempt failed, or the subscription was deactivated.' },
  },
});

/** Resolvers return WebhookSubscriptionEntity rows; the resolver adds the id and maps event names. */
@Scope('webhooks:manage')
@ObjectType('WebhookSubscription', {
  description: 'A URL that receives signed deliveries of the events it names.',
  simpleResolvers: true,
})
export class WebhookSubscriptionType {
  @Field(() => String, { description: 'Where deliveries are POSTed.' })
  url: string;

  @Field(() => String, { nullable: true, description: 'A note on what it is for.' })
  description: string | null;

  @Field(() => Boolean, { description: 'False once deactivated: nothing more is sent to it.' })
  active: boolean;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt: Date;
}

export type WebhookSubscriptionRowsFit = RowsFit<
  WebhookSubscriptionType,
  WebhookSubscriptionEntity
>;

export const { ConnectionType: WebhookSubscriptionConnection } = connectionTypes(
  'WebhookSubscription',
  WebhookSubscriptionType,
);

@Scope('webhooks:manage')
@ObjectType('NewWebhookSubscription', {
  description: 'A subscription just registered: the only time its signing secret is shown.',
  simpleResolvers: true,
})
export class NewWebhookSubscriptionType {
  @Field(() => WebhookSubscriptionType, { description: 'The stored subscription.' })
  subscription: WebhookSubscriptionEntity;

  @Field(() => String, {
    description:
      'The secret deliveries are signed with (whsec_…). Copy it now: it is not shown again.',
  })
  secret: string;
}

/** Resolvers return WebhookDeliveryEntity rows (with their subscription joined). */
@NotForApiKeys()
@ObjectType('WebhookDelivery', {
  description: 'One event sent (or to be sent) to one subscription, and how it went.',
  simpleResolvers: true,
})
export class WebhookDeliveryType {
  @Field(() => DeliveryStatusEnum, { description: 'Where the delivery stands.' })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made since it was queued or last replayed.' })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due, if any.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was last attempted.' })
  lastAttemptAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The subscriber's HTTP status on the last attempt; null if it could not be reached.",
  })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed, if it did.' })
  lastError: string | null;

  @Field(() => Date, { nullable: true, description: 'When the subscriber accepted it.' })
  deliveredAt: Date | null;

  @Field(() => String, {
    description: 'Sent as Idempotency-Key; the same on every attempt and replay.',
  })
  idempotencyKey: string;

  @Field(() => Date, { description: 'When the event happened and the delivery was queued.' })
  createdAt: Date;
}

export type WebhookDeliveryRowsFit = RowsFit<WebhookDeliveryType, WebhookDeliveryEntity>;

export const { ConnectionType: WebhookDeliveryConnection } = connectionTypes(
  'WebhookDelivery',
  WebhookDeliveryType,
);
