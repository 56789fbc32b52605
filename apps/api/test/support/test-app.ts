import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase } from '../../src/db/data-source.js';
import { createThrowawayDatabase, QueryCounter } from '../../src/db/throwaway-database.js';
import { createApp, type App, type AppOptions } from '../../src/server/app.js';

export interface TestApp extends App {
  dataSource: DataSource;
  queries: QueryCounter;
  config: Config;
  close: () => Promise<void>;
}

export async function createTestApp(
  overrides: Partial<Config> = {},
  options: AppOptions = {},
): Promise<TestApp> {
  const { database, drop } = await createThrowawayDatabase();
  const config: Config = {
    ...loadConfig({}),
    database,
    logLevel: 'silent',
    seedDemoData: false,
    serveClients: false,
    // Tests send due webhooks themselves; a timer would add statements to the counts.
    webhooks: { ...loadConfig({}).webhooks, pollSeconds: 0 },
    // Likewise the network index's refresh timer: queries bring it up to date themselves.
    networkRefreshSeconds: 0,
    ...overrides,
  };
  const queries = new QueryCounter();
  const dataSource = await openDatabase(database, queries);
  const app = await createApp(config, dataSource, options);
  await app.server.ready();
  return {
    ...app,
    dataSource,
    queries,
    config,
    close: async () => {
      await app.server.close();
      await dataSource.destroy();
      await drop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; field?: string; [key: string]: unknown };
  }[];
  extensions?: Record<string, unknown>;
}

/** A browser-like client: keeps the session cookie between calls. */
export class Client {
  cookie: string | null = null;
  lastSetCookie: string | null = null;

  constructor(private readonly app: App) {}

  /** `from` sets the connecting address, and `headers` adds request headers (e.g. X-Forwarded-For). */
  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    { from, headers = {} }: { from?: string; headers?: Record<string, string> } = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await this.app.server.inject({
      method: 'POST',
      url: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
      ...(from ? { remoteAddress: from } : {}),
      payload: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers['set-cookie'];
    const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (header) {
      this.lastSetCookie = header;
      const [pair] = header.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : null;
    }
    return response.json() as GraphQLResponse<T>;
  }

  async signIn(email: string, password: string, from?: string): Promise<void> {
    const result = await this.gql(
      'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
      { input: { email, password } },
      { from },
    );
    if (result.errors) throw new Error(`sign-in failed: ${result.errors[0]?.message}`);
  }
}

export const PASSWORD = 'correct horse battery';

/** Makes an account directly (bypassing the API) and returns a client signed in as it. */
export async function signedInAs(
  app: TestApp,
  role: 'SEEKER' | 'STAFF' | 'ADMIN',
  email = `${role.toLowerCase()}-${randomBytes(4).toString('hex')}@example.com`,
): Promise<Client> {
  await app.services.accounts.create({ email, password: PASSWORD, name: `Test ${role}` }, role);
  const client = new Client(app);
  await client.signIn(email, PASSWORD);
  return client;
}

export function errorCode(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

/**
 * SQL statements one request makes, and its answer. Every list has a test
 * that calls this at a small and a large page size and expects the same
 * count: a statement per row would show up as a difference. The session is
 * looked up first, so the count is the operation's own: the lookup itself
 * is cached for a few seconds (SessionService.CACHE_MS), and whether a
 * request found it cached must not decide a comparison.
 */
export async function statementsFor<T = Record<string, unknown>>(
  app: TestApp,
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ statements: number; result: GraphQLResponse<T> }> {
  if (client.cookie) await client.gql('{ me { id } }');
  const before = app.queries.count;
  const result = await client.gql<T>(query, variables);
  return { statements: app.queries.count - before, result };
}

/** The database id behind a global id ("Contact:<uuid>" in base64url). */
export const rawId = (globalId: string): string =>
  Buffer.from(globalId, 'base64url').toString('utf8').split(':')[1]!;

/** The database id of the account a client is signed in as. */
export async function userIdOf(client: Client): Promise<string> {
  const me = await client.gql<{ me: { id: string } }>('{ me { id } }');
  return rawId(me.data!.me.id);
}
