import { QueryFailedError } from 'typeorm';

/** A unique index or constraint, named as both databases report it. */
export interface UniqueKey {
  /** The constraint or index name (PostgreSQL reports it). */
  constraint: string;
  table: string;
  /** The columns in index order (SQLite reports `table.column, …`). */
  columns: readonly string[];
}

/**
 * True when a write failed on this unique key, on either database:
 * PostgreSQL reports SQLSTATE 23505 with the constraint's name, SQLite
 * reports SQLITE_CONSTRAINT_UNIQUE with the table and columns. Any other
 * failure, including another unique key, is not this one.
 */
export function isUniqueViolation(error: unknown, key: UniqueKey): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string; message?: string };
  if (driver.code === '23505') return driver.constraint === key.constraint;
  if (driver.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    const columns = key.columns.map((column) => `${key.table}.${column}`).join(', ');
    return (driver.message ?? '').endsWith(columns);
  }
  return false;
}
