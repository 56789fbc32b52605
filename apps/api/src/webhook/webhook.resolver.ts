import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import {
  CreateWebhookSubscriptionInput,
  WebhookDeliveriesArgs,
  WebhookSubscriptionsArgs,
} from './dto/webhook.input.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import type { NewSubscription } from './webhook.service.js';
import {
  NewWebhookSubscriptionType,
  toEnumName,
  toWireName,
  WebhookDeliveryConnection,
  WebhookDeliveryType,
  WebhookEventEnum,
  WebhookSubscriptionConnection,
  WebhookSubscriptionType,
} from './webhook.type.js';

/**
 * Subscriptions: administrators, and API keys with webhooks:manage (a key
 * sees only its own). Deliveries and replays: administrators.
 */
@Resolver(() => WebhookSubscriptionType)
export class WebhookSubscriptionResolver {
  @Authorized('ADMIN')
  @Scope('webhooks:manage')
  @Query(() => WebhookSubscriptionConnection, {
    description:
      'Webhook subscriptions, newest first. Admins see all; an API key with webhooks:manage sees its own.',
  })
  webhookSubscriptions(
    @Args(() => WebhookSubscriptionsArgs) args: WebhookSubscriptionsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.webhooks.listSubscriptions(actor, args);
  }

  @Authorized('ADMIN')
  @Scope('webhooks:manage')
  @Mutation(() => NewWebhookSubscriptionType, {
    description:
      'Registers a URL for events; the answer holds the signing secret, shown this once. Admins, and API keys with webhooks:manage.',
  })
  createWebhookSubscription(
    @Arg('input', () => CreateWebhookSubscriptionInput, { description: 'What to save.' })
    input: CreateWebhookSubscriptionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<NewSubscription> {
    return ctx.services.webhooks.createSubscription(
      actor,
      { ...input, events: input.events.map(toWireName) },
      ctx.services.now(),
    );
  }

  @Authorized('ADMIN')
  @Scope('webhooks:manage')
  @Mutation(() => WebhookSubscriptionType, {
    description:
      'Stops sending to a subscription. Admins, and API keys with webhooks:manage for their own.',
  })
  deactivateWebhookSubscription(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<WebhookSubscriptionEntity> {
    return ctx.services.webhooks.deactivate(actor, fromGlobalId(id, 'WebhookSubscription'));
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() row: WebhookSubscriptionEntity): string {
    return toGlobalId('WebhookSubscription', row.id);
  }

  @FieldResolver(() => [WebhookEventEnum], { description: 'The events it receives.' })
  events(@Root() row: WebhookSubscriptionEntity): string[] {
    return row.events.map(toEnumName);
  }
}

@Resolver(() => WebhookDeliveryType)
export class WebhookDeliveryResolver {
  @Authorized('ADMIN')
  @NotForApiKeys()
  @Query(() => WebhookDeliveryConnection, {
    description: 'Webhook deliveries, newest first, optionally for one subscription. Admins only.',
  })
  webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    const subscriptionId = args.subscriptionId
      ? fromGlobalId(args.subscriptionId, 'WebhookSubscription')
      : null;
    return ctx.services.webhooks.listDeliveries(actor, args, subscriptionId);
  }

  @Authorized('ADMIN')
  @NotForApiKeys()
  @Mutation(() => WebhookDeliveryType, {
    description:
      'Sends a delivery again (same body and idempotency key) on the next dispatch, with fresh attempts. Admins only.',
  })
  replayWebhookDelivery(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryEntity> {
    return ctx.services.webhooks.replay(
      actor,
      fromGlobalId(id, 'WebhookDelivery'),
      ctx.services.now(),
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() row: WebhookDeliveryEntity): string {
    return toGlobalId('WebhookDelivery', row.id);
  }

  @FieldResolver(() => WebhookEventEnum, { description: 'The event delivered.' })
  event(@Root() row: WebhookDeliveryEntity): string {
    return toEnumName(row.event);
  }

  @FieldResolver(() => String, { description: 'The subscription’s URL.' })
  url(@Root() row: WebhookDeliveryEntity): string {
    return row.subscription?.url ?? '';
  }

  @FieldResolver(() => String, { description: 'The exact JSON body that is sent.' })
  payload(@Root() row: WebhookDeliveryEntity): string {
    return row.payload;
  }
}
