import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';

/** A URL that receives signed deliveries of the events it names. */
@Entity({ name: 'webhook_subscriptions' })
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  /** Wire names (company.hiring_status_changed …). */
  @Column({ type: 'simple-json' })
  events: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  /**
   * The signing secret. Kept as it is because every delivery is signed with
   * it; it leaves the server once, in the answer that creates it.
   */
  @Column({ type: 'varchar', length: 80 })
  secret: string;

  @Column({ type: 'boolean' })
  active: boolean;

  /** The admin who made it, or … */
  @Column({ name: 'created_by_user', type: 'varchar', length: 36, nullable: true })
  createdByUser: string | null;

  /** … the API key that made it; a key sees and changes only its own. */
  @Index('idx_webhook_subscriptions_key')
  @Column({ name: 'created_by_key', type: 'varchar', length: 36, nullable: true })
  createdByKey: string | null;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}

export type DeliveryStatus = 'PENDING' | 'RETRYING' | 'DELIVERED' | 'FAILED';

/** One event for one subscription: the outbox row and the record of sending it. */
@Entity({ name: 'webhook_deliveries' })
@Index('idx_webhook_deliveries_due', ['status', 'nextAttemptAt'])
export class WebhookDeliveryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Index('idx_webhook_deliveries_subscription')
  @Column({ name: 'subscription_id', type: 'varchar', length: 36 })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscriptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'subscription_id' })
  subscription?: WebhookSubscriptionEntity;

  @Column({ type: 'varchar', length: 60 })
  event: string;

  @Column({ name: 'event_id', type: 'varchar', length: 36 })
  eventId: string;

  /** The exact body sent, so a replay sends the same bytes. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ type: 'varchar', length: 16 })
  status: DeliveryStatus;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'next_attempt_at', type: timestampType, nullable: true })
  nextAttemptAt: Date | null;

  /** A dispatcher that took the row holds it until then, so two processes never send it at once. */
  @Column({ name: 'locked_until', type: timestampType, nullable: true })
  lockedUntil: Date | null;

  @Column({ name: 'last_attempt_at', type: timestampType, nullable: true })
  lastAttemptAt: Date | null;

  @Column({ name: 'last_status_code', type: 'integer', nullable: true })
  lastStatusCode: number | null;

  @Column({ name: 'last_error', type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  @Column({ name: 'delivered_at', type: timestampType, nullable: true })
  deliveredAt: Date | null;

  /** Sent as Idempotency-Key: the same on every attempt and replay, so a subscriber can ignore repeats. */
  @Index('uq_webhook_deliveries_idempotency', { unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 80 })
  idempotencyKey: string;

  @Index('idx_webhook_deliveries_created')
  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;
}
