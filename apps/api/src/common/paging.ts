import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Lazy } from '../graphql/lazy.js';
import { ScopeOfParent } from '../graphql/scope.js';
import type { Sql } from '../db/sql.js';
import { InvalidInputError } from './errors.js';

/**
 * Lists are Relay connections paged by keyset: the cursor holds the sort
 * values of the last row, so page 500 costs what page 1 costs and rows added
 * meanwhile neither repeat nor vanish. A new list is an ArgsType extending
 * PageArgs and one call to `keysetPage`.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @MaxLength(500)
  after?: string | null;
}

// Plain fields resolve without type-graphql's per-field middleware (faster on
// long lists), and graphql-js' default resolver calls a function-valued
// property, which is how totalCount is only counted when a client asks.
@ScopeOfParent()
@ObjectType({ description: 'Where a page sits in a list.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether another page follows; ask for it with after.' })
  hasNextPage: boolean;

  @Field(() => Boolean, { description: 'Whether this page came after another (after was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item here.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item here: pass it as after for the next page.',
  })
  endCursor: string | null;
}

export interface Connection<Node> {
  edges: { cursor: string; node: Node }[];
  pageInfo: PageInfo;
  /** Counted only if the query selects it. */
  totalCount: () => Promise<number>;
}

/**
 * Builds the `<Name>Edge` and `<Name>Connection` object types for one node
 * type. They carry no data of their own, so an API key reaches them on the
 * strength of the field that returned the connection; the nodes' own type
 * states its scope.
 */
export function connectionTypes<T extends object>(name: string, nodeType: ClassType<T>) {
  @ScopeOfParent()
  @ObjectType(`${name}Edge`, {
    description: `One ${name} in a page, with its cursor.`,
    simpleResolvers: true,
  })
  class EdgeType {
    @Field(() => String, {
      description: 'Where this item sits: pass it as after to continue from here.',
    })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: T;
  }

  @ScopeOfParent()
  @ObjectType(`${name}Connection`, {
    description: `A page of ${name} items.`,
    simpleResolvers: true,
  })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, in order.' })
    edges: EdgeType[];

    @Field(() => PageInfo, { description: 'Whether more pages follow, and where to continue.' })
    pageInfo: PageInfo;

    @Lazy()
    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount: number;
  }

  return { EdgeType, ConnectionType };
}

type SortValue = string | number | Date;

/** One column of a list's order. The last key must be unique (the id) so the order is total. */
export interface SortKey<Row> {
  /** The SQL expression, as the query builder writes it (`c.name_key`). */
  column: string;
  /** Reads the same value from a fetched row, for the cursor. */
  value: (row: Row) => SortValue;
  direction?: 'ASC' | 'DESC';
}

function encodeCursor(values: SortValue[]): string {
  const plain = values.map((v) => (v instanceof Date ? { d: v.toISOString() } : v));
  return Buffer.from(JSON.stringify(plain), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, length: number): SortValue[] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === length) {
      const values = parsed.map((v: unknown): SortValue | null => {
        if (typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) return v;
        if (typeof v === 'object' && v !== null && typeof (v as { d?: unknown }).d === 'string') {
          const date = new Date((v as { d: string }).d);
          return Number.isNaN(date.getTime()) ? null : date;
        }
        return null;
      });
      if (values.every((v) => v !== null)) return values as SortValue[];
    }
  } catch {
    // not base64url JSON: refused below like any other forged cursor
  }
  throw new InvalidInputError('The page cursor is not valid; start again from the first page.');
}

/** (a, b, c) after (x, y, z): a > x, or a = x and b > y, or a = x and b = y and c > z. */
function afterCondition<Row>(
  sort: readonly SortKey<Row>[],
  after: SortValue[],
): { condition: string; params: Record<string, SortValue> } {
  const params: Record<string, SortValue> = {};
  const alternatives = sort.map((key, i) => {
    const equalBefore = sort.slice(0, i).map((k, j) => `${k.column} = :page_k${j}`);
    const beyond = `${key.column} ${(key.direction ?? 'ASC') === 'ASC' ? '>' : '<'} :page_k${i}`;
    params[`page_k${i}`] = after[i]!;
    return `(${[...equalBefore, beyond].join(' AND ')})`;
  });
  return { condition: `(${alternatives.join(' OR ')})`, params };
}

function connectionOf<Row>(
  fetched: Row[],
  page: PageArgs,
  sort: readonly SortKey<Row>[],
  after: SortValue[] | null,
  count: () => Promise<number>,
): Connection<Row> {
  const edges = fetched.slice(0, page.first).map((node) => ({
    cursor: encodeCursor(sort.map((key) => key.value(node))),
    node,
  }));
  let total: Promise<number> | null = null;
  return {
    edges,
    pageInfo: {
      hasNextPage: fetched.length > page.first,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => (total ??= count()),
  };
}

/**
 * One page of `query` (already filtered, not yet ordered or limited), as a
 * connection. One statement for the page, fetched with one extra row to learn
 * whether another page follows, and one for the total only when asked for.
 */
export async function keysetPage<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  page: PageArgs,
  sort: readonly SortKey<Row>[],
): Promise<Connection<Row>> {
  const after = page.after ? decodeCursor(page.after, sort.length) : null;
  const rows = query.clone();
  for (const key of sort) rows.addOrderBy(key.column, key.direction ?? 'ASC');
  if (after) {
    const { condition, params } = afterCondition(sort, after);
    rows.andWhere(condition, params);
  }
  const fetched = await rows.limit(page.first + 1).getMany();
  return connectionOf(fetched, page, sort, after, () => query.clone().getCount());
}

/** A list read with plain SQL (db/sql.ts): what keysetPage needs, written out. */
export interface PlainList<Row> {
  /** `SELECT <columns> FROM <table> <alias>`, joins included; no WHERE. */
  select: string;
  /** Conditions ANDed together, with :named parameters. */
  where: readonly string[];
  params: Record<string, unknown>;
  /** Reads a row as the driver returns it. */
  map: (raw: Record<string, unknown>) => Row;
  /** `SELECT COUNT(*) AS n FROM <table> <alias>` (joins included), and its own conditions when they differ. */
  count: { select: string; where?: readonly string[] };
}

/**
 * keysetPage for a list read with plain SQL: the same cursors, order and
 * statements (the page, and the total only when asked), without the query
 * builder writing the SQL again and hydrating entities on every request.
 */
export async function plainKeysetPage<Row>(
  sql: Sql,
  list: PlainList<Row>,
  page: PageArgs,
  sort: readonly SortKey<Row>[],
): Promise<Connection<Row>> {
  const after = page.after ? decodeCursor(page.after, sort.length) : null;
  const where = [...list.where];
  let params = list.params;
  if (after) {
    const next = afterCondition(sort, after);
    where.push(next.condition);
    params = { ...params, ...next.params };
  }
  const clause = (conditions: readonly string[]) =>
    conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  const order = sort.map((key) => `${key.column} ${key.direction ?? 'ASC'}`).join(', ');
  const raw = await sql.all<Record<string, unknown>>(
    `${list.select}${clause(where)} ORDER BY ${order} LIMIT ${page.first + 1}`,
    params,
  );
  return connectionOf(raw.map(list.map), page, sort, after, async () => {
    const counted = await sql.one<{ n: number | string }>(
      `${list.count.select}${clause(list.count.where ?? list.where)}`,
      list.params,
    );
    return Number(counted?.n ?? 0);
  });
}
