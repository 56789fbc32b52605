import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import type { WebhookEventName } from './webhook-events.js';

/**
 * How any concept announces an event to webhook subscribers: call it with
 * the transaction's manager, inside the transaction that made the change.
 * It only writes one outbox row per interested subscription, so the change
 * and its announcement commit or roll back together, and nothing is sent
 * while the user's request is open: the dispatcher sends the rows later.
 * Returns the event id.
 */
export async function emitEvent(
  manager: EntityManager,
  type: WebhookEventName,
  data: Record<string, unknown>,
  now: Date,
): Promise<string> {
  const eventId = randomUUID();
  // Subscriptions are few (one per partner integration); filtering the
  // event list here keeps the JSON column portable across both databases.
  const subscriptions = await manager
    .getRepository(WebhookSubscriptionEntity)
    .find({ where: { active: true }, select: { id: true, events: true } });
  const interested = subscriptions.filter((subscription) => subscription.events.includes(type));
  if (interested.length === 0) return eventId;
  const payload = JSON.stringify({ id: eventId, type, createdAt: now.toISOString(), data });
  await manager.getRepository(WebhookDeliveryEntity).insert(
    interested.map((subscription) => ({
      id: randomUUID(),
      subscriptionId: subscription.id,
      event: type,
      eventId,
      payload,
      status: 'PENDING' as const,
      attempts: 0,
      nextAttemptAt: now,
      lockedUntil: null,
      lastAttemptAt: null,
      lastStatusCode: null,
      lastError: null,
      deliveredAt: null,
      idempotencyKey: `${eventId}:${subscription.id}`,
      createdAt: now,
    })),
  );
  return eventId;
}
