import http from 'node:http';
import https from 'node:https';
import { Brackets, type DataSource } from 'typeorm';
import type { WebhookConfig } from '../config.js';
import { toGlobalId } from '../common/global-id.js';
import { signatureHeader, SIGNATURE_HEADER } from './signature.js';
import { checkSubscriberUrl, guardedLookup } from './url-guard.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';

/** Deliveries sent per pass; the rest wait for the next tick. */
const BATCH = 20;
/** The longest wait between two attempts. */
const MAX_BACKOFF_SECONDS = 6 * 3600;

export interface DispatchLog {
  warn: (details: object, message: string) => void;
  error: (details: object, message: string) => void;
}

/** Wait before attempt `attempts + 1`: base, 2×base, 4×base … up to six hours. */
export function backoffSeconds(attempts: number, baseSeconds: number): number {
  return Math.min(MAX_BACKOFF_SECONDS, baseSeconds * 2 ** Math.max(0, attempts - 1));
}

type Outcome = { statusCode: number } | { error: string };

function post(
  url: URL,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  allowPrivate: boolean,
): Promise<Outcome> {
  return new Promise((resolve) => {
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body).toString() },
        timeout: timeoutMs,
        ...(allowPrivate ? {} : { lookup: guardedLookup as never }),
      },
      (response) => {
        // The answer's body is not ours to keep; drain it so the socket is freed.
        response.resume();
        resolve({ statusCode: response.statusCode ?? 0 });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => resolve({ error: error.message }));
    request.end(body);
  });
}

/**
 * Sends due deliveries from the outbox, outside any user's request: a
 * timer in each API process calls `dispatchDue`. Each row is claimed with a
 * conditional update (locked_until) before sending, so several processes
 * can run dispatchers without sending one delivery twice at once. Redirects
 * are not followed: a 3xx counts as a failure, since following it could
 * lead to an address the URL check never saw.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: WebhookConfig,
    private readonly now: () => Date,
  ) {}

  start(log: DispatchLog): void {
    if (this.timer || this.config.pollSeconds === 0) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.dispatchDue()
        .catch((error: unknown) => {
          log.error({ err: error }, 'webhook dispatch failed');
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }, this.config.pollSeconds * 1000);
    // Never the reason the process stays up.
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Sends what is due at `now`; returns how many deliveries were attempted. */
  async dispatchDue(now: Date = this.now()): Promise<number> {
    const deliveries = this.dataSource.getRepository(WebhookDeliveryEntity);
    const due = await deliveries
      .createQueryBuilder('d')
      .select(['d.id'])
      .where('d.status IN (:...open)', { open: ['PENDING', 'RETRYING'] })
      .andWhere('d.next_attempt_at <= :now', { now })
      .andWhere(
        new Brackets((q) =>
          q.where('d.locked_until IS NULL').orWhere('d.locked_until <= :now', { now }),
        ),
      )
      .orderBy('d.next_attempt_at', 'ASC')
      .limit(BATCH)
      .getMany();
    let attempted = 0;
    for (const { id } of due) {
      if (await this.claim(id, now)) {
        await this.attempt(id, now);
        attempted += 1;
      }
    }
    return attempted;
  }

  private async claim(id: string, now: Date): Promise<boolean> {
    const lease = new Date(now.getTime() + (this.config.timeoutSeconds + 30) * 1000);
    const result = await this.dataSource
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder()
      .update()
      .set({ lockedUntil: lease })
      .where('id = :id', { id })
      .andWhere('(locked_until IS NULL OR locked_until <= :now)', { now })
      .execute();
    return result.affected === 1;
  }

  private async attempt(id: string, now: Date): Promise<void> {
    const deliveries = this.dataSource.getRepository(WebhookDeliveryEntity);
    const delivery = await deliveries.findOneByOrFail({ id });
    const subscription = await this.dataSource
      .getRepository(WebhookSubscriptionEntity)
      .findOneBy({ id: delivery.subscriptionId });
    const attempts = delivery.attempts + 1;
    const sentAt = now;

    let outcome: Outcome;
    if (!subscription?.active) {
      outcome = { error: 'The subscription was deactivated.' };
    } else {
      try {
        const url = await checkSubscriberUrl(subscription.url, this.config.allowPrivateUrls);
        outcome = await post(
          url,
          delivery.payload,
          {
            'content-type': 'application/json',
            'user-agent': 'Rapport-Webhooks/1',
            [SIGNATURE_HEADER]: signatureHeader(subscription.secret, delivery.payload, sentAt),
            'Rapport-Event': delivery.event,
            'Rapport-Delivery': toGlobalId('WebhookDelivery', delivery.id),
            'Idempotency-Key': delivery.idempotencyKey,
          },
          this.config.timeoutSeconds * 1000,
          this.config.allowPrivateUrls,
        );
      } catch (error) {
        outcome = { error: error instanceof Error ? error.message : String(error) };
      }
    }

    const delivered =
      'statusCode' in outcome && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const giveUp = !delivered && (attempts >= this.config.maxAttempts || !subscription?.active);
    const doneAt = now;
    await deliveries.update(
      { id },
      {
        attempts,
        lastAttemptAt: sentAt,
        lastStatusCode: 'statusCode' in outcome ? outcome.statusCode : null,
        lastError: delivered
          ? null
          : ('error' in outcome ? outcome.error : `HTTP ${outcome.statusCode}`).slice(0, 300),
        status: delivered ? 'DELIVERED' : giveUp ? 'FAILED' : 'RETRYING',
        deliveredAt: delivered ? doneAt : null,
        nextAttemptAt:
          delivered || giveUp
            ? null
            : new Date(
                doneAt.getTime() + backoffSeconds(attempts, this.config.retryBaseSeconds) * 1000,
              ),
        lockedUntil: null,
      },
    );
  }
}
