import type { DataSource } from 'typeorm';

/**
 * Plain SQL for the hot reads (lists every screen opens, the session
 * lookup): the statement is prepared once per text and reused, and rows come
 * back as the driver gives them, without TypeORM building the SQL again and
 * hydrating entities on every request, which the bench's profile showed as
 * the largest cost of a list after the database itself. Writes, and reads off
 * the hot paths, stay with TypeORM.
 *
 * Statements are written once with `:name` parameters, as TypeORM's query
 * builder takes them; `:...name` spreads an array (`IN (:...ids)`). Each
 * statement is reported to the DataSource's logger like TypeORM's own, so
 * tests that count statements per request see them.
 *
 * Values: SQLite returns instants as TypeORM's UTC text and booleans as 0/1;
 * `instant` and `flag` read either database's form. Parameters may be Dates
 * and booleans on both.
 */
interface Compiled {
  text: string;
  /** The parameter names in order of use in `text`; a spread appears once per element. */
  names: string[];
}

interface PreparedSqlite {
  all(...params: unknown[]): unknown[];
}

const PARAMETER = /:(\.\.\.)?([A-Za-z_][A-Za-z0-9_]*)/g;
/** A bound on the compiled texts kept: spreads of many lengths make many texts. */
const MAX_TEXTS = 1_000;

export class Sql {
  private static statementNumber = 0;
  private readonly postgres: boolean;
  private readonly compiled = new Map<string, Compiled>();
  private readonly prepared = new Map<string, PreparedSqlite>();
  private readonly names = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {
    this.postgres = dataSource.options.type === 'postgres';
  }

  /** Every row of a read. */
  async all<T>(sql: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const { text, values } = this.bind(sql, params);
    this.dataSource.logger.logQuery(text, values);
    if (this.postgres) {
      const pool = (
        this.dataSource.driver as unknown as {
          master: {
            query(config: {
              name: string;
              text: string;
              values: unknown[];
            }): Promise<{ rows: T[] }>;
          };
        }
      ).master;
      // A named statement is parsed and planned once per pooled connection.
      let name = this.names.get(text);
      if (name === undefined) {
        if (this.names.size >= MAX_TEXTS) this.names.clear();
        // Never reused for another text: pg refuses a known name with new SQL.
        name = `rapport_${(Sql.statementNumber += 1)}`;
        this.names.set(text, name);
      }
      return (await pool.query({ name, text, values })).rows;
    }
    let statement = this.prepared.get(text);
    if (!statement) {
      if (this.prepared.size >= MAX_TEXTS) this.prepared.clear();
      const db = (
        this.dataSource.driver as unknown as {
          databaseConnection: { prepare(sql: string): PreparedSqlite };
        }
      ).databaseConnection;
      statement = db.prepare(text);
      this.prepared.set(text, statement);
    }
    return statement.all(...values) as T[];
  }

  /** The first row, or null. */
  async one<T>(sql: string, params: Record<string, unknown> = {}): Promise<T | null> {
    return (await this.all<T>(sql, params))[0] ?? null;
  }

  private bind(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
    // Spreads become one named parameter per element, so the text names its length.
    let expanded = sql;
    if (sql.includes(':...')) {
      expanded = sql.replace(PARAMETER, (whole, spread: string | undefined, name: string) => {
        if (!spread) return whole;
        const list = params[name];
        if (!Array.isArray(list) || list.length === 0) {
          throw new Error(`Parameter ${name} must be a non-empty array.`);
        }
        return list.map((_, i) => `:${name}__${i}`).join(', ');
      });
    }
    let compiled = this.compiled.get(expanded);
    if (!compiled) {
      if (this.compiled.size >= MAX_TEXTS) this.compiled.clear();
      const names: string[] = [];
      const text = expanded.replace(PARAMETER, (_whole, _spread, name: string) => {
        names.push(name);
        return this.postgres ? `$${names.length}` : '?';
      });
      compiled = { text, names };
      this.compiled.set(expanded, compiled);
    }
    const values = compiled.names.map((name) => {
      const at = name.lastIndexOf('__');
      const value =
        at > 0 && !(name in params)
          ? (params[name.slice(0, at)] as unknown[])[Number(name.slice(at + 2))]
          : params[name];
      if (value === undefined) throw new Error(`No value for parameter ${name}.`);
      return this.postgres ? value : sqliteValue(value);
    });
    return { text: compiled.text, values };
  }
}

const instances = new WeakMap<DataSource, Sql>();

/** The one Sql of a DataSource, so its statements are prepared once for every caller. */
export function sqlOf(dataSource: DataSource): Sql {
  let sql = instances.get(dataSource);
  if (!sql) {
    sql = new Sql(dataSource);
    instances.set(dataSource, sql);
  }
  return sql;
}

/** How TypeORM writes a Date and a boolean into SQLite. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('T', ' ').replace('Z', '');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** An instant column as a Date: PostgreSQL gives a Date, SQLite TypeORM's UTC text. */
export function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  return new Date(`${String(value).replace(' ', 'T')}Z`);
}

export function instantOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : instant(value);
}

/** A boolean column: SQLite gives 0 or 1. */
export function flag(value: unknown): boolean {
  return value === true || value === 1;
}
