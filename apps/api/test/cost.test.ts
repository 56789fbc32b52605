import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { COMMAND_LINE } from '../src/common/actor.js';
import { CompanyEntity } from '../src/company/company.entity.js';
import { queryCost } from '../src/graphql/cost.js';
import { MemoryBucketStore } from '../src/server/cost-bucket.js';
import { BODY_LIMIT_BYTES } from '../src/server/request-limits.js';
import { asKey, makeKey } from './support/api-keys.js';
import { Client, createTestApp, errorCode, signedInAs, type TestApp } from './support/test-app.js';

// A schema of its own, so the formula is tested apart from today's API.
const schema = buildSchema(`
  type Query { company(id: ID!): Company  companies(first: Int = 20): CompanyConnection!  path: Path  tags: [String!]! }
  type Company { name: String!  contacts(first: Int = 20): ContactConnection!  owner: Person }
  type Person { name: String! }
  type Contact { name: String!  employer: Company }
  type CompanyConnection { edges: [CompanyEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
  type CompanyEdge { cursor: String!  node: Company! }
  type ContactConnection { edges: [ContactEdge!]!  pageInfo: PageInfo! }
  type ContactEdge { node: Contact! }
  type PageInfo { hasNextPage: Boolean! }
  type Path { hops: [Person!]! }
`);
// What @Cost(25) puts on a field.
schema.getQueryType()!.getFields().path!.extensions = { cost: 25 };

function cost(query: string, variables?: Record<string, unknown>, data?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions[0] as OperationDefinitionNode;
  return queryCost(schema, document, operation, variables, data);
}

describe('the cost of a query', () => {
  it('charges 1 per object and nothing for scalars', () => {
    expect(cost('{ tags }')).toBe(0);
    expect(cost('{ company(id: "1") { name } }')).toBe(1);
    expect(cost('{ company(id: "1") { name owner { name } } }')).toBe(2);
  });

  it('charges a connection 2 plus first times one item', () => {
    // One item: the edge and its node.
    expect(cost('{ companies(first: 10) { edges { node { name } } } }')).toBe(2 + 10 * 2);
    expect(cost('{ companies { totalCount pageInfo { hasNextPage } } }')).toBe(2);
    expect(
      cost('query($n: Int) { companies(first: $n) { edges { node { name } } } }', { n: 50 }),
    ).toBe(102);
    // The default page size when first is not given.
    expect(cost('{ companies { edges { node { name } } } }')).toBe(2 + 20 * 2);
    // Nested: each company's contacts multiply.
    expect(
      cost(
        '{ companies(first: 10) { edges { node { contacts(first: 5) { edges { node { name } } } } } } }',
      ),
    ).toBe(2 + 10 * (2 + (2 + 5 * 2)));
  });

  it('counts fragments and aliases like the fields they stand for', () => {
    const plain = cost(
      '{ a: company(id: "1") { owner { name } } b: company(id: "2") { owner { name } } }',
    );
    const fragment = cost(
      '{ a: company(id: "1") { ...F } b: company(id: "2") { ... on Company { owner { name } } } } fragment F on Company { owner { name } }',
    );
    expect(plain).toBe(4);
    expect(fragment).toBe(4);
  });

  it('charges a declared fixed cost whatever is selected under it', () => {
    expect(cost('{ path { hops { name } } }')).toBe(25);
  });

  it('charges the actual cost from what came back', () => {
    const query = '{ companies(first: 10) { edges { node { name } } } }';
    const data = { companies: { edges: [{ node: { name: 'A' } }, { node: { name: 'B' } }] } };
    expect(cost(query, {}, data)).toBe(2 + 2 * 2);
    expect(cost('{ company(id: "1") { name owner { name } } }', {}, { company: null })).toBe(1);
  });
});

describe('the leaky bucket, in memory', () => {
  it('drains as queries pour in and refills with time', async () => {
    const bucket = new MemoryBucketStore({ capacity: 100, leakPerSecond: 10 });
    const t0 = new Date('2026-03-02T09:00:00Z');
    expect((await bucket.take('k', 60, t0)).state).toEqual({
      capacity: 100,
      remaining: 40,
      resetsInSeconds: 6,
    });
    const refused = await bucket.take('k', 50, t0);
    expect(refused).toMatchObject({ allowed: false, retryAfterSeconds: 1 });
    expect(refused.state.remaining).toBe(40);
    // One second later 10 points have drained: 50 fits.
    expect((await bucket.take('k', 50, new Date(t0.getTime() + 1000))).allowed).toBe(true);
    expect((await bucket.peek('k', new Date(t0.getTime() + 1000))).remaining).toBe(0);
    expect((await bucket.refund('k', 30, new Date(t0.getTime() + 1000))).remaining).toBe(30);
    // Empty after long enough; other callers never shared it.
    expect((await bucket.peek('k', new Date(t0.getTime() + 60_000))).remaining).toBe(100);
    expect((await bucket.peek('other', t0)).remaining).toBe(100);
  });
});

describe('cost limits on the API', () => {
  let app: TestApp;
  let clock = new Date('2026-03-02T09:00:00Z');
  const LIST = 'query($first: Int!) { companies(first: $first) { edges { node { name } } } }';

  beforeAll(async () => {
    app = await createTestApp({
      graphqlMaxCost: 300,
      costBucketCapacity: 500,
      costBucketLeakPerSecond: 50,
      sessionIdleMinutes: 60 * 24,
    });
    app.services.now = () => clock;
    const companies = app.dataSource.getRepository(CompanyEntity);
    await companies.insert(
      ['Acme', 'Birch'].map((name) => ({
        id: randomUUID(),
        name,
        nameKey: name.toLowerCase(),
        website: null,
        industry: null,
        officeAddress: null,
        hiringStatus: 'UNKNOWN' as const,
        hiringStatusChangedAt: clock,
      })),
    );
  });
  afterAll(async () => app.close());

  it('reports the cost on every response, for every caller', async () => {
    const anonymous = await new Client(app).gql('{ me { id } }', {}, { from: '10.9.9.1' });
    // An object costs 1 even when it comes back null.
    expect(anonymous.extensions?.cost).toEqual({
      requested: 1,
      actual: 1,
      bucket: { capacity: 500, remaining: 499, resetsInSeconds: 1 },
    });
    const invalid = await new Client(app).gql('{ nothing }', {}, { from: '10.9.9.2' });
    expect(invalid.extensions?.cost).toEqual({
      requested: 0,
      actual: 0,
      bucket: { capacity: 500, remaining: 500, resetsInSeconds: 0 },
    });
    const seeker = await signedInAs(app, 'SEEKER');
    const page = await seeker.gql(LIST, { first: 100 });
    // 100 asked for, 2 exist: charged for what came back.
    expect(page.extensions?.cost).toEqual({
      requested: 202,
      actual: 6,
      bucket: { capacity: 500, remaining: 494, resetsInSeconds: 1 },
    });
    const { secret } = await makeKey(app, ['companies:read']);
    const byKey = await asKey(app, secret, LIST, { first: 10 });
    expect(byKey.body.extensions?.cost).toMatchObject({ requested: 22, actual: 6 });
  });

  it('reports the cost on answers refused before GraphQL runs', async () => {
    const raw = (payload: string, headers: Record<string, string> = {}, from = '10.9.8.1') =>
      app.server.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', ...headers },
        payload,
        remoteAddress: from,
      });
    const costOf = (response: { json(): unknown }) =>
      (response.json() as { extensions?: { cost?: unknown } }).extensions?.cost;

    // A refused key is nobody's call: nothing charged, no bucket to show.
    const unknown = await raw('{"query":"{ companies { totalCount } }"}', {
      authorization: 'Bearer rk_live_not-a-key',
    });
    expect(unknown.statusCode).toBe(401);
    expect(costOf(unknown)).toEqual({ requested: 0, actual: 0, bucket: null });
    const { apiKey, secret } = await makeKey(app, ['companies:read']);
    await app.services.apiKeys.revoke(COMMAND_LINE, apiKey.id, clock);
    const revoked = await raw('{"query":"{ companies { totalCount } }"}', {
      authorization: `Bearer ${secret}`,
    });
    expect(revoked.statusCode).toBe(401);
    expect(costOf(revoked)).toEqual({ requested: 0, actual: 0, bucket: null });

    // A good key over the query limits: its own bucket, as it stands after an earlier call.
    const partner = await makeKey(app, ['companies:read']);
    const spent = await asKey(app, partner.secret, LIST, { first: 10 });
    const left = (spent.body.extensions?.cost as { bucket: { remaining: number } }).bucket
      .remaining;
    expect(left).toBeLessThan(500);
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: companies(first: 1) { totalCount }`).join(' ')} }`;
    const tooWide = await raw(JSON.stringify({ query: aliases }), {
      authorization: `Bearer ${partner.secret}`,
    });
    expect(tooWide.statusCode).toBe(400);
    expect(errorCode(tooWide.json())).toBe('QUERY_TOO_COMPLEX');
    expect(costOf(tooWide)).toEqual({
      requested: 0,
      actual: 0,
      bucket: { capacity: 500, remaining: left, resetsInSeconds: expect.any(Number) },
    });

    // A body over the size limit, one that is not JSON, one with no query:
    // GraphQL-shaped errors with their HTTP status, and the address's bucket.
    const fresh = { capacity: 500, remaining: 500, resetsInSeconds: 0 };
    const huge = await raw(
      JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(BODY_LIMIT_BYTES) }),
    );
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_REQUEST', limit: 'bodyBytes', max: BODY_LIMIT_BYTES } }],
    });
    expect(costOf(huge)).toEqual({ requested: 0, actual: 0, bucket: fresh });
    const notJson = await raw('{"query": ');
    expect(notJson.statusCode).toBe(400);
    expect(errorCode(notJson.json())).toBe('BAD_REQUEST');
    expect(costOf(notJson)).toEqual({ requested: 0, actual: 0, bucket: fresh });
    const noQuery = await raw('{}');
    expect(noQuery.statusCode).toBe(400);
    expect(costOf(noQuery)).toEqual({ requested: 0, actual: 0, bucket: fresh });
    // A signed-in user's refusal shows the user's bucket.
    const seeker = await signedInAs(app, 'SEEKER');
    await seeker.gql(LIST, { first: 10 });
    const mine = await raw(JSON.stringify({ query: aliases }), { cookie: seeker.cookie! });
    expect((costOf(mine) as { bucket: { remaining: number } }).bucket.remaining).toBeLessThan(500);
  });

  it('refuses a query over the cap before any resolver runs', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    let listed = 0;
    const original = app.services.companies.list.bind(app.services.companies);
    app.services.companies.list = (...args) => {
      listed += 1;
      return original(...args);
    };
    try {
      const refused = await seeker.gql(
        '{ a: companies(first: 100) { edges { node { name } } } b: companies(first: 100) { edges { node { name } } } }',
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'cost',
        max: 300,
      });
      expect(refused.data ?? null).toBeNull();
      expect(listed).toBe(0);
      expect(refused.extensions?.cost).toMatchObject({ requested: 404, actual: 0 });
      // Just under the cap runs.
      const allowed = await seeker.gql(LIST, { first: 100 });
      expect(allowed.errors).toBeUndefined();
      expect(listed).toBe(1);
    } finally {
      app.services.companies.list = original;
    }
  });

  it('refuses a page over 100 before running', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const result = await seeker.gql(LIST, { first: 101 });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/at most 100/);
  });

  it("drains a key's bucket, throttles with 429 and a retry time, and refills", async () => {
    const { secret } = await makeKey(app, ['companies:read']);
    const start = clock;
    try {
      const heavy = '{ companies(first: 100) { edges { node { name } } } }';
      // Asked for 100, two came back: charged 202 up front, 6 kept after.
      for (let i = 0; i < 3; i += 1) expect((await asKey(app, secret, heavy)).status).toBe(200);
      // Ten counts at 2 points each, all kept: the bucket (500) fills in about 25 calls with the clock still.
      const counts = `{ ${Array.from({ length: 10 }, (_, i) => `c${i}: companies(first: 100) { totalCount }`).join(' ')} }`;
      let last = await asKey(app, secret, counts);
      let calls = 1;
      while (last.status === 200 && calls < 100) {
        expect(last.body.extensions?.cost).toMatchObject({ requested: 20, actual: 20 });
        last = await asKey(app, secret, counts);
        calls += 1;
      }
      expect(calls).toBeGreaterThan(20);
      expect(last.status).toBe(429);
      expect(errorCode(last.body)).toBe('TOO_MANY_REQUESTS');
      const retryAfter = last.body.errors?.[0]?.extensions?.retryAfterSeconds as number;
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(last.headers['retry-after']).toBe(String(retryAfter));
      expect(last.body.errors?.[0]?.message).toMatch(/try again in \d+ s/);
      // Another caller is not affected.
      const other = await makeKey(app, ['companies:read']);
      expect((await asKey(app, other.secret, heavy)).status).toBe(200);
      // After the wait it answers again.
      clock = new Date(start.getTime() + retryAfter * 1000);
      const again = await asKey(app, secret, counts);
      expect(again.status).toBe(200);
      expect(
        (again.body.extensions?.cost as { bucket: { remaining: number } }).bucket.remaining,
      ).toBeLessThan(50);
    } finally {
      clock = start;
    }
  });
});
