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
/** A statement's text split at its parameters, read once per text. */
interface Parsed {
  /** The text around the parameters: one more piece than there are parameters. */
  pieces: string[];
  parameters: { name: string; spread: boolean }[];
  /** The spread parameters' names, in order of first use. */
  spreads: string[];
}

/** The driver's text for one set of spread lengths, and where each value comes from. */
interface Compiled {
  text: string;
  /** In order of use in `text`: a parameter, and for a spread the element. */
  slots: { name: string; element: number | null }[];
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
  private readonly parsed = new Map<string, Parsed>();
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
    // Spreads become one parameter per element, so the text depends on their
    // lengths; it is built once per length and kept, as is where each value
    // comes from (a list of 200 ids used to cost a rewrite of the whole text).
    let parsed = this.parsed.get(sql);
    if (!parsed) {
      parsed = parse(sql);
      if (this.parsed.size >= MAX_TEXTS) this.parsed.clear();
      this.parsed.set(sql, parsed);
    }
    let key = sql;
    for (const name of parsed.spreads) {
      const list = params[name];
      if (!Array.isArray(list) || list.length === 0) {
        throw new Error(`Parameter ${name} must be a non-empty array.`);
      }
      key += `\u0000${list.length}`;
    }
    let compiled = this.compiled.get(key);
    if (!compiled) {
      compiled = this.compile(parsed, params);
      if (this.compiled.size >= MAX_TEXTS) this.compiled.clear();
      this.compiled.set(key, compiled);
    }
    const values = compiled.slots.map(({ name, element }) => {
      const value = element === null ? params[name] : (params[name] as readonly unknown[])[element];
      if (value === undefined) {
        throw new Error(
          `No value for parameter ${element === null ? name : `${name}[${element}]`}.`,
        );
      }
      return this.postgres ? value : sqliteValue(value);
    });
    return { text: compiled.text, values };
  }

  private compile(parsed: Parsed, params: Record<string, unknown>): Compiled {
    const slots: Compiled['slots'] = [];
    const marker = () => (this.postgres ? `$${slots.length}` : '?');
    let text = parsed.pieces[0]!;
    parsed.parameters.forEach(({ name, spread }, i) => {
      if (spread) {
        const length = (params[name] as readonly unknown[]).length;
        const markers: string[] = [];
        for (let element = 0; element < length; element += 1) {
          slots.push({ name, element });
          markers.push(marker());
        }
        text += markers.join(', ');
      } else {
        slots.push({ name, element: null });
        text += marker();
      }
      text += parsed.pieces[i + 1]!;
    });
    return { text, slots };
  }
}

/** Splits a statement at its `:name` and `:...name` parameters. */
function parse(sql: string): Parsed {
  const pieces: string[] = [];
  const parameters: Parsed['parameters'] = [];
  const spreads: string[] = [];
  let last = 0;
  for (const match of sql.matchAll(PARAMETER)) {
    pieces.push(sql.slice(last, match.index));
    const spread = match[1] !== undefined;
    const name = match[2]!;
    parameters.push({ name, spread });
    if (spread && !spreads.includes(name)) spreads.push(name);
    last = match.index + match[0].length;
  }
  pieces.push(sql.slice(last));
  return { pieces, parameters, spreads };
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

/** TypeORM's UTC text for an instant in SQLite: `2026-01-05 12:00:00.000`. */
const SQLITE_INSTANT = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?$/;
const digits = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i += 1) n = n * 10 + text.charCodeAt(i) - 48;
  return n;
};

/** An instant column as a Date: PostgreSQL gives a Date, SQLite TypeORM's UTC text. */
export function instant(value: unknown): Date {
  if (value instanceof Date) return value;
  const text = String(value);
  // Read field by field: a list reads thousands of these, and building an
  // ISO string for Date to parse again cost twice as much.
  // (Date.UTC would read a year below 100 as 19xx.)
  if (SQLITE_INSTANT.test(text) && text.charCodeAt(0) !== 48) {
    return new Date(
      Date.UTC(
        digits(text, 0, 4),
        digits(text, 5, 7) - 1,
        digits(text, 8, 10),
        digits(text, 11, 13),
        digits(text, 14, 16),
        digits(text, 17, 19),
        text.length > 19 ? digits(text, 20, 23) : 0,
      ),
    );
  }
  return new Date(`${text.replace(' ', 'T')}Z`);
}

export function instantOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : instant(value);
}

/** A boolean column: SQLite gives 0 or 1. */
export function flag(value: unknown): boolean {
  return value === true || value === 1;
}
