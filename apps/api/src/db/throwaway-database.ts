import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'typeorm';
import { isPostgresUrl, type DatabaseConfig } from '../config.js';

/**
 * A database made for one test file or benchmark run and dropped after it: a
 * SQLite file in a temp folder or, when DATABASE_URL names a PostgreSQL
 * server, a fresh database on that server. Nothing shared is ever touched.
 */
export async function createThrowawayDatabase(
  serverUrl: string | undefined = process.env.DATABASE_URL,
): Promise<{ database: DatabaseConfig; drop: () => Promise<void> }> {
  if (serverUrl && isPostgresUrl(serverUrl)) {
    const name = `rapport_tmp_${randomBytes(6).toString('hex')}`;
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await run(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      database: { kind: 'postgres', url: url.toString() },
      drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-'));
  return {
    database: { kind: 'sqlite', file: path.join(dir, 'rapport.sqlite') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Counts SQL statements, to show an operation's statement count does not grow with list size. */
export class QueryCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
