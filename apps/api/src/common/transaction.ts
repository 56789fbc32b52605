import type { DataSource, EntityManager } from 'typeorm';

/**
 * Write transactions that two requests cannot interleave.
 *
 * SQLite: TypeORM's better-sqlite3 driver runs every query of the process on
 * one connection and one query runner, and it supports nested transactions,
 * so a second `dataSource.transaction()` started while another is awaiting
 * becomes a SAVEPOINT inside the first one: its work commits or rolls back
 * with a stranger's. A process-wide queue gives each write transaction the
 * connection to itself, which is what BEGIN IMMEDIATE would give across
 * connections: one writer at a time, reads inside it see a settled database.
 *
 * PostgreSQL: each transaction has its own connection. `lockKeys` take
 * transaction-scoped advisory locks (released at COMMIT or ROLLBACK), so two
 * asks of the same person wait for each other and the second one counts the
 * first. Keys are locked in sorted order so two transactions locking the
 * same pair cannot deadlock.
 */
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

export async function writeTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager) => Promise<T>,
  lockKeys: readonly string[] = [],
): Promise<T> {
  if (dataSource.options.type === 'postgres') {
    return dataSource.transaction(async (manager) => {
      for (const key of [...new Set(lockKeys)].sort()) {
        await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
      }
      return work(manager);
    });
  }
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(
    () => dataSource.transaction(work),
    () => dataSource.transaction(work),
  );
  // The queue continues after a failure; the caller still sees it.
  sqliteQueues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}

/** A unique index refused the write (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown, indexName?: string): boolean {
  const e = error as {
    code?: string;
    driverError?: { code?: string; message?: string };
    message?: string;
  };
  const code = e.driverError?.code ?? e.code;
  const message = `${e.driverError?.message ?? ''} ${e.message ?? ''}`;
  const unique =
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  if (!unique) return false;
  return (
    indexName === undefined || message.includes(indexName) || code?.startsWith('SQLITE') === true
  );
}
