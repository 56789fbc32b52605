import { QueryFailedError } from 'typeorm';

/**
 * True when a write failed on a unique constraint, on either database:
 * PostgreSQL reports SQLSTATE 23505 with the constraint's name, SQLite
 * reports SQLITE_CONSTRAINT_UNIQUE with the table and column.
 */
export function isUniqueViolation(
  error: unknown,
  where: { constraint: string; table: string; column: string },
): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driver = error.driverError as { code?: string; constraint?: string; message?: string };
  if (driver.code === '23505') return driver.constraint === where.constraint;
  if (driver.code === 'SQLITE_CONSTRAINT_UNIQUE') {
    return (driver.message ?? '').includes(`${where.table}.${where.column}`);
  }
  return false;
}
