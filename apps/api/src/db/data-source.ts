import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type Logger } from 'typeorm';
import type { DatabaseConfig } from '../config.js';
import { entities, migrations } from '../concepts.js';

/** Builds the DataSource for the configured database; call open() to connect and migrate. */
export function createDataSource(database: DatabaseConfig, logger?: Logger): DataSource {
  if (database.kind === 'postgres') {
    return new DataSource({
      type: 'postgres',
      url: database.url,
      entities,
      migrations,
      migrationsTransactionMode: 'each',
      synchronize: false,
      logging: logger ? ['query'] : false,
      logger,
    });
  }
  fs.mkdirSync(path.dirname(database.file), { recursive: true });
  return new DataSource({
    type: 'better-sqlite3',
    database: database.file,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: logger ? ['query'] : false,
    logger,
    // WAL lets readers proceed while a write is in progress; SQLite leaves
    // foreign keys off unless asked, and busy_timeout waits out a writer
    // in another process (a CLI command) instead of failing at once.
    enableWAL: true,
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
    },
  });
}

export async function openDatabase(database: DatabaseConfig, logger?: Logger): Promise<DataSource> {
  const dataSource = createDataSource(database, logger);
  await dataSource.initialize();
  await dataSource.runMigrations();
  return dataSource;
}
