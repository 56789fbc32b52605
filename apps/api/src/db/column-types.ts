import type { ColumnOptions } from 'typeorm';
import { isPostgresUrl } from '../config.js';

/**
 * SQLite has no timestamptz and PostgreSQL has no datetime, and TypeORM
 * needs the column type while decorators run (at import time), before any
 * DataSource exists. One process talks to one database, chosen by
 * DATABASE_URL, so the type is picked from it here, once, for every entity
 * and migration.
 */
const postgres = isPostgresUrl(process.env.DATABASE_URL);

export const timestampType: ColumnOptions['type'] = postgres ? 'timestamptz' : 'datetime';

/** The SQL default TypeORM gives create/update date columns on this database. */
export const currentTimestampDefault = postgres ? 'now()' : "datetime('now')";

/** How a boolean false default is written in this database's DDL. */
export const falseDefault = postgres ? 'false' : '0';
