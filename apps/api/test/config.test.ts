import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to an embedded SQLite file and port 4000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.kind).toBe('sqlite');
    expect(config.database.kind === 'sqlite' && config.database.file).toMatch(
      /data[\\/]rapport\.sqlite$/,
    );
    expect(config.cookieSecure).toBe(false);
  });

  it('uses PostgreSQL when DATABASE_URL names a server', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/rapport' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/rapport',
    });
  });

  it('makes cookies Secure in production unless told otherwise', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it('names every bad variable at once', () => {
    let thrown: unknown;
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        SEED_DEMO_DATA: 'maybe',
        LOG_LEVEL: 'loud',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const message = (thrown as ConfigError).message;
    expect(message).toContain('PORT must be a whole number from 0 to 65535 (got "eighty")');
    expect(message).toContain('DATABASE_URL must start with postgres://');
    expect(message).toContain('SEED_DEMO_DATA must be true or false');
    expect(message).toContain('LOG_LEVEL must be one of');
    expect((thrown as ConfigError).problems).toHaveLength(4);
  });

  it('rejects out-of-range numbers', () => {
    expect(() => loadConfig({ SIGN_IN_MAX_ATTEMPTS: '0' })).toThrow(/SIGN_IN_MAX_ATTEMPTS/);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '1.5' })).toThrow(/SESSION_TTL_HOURS/);
  });
});
