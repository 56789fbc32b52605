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
  trustProxy: boolean;
}

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
  const config: Config = {
    port: int('PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    database,
    logLevel,
    seedDemoData: bool('SEED_DEMO_DATA', true),
    sessionTtlHours: int('SESSION_TTL_HOURS', 24 * 14, 1, 24 * 365),
    cookieSecure: bool('COOKIE_SECURE', production),
    signInMaxAttempts: int('SIGN_IN_MAX_ATTEMPTS', 5, 1, 1000),
    signInWindowMinutes: int('SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60),
    serveClients: bool('SERVE_CLIENTS', true),
    trustProxy: bool('TRUST_PROXY', false),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
