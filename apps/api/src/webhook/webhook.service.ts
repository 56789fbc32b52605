import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/actor.js';
import { ForbiddenError, InvalidInputError, NotFoundError } from '../common/errors.js';
import { keysetPage, type Connection, type PageArgs } from '../common/paging.js';
import type { WebhookConfig } from '../config.js';
import { checkSubscriberUrl, UnsafeUrlError } from './url-guard.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import {
  isWebhookEventName,
  WEBHOOK_EVENT_NAMES,
  WEBHOOK_EVENTS,
  type WebhookEventName,
} from './webhook-events.js';

export interface NewSubscription {
  subscription: WebhookSubscriptionEntity;
  /** The signing secret: returned once. */
  secret: string;
}

/**
 * Who may do what with webhooks: administrators everything; an API key
 * (with webhooks:manage, checked by scope before this runs) only the
 * subscriptions it made itself, and another key's are NOT_FOUND to it, as
 * with seekers' rows. Deliveries and replays are for administrators.
 */
function isAdmin(actor: Actor): boolean {
  return actor.kind === 'system' || (actor.kind === 'user' && actor.role === 'ADMIN');
}

function mayManage(actor: Actor, row: WebhookSubscriptionEntity): boolean {
  if (isAdmin(actor)) return true;
  return actor.kind === 'apiKey' && row.createdByKey === actor.keyId;
}

function checkedEvents(raw: readonly string[]): WebhookEventName[] {
  const unknown = raw.filter((event) => !isWebhookEventName(event));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      `Unknown event ${unknown.join(', ')}; the events are ${WEBHOOK_EVENT_NAMES.join(', ')}.`,
      { field: 'events' },
    );
  }
  const events = [...new Set(raw.filter(isWebhookEventName))].sort();
  if (events.length === 0) {
    throw new InvalidInputError('Choose at least one event.', { field: 'events' });
  }
  return events;
}

export class WebhookService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: WebhookConfig,
  ) {}

  private get subscriptions() {
    return this.dataSource.getRepository(WebhookSubscriptionEntity);
  }

  private get deliveries() {
    return this.dataSource.getRepository(WebhookDeliveryEntity);
  }

  async createSubscription(
    actor: Actor,
    input: { url: string; events: readonly string[]; description?: string | null },
    now: Date,
  ): Promise<NewSubscription> {
    if (!isAdmin(actor) && actor.kind !== 'apiKey') {
      throw new ForbiddenError('Only administrators and API keys manage webhooks.');
    }
    const events = checkedEvents(input.events);
    if (actor.kind === 'apiKey') {
      // A key hears only about what it could read: the event's scope, as well as webhooks:manage.
      const closed = events.filter((event) => !actor.scopes.includes(WEBHOOK_EVENTS[event].scope));
      if (closed.length > 0) {
        throw new ForbiddenError(
          `This API key may not receive ${closed
            .map((event) => `${event} (needs ${WEBHOOK_EVENTS[event].scope})`)
            .join(', ')}.`,
        );
      }
    }
    const description = input.description?.trim() || null;
    if (description && description.length > 200) {
      throw new InvalidInputError('Keep the description to 200 characters.', {
        field: 'description',
      });
    }
    let url: URL;
    try {
      url = await checkSubscriberUrl(input.url, this.config.allowPrivateUrls);
    } catch (error) {
      if (error instanceof UnsafeUrlError) {
        throw new InvalidInputError(error.message, { field: 'url' });
      }
      throw error;
    }
    const secret = `whsec_${randomBytes(32).toString('base64url')}`;
    const id = randomUUID();
    await this.subscriptions.insert({
      id,
      url: url.toString(),
      events,
      description,
      secret,
      active: true,
      createdByUser: actor.kind === 'user' ? actor.id : null,
      createdByKey: actor.kind === 'apiKey' ? actor.keyId : null,
      createdAt: now,
    });
    return { subscription: await this.subscriptions.findOneByOrFail({ id }), secret };
  }

  /** Newest first; a key sees its own. */
  listSubscriptions(actor: Actor, page: PageArgs): Promise<Connection<WebhookSubscriptionEntity>> {
    const query = this.subscriptions.createQueryBuilder('s');
    if (actor.kind === 'apiKey') query.where('s.created_by_key = :key', { key: actor.keyId });
    else if (!isAdmin(actor)) throw new ForbiddenError('Only administrators manage webhooks.');
    return keysetPage(query, page, [
      { column: 's.created_at', value: (row) => row.createdAt, direction: 'DESC' },
      { column: 's.id', value: (row) => row.id, direction: 'DESC' },
    ]);
  }

  /** Stops new deliveries to it; those already queued are marked failed when their turn comes. */
  async deactivate(actor: Actor, id: string): Promise<WebhookSubscriptionEntity> {
    const row = await this.subscriptions.findOneBy({ id });
    if (!row || !mayManage(actor, row)) throw new NotFoundError('That webhook subscription');
    if (row.active) await this.subscriptions.update({ id }, { active: false });
    return this.subscriptions.findOneByOrFail({ id });
  }

  /** Newest first, with their subscription (one statement per page). */
  listDeliveries(
    actor: Actor,
    page: PageArgs,
    subscriptionId: string | null,
  ): Promise<Connection<WebhookDeliveryEntity>> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only administrators see webhook deliveries.');
    const query = this.deliveries.createQueryBuilder('d').leftJoinAndSelect('d.subscription', 's');
    if (subscriptionId) query.where('d.subscription_id = :subscriptionId', { subscriptionId });
    return keysetPage(query, page, [
      { column: 'd.created_at', value: (row) => row.createdAt, direction: 'DESC' },
      { column: 'd.id', value: (row) => row.id, direction: 'DESC' },
    ]);
  }

  /**
   * Sends a delivery again, with the same body and idempotency key, on the
   * dispatcher's next pass; it gets a fresh set of attempts.
   */
  async replay(actor: Actor, id: string, now: Date): Promise<WebhookDeliveryEntity> {
    if (!isAdmin(actor)) throw new ForbiddenError('Only administrators replay webhook deliveries.');
    const found = await this.deliveries.findOneBy({ id });
    if (!found) throw new NotFoundError('That webhook delivery');
    await this.deliveries.update(
      { id },
      { status: 'PENDING', attempts: 0, nextAttemptAt: now, lockedUntil: null },
    );
    return this.deliveries.findOneOrFail({ where: { id }, relations: { subscription: true } });
  }
}
