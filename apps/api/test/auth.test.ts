import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserEntity } from '../src/user/user.entity.js';
import {
  Client,
  PASSWORD,
  createTestApp,
  errorCode,
  signedInAs,
  type TestApp,
} from './support/test-app.js';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const ME = `{ me { email role } }`;

describe('accounts and sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ signInMaxAttempts: 3 });
  });
  afterAll(async () => app.close());

  it('signs a seeker up, then in, and knows who they are', async () => {
    const client = new Client(app);
    const result = await client.gql(SIGN_UP, {
      input: { name: '  Casey Jones ', email: 'Casey@Example.COM', password: 'long enough pass' },
    });
    // extensions carry only the query's cost, the same for every sign-up.
    expect({ ...result, extensions: undefined }).toEqual({ data: { signUp: true } });
    // Sign-up alone opens no session: that would tell a new email from a taken one.
    expect(client.cookie).toBeNull();
    await client.signIn('casey@example.com', 'long enough pass');
    expect(client.lastSetCookie).toMatch(/HttpOnly/i);
    expect(client.lastSetCookie).toMatch(/SameSite=Lax/i);
    expect((await client.gql(ME)).data?.me).toEqual({ email: 'casey@example.com', role: 'SEEKER' });
  });

  it('stores a memory-hard hash, never the password', async () => {
    const row = await app.dataSource
      .getRepository(UserEntity)
      .findOneByOrFail({ email: 'casey@example.com' });
    expect(row.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(row.passwordHash).not.toContain('long enough pass');
  });

  it('refuses a weak password and a bad email with their own codes; a taken email looks new', async () => {
    const client = new Client(app);
    const weak = await client.gql(SIGN_UP, {
      input: { name: 'A', email: 'a@example.com', password: 'short' },
    });
    expect(errorCode(weak)).toBe('ACCOUNT.WEAK_PASSWORD');
    expect(weak.errors?.[0]?.extensions?.field).toBe('password');
    const email = await client.gql(SIGN_UP, {
      input: { name: 'A', email: 'not-an-email', password: PASSWORD },
    });
    expect(errorCode(email)).toBe('ACCOUNT.INVALID_EMAIL');
    const taken = await client.gql(SIGN_UP, {
      input: { name: 'A', email: 'CASEY@example.com', password: PASSWORD },
    });
    expect({ ...taken, extensions: undefined }).toEqual({ data: { signUp: true } });
    expect(client.cookie).toBeNull();
    const [{ count }] = await app.dataSource.query(
      "SELECT COUNT(*) AS count FROM users WHERE email = 'casey@example.com'",
    );
    expect(Number(count)).toBe(1);
  });

  it('answers me with null for a visitor and refuses sign-out without a session', async () => {
    const visitor = new Client(app);
    expect((await visitor.gql(ME)).data?.me).toBeNull();
    expect(errorCode(await visitor.gql('mutation { signOut }'))).toBe('UNAUTHENTICATED');
  });

  it('ends the session on sign-out, so the old cookie no longer works', async () => {
    const client = await signedInAs(app, 'SEEKER');
    const oldCookie = client.cookie;
    expect((await client.gql('mutation { signOut }')).data?.signOut).toBe(true);
    const replay = new Client(app);
    replay.cookie = oldCookie;
    expect((await replay.gql(ME)).data?.me).toBeNull();
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const client = new Client(app);
    const unknown = await client.gql(
      'mutation { signIn(input: {email: "nobody@example.com", password: "whatever123"}) { id } }',
    );
    const wrong = await client.gql(
      'mutation { signIn(input: {email: "casey@example.com", password: "wrong password"}) { id } }',
    );
    expect(errorCode(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
  });

  it('throttles repeated failed sign-ins for one email', async () => {
    const client = new Client(app);
    await signedInAs(app, 'SEEKER', 'target@example.com');
    const attempt = () =>
      client.gql(
        'mutation($p: String!) { signIn(input: {email: "target@example.com", password: $p}) { id } }',
        {
          p: 'wrong password',
        },
      );
    for (let i = 0; i < 3; i += 1) expect(errorCode(await attempt())).toBe('UNAUTHENTICATED');
    const blocked = await attempt();
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0]?.message).toMatch(/Try again in \d+ (seconds?|minutes)/);
    // Even the right password waits out the lock.
    const right = await client.gql(
      'mutation($p: String!) { signIn(input: {email: "target@example.com", password: $p}) { id } }',
      { p: PASSWORD },
    );
    expect(errorCode(right)).toBe('TOO_MANY_REQUESTS');
  });

  it('lets only an admin create staff accounts', async () => {
    const CREATE = `mutation($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { email role } }`;
    const input = {
      name: 'New Staff',
      email: 'new.staff@example.com',
      password: PASSWORD,
      role: 'STAFF',
    };
    expect(errorCode(await new Client(app).gql(CREATE, { input }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await (await signedInAs(app, 'SEEKER')).gql(CREATE, { input }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await (await signedInAs(app, 'STAFF')).gql(CREATE, { input }))).toBe(
      'FORBIDDEN',
    );

    const admin = await signedInAs(app, 'ADMIN');
    const created = await admin.gql(CREATE, { input });
    expect(created.data?.createStaffAccount).toEqual({
      email: 'new.staff@example.com',
      role: 'STAFF',
    });
    const seekerRole = await admin.gql(CREATE, {
      input: { ...input, email: 'x@example.com', role: 'SEEKER' },
    });
    expect(errorCode(seekerRole)).toBe('ACCOUNT.INVALID_ROLE');

    const staff = await admin.gql<{
      staffMembers: { totalCount: number; edges: { node: { email: string } }[] };
    }>('{ staffMembers(first: 100) { totalCount edges { node { email } } } }');
    const emails = staff.data?.staffMembers.edges.map((e) => e.node.email) ?? [];
    expect(emails).toContain('new.staff@example.com');
    expect(emails.every((e) => !e.startsWith('seeker-'))).toBe(true);
  });
});
