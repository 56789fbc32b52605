import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisBucketStore } from '../src/server/cost-bucket.js';
import { asKey, makeKey } from './support/api-keys.js';
import { createTestApp, type TestApp } from './support/test-app.js';

// Against a real Redis, never a stand-in: CI's machine runs one on 127.0.0.1:6379
// (.ci/run starts it when it is down).
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const settings = { capacity: 100, leakPerSecond: 10 };

describe('the leaky bucket in Redis', () => {
  let one: RedisBucketStore;
  let two: RedisBucketStore;
  beforeAll(() => {
    // Two connections stand for two API processes sharing the buckets.
    one = new RedisBucketStore(REDIS_URL, settings);
    two = new RedisBucketStore(REDIS_URL, settings);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('drains and refills one bucket shared by every process', async () => {
    const key = `test:${randomUUID()}`;
    const t0 = new Date('2026-03-02T09:00:00Z');
    expect(await one.take(key, 60, t0)).toEqual({
      allowed: true,
      retryAfterSeconds: 0,
      state: { capacity: 100, remaining: 40, resetsInSeconds: 6 },
    });
    // The other process sees the same level and is refused.
    const refused = await two.take(key, 50, t0);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(refused.state.remaining).toBe(40);
    const later = new Date(t0.getTime() + 1000);
    expect((await two.take(key, 50, later)).state.remaining).toBe(0);
    expect((await one.refund(key, 30, later)).remaining).toBe(30);
    expect((await two.peek(key, new Date(t0.getTime() + 60_000))).remaining).toBe(100);
  });

  it('lets exactly as many concurrent takes through as fit', async () => {
    const key = `test:${randomUUID()}`;
    const now = new Date('2026-03-02T09:00:00Z');
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).take(key, 10, now)),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(10);
  });
});

describe('the API with REDIS_URL', () => {
  let app: TestApp;
  let outside: RedisBucketStore;
  beforeAll(async () => {
    app = await createTestApp({
      redisUrl: REDIS_URL,
      costBucketCapacity: 1000,
      costBucketLeakPerSecond: 1,
    });
    outside = new RedisBucketStore(REDIS_URL, { capacity: 1000, leakPerSecond: 1 });
  });
  afterAll(async () => {
    await outside.close();
    await app.close();
  });

  it("keeps each key's bucket in Redis, where another process sees it", async () => {
    const { secret, apiKey } = await makeKey(app, ['companies:read']);
    const now = app.services.now();
    // Another process has already poured 990 points for this key.
    await outside.take(`key:${apiKey.id}`, 990, now);
    const first = await asKey(app, secret, '{ companies(first: 4) { totalCount } }');
    expect(first.status).toBe(200);
    expect(
      (first.body.extensions?.cost as { bucket: { remaining: number } }).bucket.remaining,
    ).toBeLessThanOrEqual(8);
    const five = `{ ${Array.from({ length: 5 }, (_, i) => `c${i}: companies(first: 1) { totalCount }`).join(' ')} }`;
    const refused = await asKey(app, secret, five);
    expect(refused.status).toBe(429);
    expect(
      (await outside.peek(`key:${apiKey.id}`, app.services.now())).remaining,
    ).toBeLessThanOrEqual(8);
  });
});

describe('the API when Redis cannot be reached', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1.
    app = await createTestApp({ redisUrl: 'redis://127.0.0.1:1' });
  });
  afterAll(async () => app.close());

  it('still answers, uncharged, with the bucket reported as unknown', async () => {
    const { secret } = await makeKey(app, ['companies:read']);
    const answer = await asKey(app, secret, '{ companies(first: 2) { totalCount } }');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ companies: { totalCount: 0 } });
    expect(answer.body.extensions?.cost).toEqual({ requested: 2, actual: 2, bucket: null });
  });
});
