import Database from 'better-sqlite3';
import pg from 'pg';
import type { DatabaseConfig } from '../config.js';
import type { Cell, TableRows } from './dataset.js';

/**
 * Writes generated rows fast, past the ORM: the schema comes from the app's
 * own migrations (openDatabase ran first), the rows go in with the driver.
 * TypeORM's insert() would take minutes for 100,000 contacts and is not what
 * is being measured.
 */
export async function bulkInsert(
  database: DatabaseConfig,
  tables: TableRows[],
): Promise<Record<string, number>> {
  return database.kind === 'sqlite'
    ? insertSqlite(database.file, tables)
    : insertPostgres(database.url, tables);
}

/** TypeORM stores SQLite datetimes as UTC text in this form; the rows must match what the app writes. */
export function sqliteDatetime(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

function sqliteValue(cell: Cell): string | number | null {
  if (cell instanceof Date) return sqliteDatetime(cell);
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  return cell;
}

/** One transaction and one prepared statement per table: SQLite's fastest path. */
function insertSqlite(file: string, tables: TableRows[]): Record<string, number> {
  const db = new Database(file);
  const counts: Record<string, number> = {};
  try {
    db.pragma('foreign_keys = ON');
    db.transaction(() => {
      for (const { table, columns, rows } of tables) {
        const insert = db.prepare(
          `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        let count = 0;
        for (const row of rows()) {
          insert.run(row.map(sqliteValue));
          count += 1;
        }
        counts[table] = count;
        if (process.env.BENCH_DEBUG)
          console.log(`${table}: ${count} rows at ${performance.now().toFixed(0)} ms`);
      }
    })();
  } finally {
    db.close();
  }
  return counts;
}

const PG_BATCH = 10_000;

/**
 * One INSERT … SELECT FROM unnest(typed arrays) per 10,000 rows: a handful of
 * parameters per statement whatever the batch size, so no parameter limit,
 * and far fewer round trips than row-by-row inserts.
 */
async function insertPostgres(url: string, tables: TableRows[]): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  const counts: Record<string, number> = {};
  await client.connect();
  try {
    await client.query('BEGIN');
    for (const { table, columns, rows } of tables) {
      const sql =
        `INSERT INTO ${table} (${columns.map((c) => c.name).join(', ')}) ` +
        `SELECT * FROM unnest(${columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(', ')})`;
      const send = async (batch: Cell[][]) => {
        const arrays = columns.map((_, i) =>
          batch.map((row) => {
            const cell = row[i]!;
            return cell instanceof Date ? cell.toISOString() : cell;
          }),
        );
        await client.query(sql, arrays);
      };
      let batch: Cell[][] = [];
      let count = 0;
      for (const row of rows()) {
        batch.push(row);
        count += 1;
        if (batch.length === PG_BATCH) {
          await send(batch);
          batch = [];
        }
      }
      if (batch.length > 0) await send(batch);
      counts[table] = count;
    }
    await client.query('COMMIT');
    // Autovacuum would analyze freshly loaded tables within a minute; doing
    // it now means the first scenario is not measured on plans made blind.
    await client.query('ANALYZE');
    return counts;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
