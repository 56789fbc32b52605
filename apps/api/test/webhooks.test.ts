import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { verifyRapportWebhook } from '../docs/verify-webhook-signature.mjs';
import { COMMAND_LINE } from '../src/common/actor.js';
import { CompanyEntity } from '../src/company/company.entity.js';
import { loadConfig } from '../src/config.js';
import { backoffSeconds } from '../src/webhook/dispatcher.js';
import { checkSubscriberUrl, isPublicAddress } from '../src/webhook/url-guard.js';
import { WebhookDeliveryEntity } from '../src/webhook/webhook.entity.js';
import { asKey, makeKey } from './support/api-keys.js';
import {
  type Client,
  createTestApp,
  errorCode,
  signedInAs,
  type TestApp,
} from './support/test-app.js';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A subscriber on 127.0.0.1 that answers with the next status in line (200 when none is queued). */
async function startReceiver() {
  const received: Received[] = [];
  const statuses: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    statuses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SUBSCRIBE = `mutation($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id url events active } }
}`;
const SET_STATUS = `mutation($id: ID!, $status: HiringStatus!) {
  setCompanyHiringStatus(id: $id, status: $status) { hiringStatus }
}`;
const DELIVERIES = `{ webhookDeliveries(first: 20) { edges { node { id event status attempts lastStatusCode url } } } }`;

describe('webhook URLs', () => {
  it('accepts only http(s) on public addresses unless private ones are allowed', async () => {
    await expect(checkSubscriberUrl('ftp://93.184.216.34/x', false)).rejects.toThrow(/https/);
    await expect(checkSubscriberUrl('http://user:pw@93.184.216.34/', false)).rejects.toThrow(
      /password/,
    );
    for (const host of [
      '127.0.0.1',
      '10.1.2.3',
      '192.168.0.9',
      '172.16.5.5',
      '169.254.169.254',
      '[::1]',
      '[::ffff:127.0.0.1]',
      '0.0.0.0',
      'localhost',
    ]) {
      await expect(checkSubscriberUrl(`http://${host}:8080/hook`, false), host).rejects.toThrow(
        /private|loopback|could not be found/,
      );
    }
    expect((await checkSubscriberUrl('https://93.184.216.34/hook', false)).hostname).toBe(
      '93.184.216.34',
    );
    expect((await checkSubscriberUrl('http://127.0.0.1:9/hook', true)).port).toBe('9');
    expect(isPublicAddress('8.8.8.8')).toBe(true);
    expect(isPublicAddress('fd00::1')).toBe(false);
  });

  it('refuses WEBHOOKS_ALLOW_PRIVATE in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', WEBHOOKS_ALLOW_PRIVATE: 'true' })).toThrow(
      /WEBHOOKS_ALLOW_PRIVATE/,
    );
  });

  it('backs off exponentially, up to a ceiling', () => {
    expect([1, 2, 3, 4].map((n) => backoffSeconds(n, 30))).toEqual([30, 60, 120, 240]);
    expect(backoffSeconds(30, 30)).toBe(6 * 3600);
  });
});

describe('webhooks', () => {
  let app: TestApp;
  let admin: Client;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let clock = new Date('2026-03-02T09:00:00Z');
  let companyId: string;

  beforeAll(async () => {
    app = await createTestApp({
      sessionIdleMinutes: 60 * 24 * 30,
      webhooks: {
        ...loadConfig({}).webhooks,
        allowPrivateUrls: true,
        maxAttempts: 3,
        pollSeconds: 0,
      },
    });
    app.services.now = () => clock;
    admin = await signedInAs(app, 'ADMIN');
    receiver = await startReceiver();
    companyId = randomUUID();
    await app.dataSource.getRepository(CompanyEntity).insert({
      id: companyId,
      name: 'Bluebird Health',
      nameKey: 'bluebird health',
      website: null,
      industry: null,
      officeAddress: null,
      hiringStatus: 'NOT_HIRING',
      hiringStatusChangedAt: clock,
    });
  });
  afterEach(async () => {
    await app.dataSource.getRepository(WebhookDeliveryEntity).clear();
    receiver.received.length = 0;
  });
  afterAll(async () => {
    await receiver.close();
    await app.close();
  });

  const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

  async function subscribe(): Promise<string> {
    const made = await admin.gql<{ createWebhookSubscription: { secret: string } }>(SUBSCRIBE, {
      input: { url: receiver.url, events: ['COMPANY_HIRING_STATUS_CHANGED'] },
    });
    expect(made.errors).toBeUndefined();
    return made.data!.createWebhookSubscription.secret;
  }

  async function setStatus(status: string) {
    const result = await admin.gql(SET_STATUS, { id: gid('Company', companyId), status });
    expect(result.errors).toBeUndefined();
  }

  it('signs a delivery that the documented snippet verifies, sent after the request, not during it', async () => {
    const secret = await subscribe();
    expect(secret).toMatch(/^whsec_/);
    await setStatus('HIRING');
    // The mutation only queued it.
    expect(receiver.received).toHaveLength(0);
    const [queued] = await app.dataSource.getRepository(WebhookDeliveryEntity).find();
    expect(queued).toMatchObject({ status: 'PENDING', event: 'company.hiring_status_changed' });

    expect(await app.services.webhookDispatcher.dispatchDue(clock)).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const event = verifyRapportWebhook(
      delivery!.body,
      delivery!.headers['rapport-signature'] as string,
      secret,
      { now: clock.getTime() },
    );
    expect(event).toMatchObject({
      type: 'company.hiring_status_changed',
      data: {
        company: {
          id: gid('Company', companyId),
          name: 'Bluebird Health',
          hiringStatus: 'HIRING',
          previousHiringStatus: 'NOT_HIRING',
        },
      },
    });
    expect(delivery!.headers['rapport-event']).toBe('company.hiring_status_changed');
    expect(delivery!.headers['idempotency-key']).toBe(`${event.id}:${queued!.subscriptionId}`);
    // A changed body, a wrong secret or an old timestamp fail.
    const header = delivery!.headers['rapport-signature'] as string;
    expect(() =>
      verifyRapportWebhook(delivery!.body.replace('HIRING', 'UNKNOWN'), header, secret, {
        now: clock.getTime(),
      }),
    ).toThrow(/does not match/);
    expect(() =>
      verifyRapportWebhook(delivery!.body, header, 'whsec_wrong', { now: clock.getTime() }),
    ).toThrow(/does not match/);
    expect(() =>
      verifyRapportWebhook(delivery!.body, header, secret, { now: clock.getTime() + 600_000 }),
    ).toThrow(/too old/);

    const recorded = await admin.gql<{
      webhookDeliveries: { edges: { node: { status: string; lastStatusCode: number } }[] };
    }>(DELIVERIES);
    expect(recorded.data?.webhookDeliveries.edges[0]?.node).toMatchObject({
      status: 'DELIVERED',
      lastStatusCode: 200,
    });
    // Nothing more is due.
    expect(await app.services.webhookDispatcher.dispatchDue(clock)).toBe(0);
  });

  it('queues nothing when the status did not change, or the change rolled back', async () => {
    await setStatus('HIRING');
    expect(await app.dataSource.getRepository(WebhookDeliveryEntity).count()).toBe(0);
  });

  it('retries with backoff, records each failure, gives up, and replays from the dashboard', async () => {
    await setStatus('NOT_HIRING');
    const deliveries = app.dataSource.getRepository(WebhookDeliveryEntity);
    const start = clock;
    try {
      receiver.statuses.push(500, 503, 500);
      await app.services.webhookDispatcher.dispatchDue(clock);
      let row = (await deliveries.find())[0]!;
      expect(row).toMatchObject({ status: 'RETRYING', attempts: 1, lastStatusCode: 500 });
      expect(row.nextAttemptAt!.getTime() - clock.getTime()).toBe(30_000);
      // Not due yet.
      expect(
        await app.services.webhookDispatcher.dispatchDue(new Date(clock.getTime() + 29_000)),
      ).toBe(0);
      clock = new Date(row.nextAttemptAt!.getTime());
      await app.services.webhookDispatcher.dispatchDue(clock);
      row = (await deliveries.find())[0]!;
      expect(row).toMatchObject({ status: 'RETRYING', attempts: 2, lastStatusCode: 503 });
      expect(row.nextAttemptAt!.getTime() - clock.getTime()).toBe(60_000);
      clock = new Date(row.nextAttemptAt!.getTime());
      await app.services.webhookDispatcher.dispatchDue(clock);
      row = (await deliveries.find())[0]!;
      expect(row).toMatchObject({
        status: 'FAILED',
        attempts: 3,
        lastError: 'HTTP 500',
        nextAttemptAt: null,
      });
      expect(receiver.received).toHaveLength(3);
      // Every attempt carried the same idempotency key.
      expect(new Set(receiver.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);

      const replay = await admin.gql<{ replayWebhookDelivery: { status: string } }>(
        'mutation($id: ID!) { replayWebhookDelivery(id: $id) { status attempts } }',
        { id: gid('WebhookDelivery', row.id) },
      );
      expect(replay.data?.replayWebhookDelivery).toEqual({ status: 'PENDING', attempts: 0 });
      await app.services.webhookDispatcher.dispatchDue(clock);
      expect((await deliveries.findOneByOrFail({ id: row.id })).status).toBe('DELIVERED');
      expect(receiver.received.at(-1)!.body).toBe(receiver.received[0]!.body);
    } finally {
      clock = start;
    }
  });

  it('refuses subscriber URLs on private addresses unless allowed', async () => {
    const strict = await createTestApp({
      webhooks: { ...loadConfig({}).webhooks, allowPrivateUrls: false, pollSeconds: 0 },
    });
    try {
      const strictAdmin = await signedInAs(strict, 'ADMIN');
      const refused = await strictAdmin.gql(SUBSCRIBE, {
        input: { url: receiver.url, events: ['COMPANY_HIRING_STATUS_CHANGED'] },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'url',
      });
      const ftp = await strictAdmin.gql(SUBSCRIBE, {
        input: { url: 'ftp://93.184.216.34/', events: ['COMPANY_HIRING_STATUS_CHANGED'] },
      });
      expect(ftp.errors?.[0]?.extensions?.field).toBe('url');
    } finally {
      await strict.close();
    }
  });

  it('counts a redirect as a failure instead of following it', async () => {
    await setStatus('HIRING');
    receiver.statuses.push(302);
    await app.services.webhookDispatcher.dispatchDue(clock);
    const [row] = await app.dataSource.getRepository(WebhookDeliveryEntity).find();
    expect(row).toMatchObject({ status: 'RETRYING', lastStatusCode: 302, lastError: 'HTTP 302' });
    expect(receiver.received).toHaveLength(1);
  });

  it('lets a key with webhooks:manage manage only its own subscriptions, and keeps deliveries from keys', async () => {
    const { secret: keyA } = await makeKey(app, ['webhooks:manage', 'interviews:read']);
    const { secret: keyB } = await makeKey(app, ['webhooks:manage']);
    // A key hears only about what its scopes let it read.
    const closed = await asKey(app, keyB, SUBSCRIBE, {
      input: { url: receiver.url, events: ['ASK_ANSWERED', 'COMPANY_HIRING_STATUS_CHANGED'] },
    });
    expect(errorCode(closed.body)).toBe('FORBIDDEN');
    expect(closed.body.errors?.[0]?.message).toBe(
      'This API key may not receive ask.answered (needs interviews:read), company.hiring_status_changed (needs companies:read).',
    );
    const made = await asKey<{ createWebhookSubscription: { subscription: { id: string } } }>(
      app,
      keyA,
      SUBSCRIBE,
      {
        input: { url: receiver.url, events: ['ASK_ANSWERED', 'REFERRAL_CREATED'] },
      },
    );
    expect(made.body.errors).toBeUndefined();
    const id = made.body.data!.createWebhookSubscription.subscription.id;
    const list = '{ webhookSubscriptions(first: 10) { edges { node { id events } } } }';
    const own = await asKey<{ webhookSubscriptions: { edges: { node: { id: string } }[] } }>(
      app,
      keyA,
      list,
    );
    expect(own.body.data?.webhookSubscriptions.edges.map((e) => e.node.id)).toEqual([id]);
    const other = await asKey<{ webhookSubscriptions: { edges: unknown[] } }>(app, keyB, list);
    expect(other.body.data?.webhookSubscriptions.edges).toEqual([]);
    const deactivate = 'mutation($id: ID!) { deactivateWebhookSubscription(id: $id) { active } }';
    expect(errorCode((await asKey(app, keyB, deactivate, { id })).body)).toBe('NOT_FOUND');
    expect((await asKey(app, keyA, deactivate, { id })).body.data).toEqual({
      deactivateWebhookSubscription: { active: false },
    });
    expect(errorCode((await asKey(app, keyA, DELIVERIES)).body)).toBe('FORBIDDEN');
    // Staff who are not admins do not manage webhooks.
    const staff = await signedInAs(app, 'STAFF');
    expect(errorCode(await staff.gql(list))).toBe('FORBIDDEN');
  });

  it("moves a rotated key's subscriptions to its successor, and stops a revoked key's", async () => {
    const list = '{ webhookSubscriptions(first: 10) { edges { node { id active } } } }';
    type Listed = { webhookSubscriptions: { edges: { node: { id: string; active: boolean } }[] } };
    const { secret, apiKey } = await makeKey(app, ['webhooks:manage', 'companies:read']);
    const made = await asKey<{ createWebhookSubscription: { subscription: { id: string } } }>(
      app,
      secret,
      SUBSCRIBE,
      { input: { url: receiver.url, events: ['COMPANY_HIRING_STATUS_CHANGED'] } },
    );
    const id = made.body.data!.createWebhookSubscription.subscription.id;
    const rotated = await app.services.apiKeys.rotate(COMMAND_LINE, apiKey.id, 1, clock);
    const bySuccessor = await asKey<Listed>(app, rotated.secret, list);
    expect(bySuccessor.body.data!.webhookSubscriptions.edges.map((e) => e.node)).toEqual([
      { id, active: true },
    ]);
    expect((await asKey<Listed>(app, secret, list)).body.data!.webhookSubscriptions.edges).toEqual(
      [],
    );
    await app.services.apiKeys.revoke(COMMAND_LINE, rotated.apiKey.id, clock);
    await setStatus('HIRING');
    await setStatus('NOT_HIRING');
    const queued = await app.dataSource
      .getRepository(WebhookDeliveryEntity)
      .findBy({ subscriptionId: Buffer.from(id, 'base64url').toString().split(':')[1] });
    expect(queued).toEqual([]);
    // Other subscribers still heard about it.
    expect(await app.dataSource.getRepository(WebhookDeliveryEntity).count()).toBeGreaterThan(0);
  });
});
