import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * The raw baseline's only database layer: run a statement, get plain rows.
 * Statements are written once with `?` placeholders; PostgreSQL gets them
 * numbered. No ORM, no hydration, so the baseline shows what the hardware
 * and driver can do.
 */
export interface RawDb {
  kind: 'sqlite' | 'postgres';
  all<T>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export function openRawSqlite(file: string): RawDb {
  const db = new Database(file);
  // The same connection settings the app's DataSource applies.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  return {
    kind: 'sqlite',
    async all<T>(sql: string, params: unknown[] = []) {
      let statement = statements.get(sql);
      if (!statement) {
        statement = db.prepare(sql);
        statements.set(sql, statement);
      }
      return statement.all(...params) as T[];
    },
    async close() {
      db.close();
    },
  };
}

/** A pool of 10, the size TypeORM's postgres driver uses by default, so both sides have the same connections. */
export function openRawPostgres(url: string): RawDb {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const numbered = new Map<string, string>();
  return {
    kind: 'postgres',
    async all<T>(sql: string, params: unknown[] = []) {
      let text = numbered.get(sql);
      if (text === undefined) {
        let n = 0;
        text = sql.replace(/\?/g, () => `$${++n}`);
        numbered.set(sql, text);
      }
      return (await pool.query(text, params)).rows as T[];
    },
    async close() {
      await pool.end();
    },
  };
}
