import type { ColumnOptions } from 'typeorm';
import { isPostgresUrl } from '../config.js';

/**
 * SQLite has no timestamptz and PostgreSQL has no datetime, and TypeORM
 * needs the column type while decorators run (at import time), before any
 * DataSource exists. One process talks to one database, chosen by
 * DATABASE_URL, so the type is picked from it here, once, for every entity
 * and migration.
 */
export const timestampType: ColumnOptions['type'] = isPostgresUrl(process.env.DATABASE_URL)
  ? 'timestamptz'
  : 'datetime';
