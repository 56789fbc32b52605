import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyEntity } from '../src/api-key/api-key.entity.js';
import { UserEntity } from '../src/user/user.entity.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../src/webhook/webhook.entity.js';
import { insertCompany, insertContact, insertSeekers } from './support/contacts.js';
import {
  createTestApp,
  signedInAs,
  statementsFor,
  userIdOf,
  type Client,
  type TestApp,
} from './support/test-app.js';

/**
 * Every paged list, at 10 and at 100 rows, with the fields its screen asks
 * for: the number of SQL statements must be the same (each relation goes
 * through a per-request loader; nothing is read per row). Lists whose own
 * files already check this (contacts, a company's contacts, myAsks, a
 * contact's timeline, myMeetings) are not repeated here; the companies list
 * is, at these two sizes and with its counts.
 */
const ROWS = 105;
let app: TestApp;
let admin: Client;
let seeker: Client;

beforeAll(async () => {
  app = await createTestApp();
  admin = await signedInAs(app, 'ADMIN');
  seeker = await signedInAs(app, 'SEEKER');
  const adminId = await userIdOf(admin);
  const now = Date.now();

  for (let i = 0; i < ROWS; i += 1) {
    const companyId = await insertCompany(app, `Company ${String(i).padStart(3, '0')}`);
    await insertContact(app, { fullName: `Person ${i}`, companyId });
  }
  await insertSeekers(app, 3, 'ls');
  await app.dataSource.getRepository(UserEntity).insert(
    Array.from({ length: ROWS }, (_, i) => ({
      id: randomUUID(),
      email: `staff${i}@list.example`,
      name: `Staff ${String(i).padStart(3, '0')}`,
      role: 'STAFF' as const,
      passwordHash: '!unusable',
    })),
  );
  await app.dataSource.getRepository(ApiKeyEntity).insert(
    Array.from({ length: ROWS }, (_, i) => ({
      id: randomUUID(),
      name: `Key ${i}`,
      prefix: `rk_live_${i}`,
      keyHash: randomBytes(32).toString('hex'),
      scopes: ['companies:read'],
      createdBy: adminId,
      createdAt: new Date(now - i * 1000),
    })),
  );
  const subscriptions = Array.from({ length: ROWS }, (_, i) => ({
    id: randomUUID(),
    url: `https://hooks${i}.example/rapport`,
    events: ['company.hiring_status_changed'],
    description: null,
    secret: randomBytes(16).toString('hex'),
    active: true,
    createdByUser: adminId,
    createdByKey: null,
    createdAt: new Date(now - i * 1000),
  }));
  await app.dataSource.getRepository(WebhookSubscriptionEntity).insert(subscriptions);
  await app.dataSource.getRepository(WebhookDeliveryEntity).insert(
    subscriptions.map((subscription, i) => ({
      id: randomUUID(),
      subscriptionId: subscription.id,
      event: 'company.hiring_status_changed',
      eventId: randomUUID(),
      payload: '{}',
      status: 'DELIVERED' as const,
      attempts: 1,
      nextAttemptAt: null,
      lockedUntil: null,
      lastAttemptAt: new Date(now - i * 1000),
      lastStatusCode: 200,
      lastError: null,
      deliveredAt: new Date(now - i * 1000),
      idempotencyKey: randomUUID(),
      createdAt: new Date(now - i * 1000),
    })),
  );
});

afterAll(() => app.close());

const LISTS: { name: string; as: () => Client; query: string; field: string }[] = [
  {
    name: 'companies, with contact counts and the total',
    as: () => admin,
    field: 'companies',
    query: `query($first: Int!) { companies(first: $first) { totalCount edges { cursor node { id name industry hiringStatus contactCount } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    name: "staff members (the admin's staff page)",
    as: () => admin,
    field: 'staffMembers',
    query: `query($first: Int!) { staffMembers(first: $first) { totalCount edges { node { id email name role } } } }`,
  },
  {
    name: 'API keys',
    as: () => admin,
    field: 'apiKeys',
    query: `query($first: Int!) { apiKeys(first: $first) { totalCount edges { node { id name prefix status scopes lastUsedAt } } } }`,
  },
  {
    name: 'webhook subscriptions',
    as: () => admin,
    field: 'webhookSubscriptions',
    query: `query($first: Int!) { webhookSubscriptions(first: $first) { totalCount edges { node { id url events active } } } }`,
  },
  {
    name: 'webhook deliveries, with their subscription',
    as: () => admin,
    field: 'webhookDeliveries',
    query: `query($first: Int!) { webhookDeliveries(first: $first) { totalCount edges { node { id event status attempts lastStatusCode url } } } }`,
  },
  {
    name: "contacts as a seeker sees them, with each one's company",
    as: () => seeker,
    field: 'contacts',
    query: `query($first: Int!) { contacts(first: $first) { totalCount edges { node { id fullName company { id name hiringStatus } myAsk { id } } } } }`,
  },
];

describe('SQL statements per list', () => {
  it.each(LISTS)('$name: the same at 10 and 100 rows', async ({ as, query, field }) => {
    const at = async (first: number) => {
      const { statements, result } = await statementsFor<Record<string, { edges: unknown[] }>>(
        app,
        as(),
        query,
        { first },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data![field]!.edges).toHaveLength(first);
      return statements;
    };
    const ten = await at(10);
    expect(await at(100)).toBe(ten);
  });
});
