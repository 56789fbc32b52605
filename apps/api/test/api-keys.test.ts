import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { insertContact, userIdOf } from './support/contacts.js';
import { ApiKeyEntity } from '../src/api-key/api-key.entity.js';
import { hashApiKey } from '../src/api-key/api-key.service.js';
import { asKey, makeKey } from './support/api-keys.js';
import {
  type Client,
  createTestApp,
  errorCode,
  signedInAs,
  type TestApp,
} from './support/test-app.js';

const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { secret apiKey { id name prefix scopes status lastUsedAt expiresAt revokedAt } }
}`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id status revokedAt } }`;
const ROTATE = `mutation($id: ID!, $hours: Int!) {
  rotateApiKey(id: $id, overlapHours: $hours) { secret apiKey { id name scopes status } }
}`;
const LIST = `{ apiKeys(first: 10) { totalCount edges { node { id name prefix status lastUsedAt } } } }`;
const COMPANIES = `{ companies(first: 5) { edges { node { id name } } } }`;

interface Created {
  createApiKey: {
    secret: string;
    apiKey: { id: string; name: string; prefix: string; scopes: string[]; status: string };
  };
}

describe('API keys', () => {
  let app: TestApp;
  let admin: Client;
  let clock = new Date('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    app = await createTestApp({ sessionIdleMinutes: 60 * 24 * 30 });
    app.services.now = () => clock;
    admin = await signedInAs(app, 'ADMIN');
  });
  afterAll(async () => app.close());

  it('lets an admin make a key that is shown once, stored hashed, with a recognisable prefix', async () => {
    const result = await admin.gql<Created>(CREATE, {
      input: { name: '  Career centre ', scopes: ['companies:read', 'companies:read'] },
    });
    const { secret, apiKey } = result.data!.createApiKey;
    expect(secret).toMatch(/^rk_live_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toMatchObject({
      name: 'Career centre',
      scopes: ['companies:read'],
      status: 'ACTIVE',
    });
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix.length).toBeLessThan(20);

    const stored = await app.dataSource.getRepository(ApiKeyEntity).find();
    const row = stored.find((key) => key.name === 'Career centre')!;
    expect(row.keyHash).toBe(hashApiKey(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(20));

    const list = await admin.gql<{ apiKeys: { edges: { node: { prefix: string } }[] } }>(LIST);
    expect(JSON.stringify(list.data)).not.toContain(secret);
  });

  it('checks the name and scopes, with their field', async () => {
    const noName = await admin.gql(CREATE, { input: { name: ' ', scopes: ['companies:read'] } });
    expect(noName.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const unknown = await admin.gql(CREATE, { input: { name: 'X', scopes: ['everything'] } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'scopes',
    });
    const none = await admin.gql(CREATE, { input: { name: 'X', scopes: [] } });
    expect(none.errors?.[0]?.extensions).toMatchObject({ field: 'scopes' });
  });

  it('keeps key management to admins, and away from keys', async () => {
    const staff = await signedInAs(app, 'STAFF');
    const seeker = await signedInAs(app, 'SEEKER');
    const input = { input: { name: 'X', scopes: ['companies:read'] } };
    expect(errorCode(await staff.gql(CREATE, input))).toBe('FORBIDDEN');
    expect(errorCode(await seeker.gql(CREATE, input))).toBe('FORBIDDEN');
    expect(errorCode(await new (admin.constructor as typeof Client)(app).gql(CREATE, input))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await staff.gql(LIST))).toBe('FORBIDDEN');

    const { secret } = await makeKey(app, ['companies:read', 'contacts:read', 'webhooks:manage']);
    const byKey = await asKey(app, secret, CREATE, input);
    expect(byKey.status).toBe(403);
    expect(errorCode(byKey.body)).toBe('FORBIDDEN');
    expect(byKey.body.errors?.[0]?.message).toContain(
      'Mutation.createApiKey (not available to API keys)',
    );
    expect(byKey.body.data ?? null).toBeNull();
    expect(errorCode((await asKey(app, secret, '{ me { id } }')).body)).toBe('FORBIDDEN');
  });

  it('answers 401 saying whether a key is unknown, revoked or expired', async () => {
    const unknown = await asKey(app, `rk_live_${'A'.repeat(43)}`, COMPANIES);
    expect(unknown.status).toBe(401);
    expect(unknown.body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'unknown',
    });
    expect(unknown.body.errors?.[0]?.message).toMatch(/not valid/);

    const malformed = await app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      payload: JSON.stringify({ query: COMPANIES }),
    });
    expect(malformed.statusCode).toBe(401);
    expect(malformed.json().errors[0].extensions.reason).toBe('malformed');

    const { secret, apiKey } = await makeKey(app, ['companies:read']);
    expect((await asKey(app, secret, COMPANIES)).status).toBe(200);
    const revoked = await admin.gql<{ revokeApiKey: { status: string } }>(REVOKE, {
      id: Buffer.from(`ApiKey:${apiKey.id}`).toString('base64url'),
    });
    expect(revoked.data?.revokeApiKey.status).toBe('REVOKED');
    const refused = await asKey(app, secret, COMPANIES);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.extensions?.reason).toBe('revoked');
    expect(refused.body.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('rotates a key: the successor works at once, the old one until the overlap ends', async () => {
    const { secret: old, apiKey } = await makeKey(app, ['companies:read'], 'ATS');
    const id = Buffer.from(`ApiKey:${apiKey.id}`).toString('base64url');
    const rotated = await admin.gql<{ rotateApiKey: Created['createApiKey'] }>(ROTATE, {
      id,
      hours: 2,
    });
    const successor = rotated.data!.rotateApiKey;
    expect(successor.apiKey).toMatchObject({
      name: 'ATS',
      scopes: ['companies:read'],
      status: 'ACTIVE',
    });
    expect(successor.secret).not.toBe(old);

    expect((await asKey(app, old, COMPANIES)).status).toBe(200);
    expect((await asKey(app, successor.secret, COMPANIES)).status).toBe(200);
    const again = await admin.gql(ROTATE, { id, hours: 2 });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');

    const start = clock;
    clock = new Date(start.getTime() + 2 * 3_600_000 + 1000);
    try {
      const expired = await asKey(app, old, COMPANIES);
      expect(expired.status).toBe(401);
      expect(expired.body.errors?.[0]?.extensions?.reason).toBe('expired');
      expect((await asKey(app, successor.secret, COMPANIES)).status).toBe(200);
    } finally {
      clock = start;
    }
  });

  it('records when a key was last used, at most once a minute', async () => {
    const { secret, apiKey } = await makeKey(app, ['companies:read']);
    const keys = app.dataSource.getRepository(ApiKeyEntity);
    const start = clock;
    try {
      await asKey(app, secret, COMPANIES);
      expect((await keys.findOneByOrFail({ id: apiKey.id })).lastUsedAt?.getTime()).toBe(
        start.getTime(),
      );
      clock = new Date(start.getTime() + 30_000);
      await asKey(app, secret, COMPANIES);
      expect((await keys.findOneByOrFail({ id: apiKey.id })).lastUsedAt?.getTime()).toBe(
        start.getTime(),
      );
      clock = new Date(start.getTime() + 61_000);
      await asKey(app, secret, COMPANIES);
      expect((await keys.findOneByOrFail({ id: apiKey.id })).lastUsedAt?.getTime()).toBe(
        clock.getTime(),
      );
    } finally {
      clock = start;
    }
  });

  it("never hands a key a seeker's private contact, nor a way to reach someone who asked not to be contacted", async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const privateId = await insertContact(app, {
      fullName: 'Private Person',
      ownerId: seekerId,
      email: 'p@x.com',
    });
    const quietId = await insertContact(app, {
      fullName: 'Quiet Person',
      email: 'q@x.com',
      doNotContact: true,
    });
    const contacts = app.dataSource.getRepository(ContactEntity);
    await contacts.update({ id: quietId }, { phone: '555', mailingAddress: '1 Main St' });
    await contacts.update({ id: privateId }, { mailingAddress: '1 Main St' });
    const { secret } = await makeKey(app, ['contacts:read']);
    const query =
      'query($id: ID!) { contact(id: $id) { fullName email phone mailingAddress doNotContact } }';
    const gid = (id: string) => Buffer.from(`Contact:${id}`).toString('base64url');

    const hidden = await asKey(app, secret, query, { id: gid(privateId) });
    expect(errorCode(hidden.body)).toBe('NOT_FOUND');
    const quiet = await asKey(app, secret, query, { id: gid(quietId) });
    expect(quiet.body.data).toEqual({
      contact: {
        fullName: 'Quiet Person',
        email: null,
        phone: null,
        mailingAddress: null,
        doNotContact: true,
      },
    });
    // Staff still see how to reach them: the rule is about partners.
    const staff = await signedInAs(app, 'STAFF');
    const seen = await staff.gql<{ contact: { email: string } }>(query, { id: gid(quietId) });
    expect(seen.data?.contact.email).toBe('q@x.com');
    // The agency's notes are not for keys at all.
    const notes = await asKey(app, secret, 'query($id: ID!) { contact(id: $id) { notes } }', {
      id: gid(quietId),
    });
    expect(errorCode(notes.body)).toBe('FORBIDDEN');
  });
});

describe('schema exposure for keys', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ graphqlIntrospection: 'staff' });
  });
  afterAll(async () => app.close());

  it('lets keys introspect and get suggestions, and not anonymous callers', async () => {
    const { secret } = await makeKey(app, ['companies:read']);
    const introspect = '{ __schema { queryType { name } } }';
    expect((await asKey(app, secret, introspect)).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    const typo = await asKey(app, secret, '{ companiez(first: 1) { totalCount } }');
    expect(typo.body.errors?.[0]?.message).toMatch(/Did you mean/);

    const anonymous = await app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: introspect }),
    });
    expect(anonymous.json().errors[0].extensions.code).toBe('INTROSPECTION_DISABLED');
    const anonymousTypo = await app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: '{ companiez(first: 1) { totalCount } }' }),
    });
    expect(anonymousTypo.json().errors[0].message).not.toMatch(/Did you mean/);
  });
});
