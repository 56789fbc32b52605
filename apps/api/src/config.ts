import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The embedded database lives in data/ at the repository root, whichever
// folder the server is started from (npm start runs at the root, npm run dev
// inside apps/api). This file sits in apps/api/src or apps/api/dist.
const DEFAULT_SQLITE_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/rapport.sqlite',
);

/**
 * Every setting Rapport reads from the environment, parsed once at start.
 * A bad value stops the process with a message naming the variable, rather
 * than surfacing later as a confusing runtime error.
 */
export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedDemoData: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  signInMaxAttempts: number;
  signInWindowMinutes: number;
  serveClients: boolean;
  /** Fastify's trustProxy: false, a number of proxy hops, or the proxies' addresses. */
  trustProxy: TrustProxy;
  /** A session unused for this long ends, whatever its absolute lifetime. */
  sessionIdleMinutes: number;
  /** Sign-up attempts allowed per client address per hour. */
  signUpMaxPerHour: number;
  /** Requests to one scheduling link per hour; one address may make four times as many across links. */
  replyLinkMaxPerHour: number;
  /** Who may introspect the schema and see "Did you mean" suggestions. */
  graphqlIntrospection: IntrospectionAccess;
  /** Shares the cost buckets between API processes; null keeps them in memory. */
  redisUrl: string | null;
  /** The most one query may cost (see graphql/cost.ts). */
  graphqlMaxCost: number;
  /** Run operations compiled by graphql-jit (graphql/jit.ts) instead of graphql-js' interpreter. */
  graphqlJit: boolean;
  /** Each caller's leaky bucket: how many points it holds, and how many drain per second. */
  costBucketCapacity: number;
  costBucketLeakPerSecond: number;
  webhooks: WebhookConfig;
  /**
   * How often each process brings its in-memory network index up to date
   * (and now and then prunes the shared change log) between queries; 0
   * leaves it to the queries themselves.
   */
  networkRefreshSeconds: number;
  production: boolean;
}

export interface WebhookConfig {
  /** Allow subscriber URLs on loopback and private addresses (local testing only). */
  allowPrivateUrls: boolean;
  /** Attempts per delivery before it is marked failed. */
  maxAttempts: number;
  /** The first retry waits this long; each next one twice as long. */
  retryBaseSeconds: number;
  /** How long a subscriber has to answer one delivery. */
  timeoutSeconds: number;
  /** How often the dispatcher looks for due deliveries; 0 turns it off in this process. */
  pollSeconds: number;
}

export type TrustProxy = false | number | string[];
export type IntrospectionAccess = 'on' | 'staff' | 'off';
const INTROSPECTION_ACCESS = ['on', 'staff', 'off'] as const;

export type DatabaseConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string };

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export function isPostgresUrl(url: string | undefined): boolean {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return value;
  };

  const bool = (name: string, fallback: boolean): boolean => {
    const raw = env[name]?.trim().toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
    if (['0', 'false', 'no', 'off'].includes(raw)) return false;
    problems.push(`${name} must be true or false (got "${env[name]}").`);
    return fallback;
  };

  let database: DatabaseConfig;
  const url = env.DATABASE_URL?.trim();
  if (url === undefined || url === '') {
    database = {
      kind: 'sqlite',
      file: env.SQLITE_PATH ? path.resolve(env.SQLITE_PATH) : DEFAULT_SQLITE_FILE,
    };
  } else if (isPostgresUrl(url)) {
    try {
      new URL(url);
    } catch {
      problems.push('DATABASE_URL is not a valid postgres:// URL.');
    }
    database = { kind: 'postgres', url };
  } else {
    problems.push(
      'DATABASE_URL must start with postgres:// or postgresql:// (leave it unset to use the embedded SQLite file).',
    );
    database = { kind: 'sqlite', file: DEFAULT_SQLITE_FILE };
  }

  const logLevelRaw = env.LOG_LEVEL ?? 'info';
  const logLevel = (LOG_LEVELS as readonly string[]).includes(logLevelRaw)
    ? (logLevelRaw as Config['logLevel'])
    : (problems.push(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${logLevelRaw}").`),
      'info');

  const production = env.NODE_ENV === 'production';
  const seedDemoData = bool('SEED_DEMO_DATA', !production);
  if (production && seedDemoData) {
    problems.push(
      'SEED_DEMO_DATA cannot be on when NODE_ENV=production: the demo accounts share a published password.',
    );
  }
  const introspectionRaw = env.GRAPHQL_INTROSPECTION?.trim().toLowerCase() || undefined;
  const graphqlIntrospection: IntrospectionAccess =
    introspectionRaw === undefined
      ? production
        ? 'staff'
        : 'on'
      : (INTROSPECTION_ACCESS as readonly string[]).includes(introspectionRaw)
        ? (introspectionRaw as IntrospectionAccess)
        : (problems.push(
            `GRAPHQL_INTROSPECTION must be on, staff or off (got "${env.GRAPHQL_INTROSPECTION}").`,
          ),
          'off');

  const redisRaw = env.REDIS_URL?.trim() || null;
  if (redisRaw !== null && !/^rediss?:\/\/[^\s]+$/.test(redisRaw)) {
    problems.push(`REDIS_URL must start with redis:// or rediss:// (got "${redisRaw}").`);
  }
  const graphqlMaxCost = int('GRAPHQL_MAX_COST', 1000, 10, 1_000_000);
  const costBucketCapacity = int('COST_BUCKET_CAPACITY', 5000, 10, 10_000_000);
  if (costBucketCapacity < graphqlMaxCost) {
    problems.push(
      `COST_BUCKET_CAPACITY (${costBucketCapacity}) must be at least GRAPHQL_MAX_COST (${graphqlMaxCost}), or the largest allowed query could never run.`,
    );
  }

  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    database,
    logLevel,
    seedDemoData,
    sessionTtlHours: int('SESSION_TTL_HOURS', 24 * 14, 1, 24 * 365),
    cookieSecure: bool('COOKIE_SECURE', production),
    signInMaxAttempts: int('SIGN_IN_MAX_ATTEMPTS', 5, 1, 1000),
    signInWindowMinutes: int('SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60),
    serveClients: bool('SERVE_CLIENTS', true),
    trustProxy: trustProxy(env.TRUST_PROXY, problems),
    sessionIdleMinutes: int('SESSION_IDLE_MINUTES', 120, 1, 24 * 60 * 365),
    signUpMaxPerHour: int('SIGN_UP_MAX_PER_HOUR', 10, 1, 100_000),
    replyLinkMaxPerHour: int('REPLY_LINK_MAX_PER_HOUR', 30, 1, 100_000),
    graphqlIntrospection,
    graphqlJit: bool('GRAPHQL_JIT', true),
    redisUrl: redisRaw,
    graphqlMaxCost,
    costBucketCapacity,
    costBucketLeakPerSecond: int('COST_BUCKET_LEAK_PER_SECOND', 100, 1, 1_000_000),
    webhooks: {
      allowPrivateUrls: bool('WEBHOOKS_ALLOW_PRIVATE', false),
      maxAttempts: int('WEBHOOK_MAX_ATTEMPTS', 8, 1, 50),
      retryBaseSeconds: int('WEBHOOK_RETRY_BASE_SECONDS', 30, 1, 24 * 3600),
      timeoutSeconds: int('WEBHOOK_TIMEOUT_SECONDS', 10, 1, 120),
      pollSeconds: int('WEBHOOK_POLL_SECONDS', 2, 0, 3600),
    },
    networkRefreshSeconds: int('NETWORK_REFRESH_SECONDS', 5, 0, 3600),
    production,
  };
  if (production && config.webhooks.allowPrivateUrls) {
    problems.push(
      "WEBHOOKS_ALLOW_PRIVATE cannot be on when NODE_ENV=production: it would let webhooks reach the server's own network.",
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

const IP_OR_CIDR = /^(?:[\d.]+|[\da-f:.]+)(?:\/\d{1,3})?$/i;

/**
 * A yes/no would trust whatever X-Forwarded-For a client sends, so anyone
 * could pick the address the per-address limits see. Instead the setting
 * says how many proxies stand in front (Fastify then takes the address that
 * many hops from the right) or lists the proxies' own addresses.
 */
function trustProxy(raw: string | undefined, problems: string[]): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || ['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops <= 10) return hops;
  } else {
    const addresses = value.split(',').map((part) => part.trim());
    if (addresses.every((address) => IP_OR_CIDR.test(address) && address.length <= 43)) {
      return addresses;
    }
  }
  problems.push(
    `TRUST_PROXY must be the number of proxies in front of Rapport (1 to 10) or a comma-separated list of their addresses, e.g. 10.0.0.5,10.0.1.0/24 (got "${raw}").`,
  );
  return false;
}
