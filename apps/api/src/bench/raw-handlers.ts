import { createHash } from 'node:crypto';
import { sqliteDatetime } from './bulk-insert.js';
import type { RawDb } from './raw-db.js';

/**
 * Hand-written equivalents of the scenarios' GraphQL operations: the same
 * reads in plain SQL, answered with the same JSON (checked by
 * equivalence.ts before anything is measured). They repeat the API's rules
 * that shape the answer (session lookup, role check, global ids, cursors,
 * ISO dates) on purpose: the baseline must do the same work, minus the
 * framework.
 */
export interface RawUser {
  id: string;
  role: string;
}

export class RawError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export type RawHandler = (
  db: RawDb,
  user: RawUser,
  variables: Record<string, unknown>,
) => Promise<unknown>;

const toGlobalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
const encodeCursor = (value: unknown) =>
  Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/** SQLite hands back TypeORM's UTC datetime text, PostgreSQL a Date; the API sends ISO 8601. */
function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString() : `${value.replace(' ', 'T')}Z`;
}

/** The same lookup, and the same columns, SessionService.resolve reads: token hash → unexpired session → user. */
export async function sessionUser(db: RawDb, token: string): Promise<RawUser | null> {
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const now = new Date();
  const rows = await db.all<RawUser>(
    'SELECT u.id, u.email, u.name, u.role, u.created_at FROM users u JOIN sessions s ON s.user_id = u.id WHERE s.token_hash = ? AND s.expires_at > ?',
    [tokenHash, db.kind === 'sqlite' ? sqliteDatetime(now) : now],
  );
  return rows[0] ?? null;
}

interface CompanyRow {
  id: string;
  name: string;
  name_key: string;
  industry: string | null;
  hiring_status: string;
  hiring_status_changed_at: string | Date;
}

const companiesList: RawHandler = async (db, user, variables) => {
  if (user.role !== 'STAFF' && user.role !== 'ADMIN') throw new RawError(403, 'staff only');
  const first = Number(variables.first);
  if (!Number.isInteger(first) || first < 1 || first > 100) throw new RawError(400, 'bad first');
  const after =
    typeof variables.after === 'string'
      ? (JSON.parse(Buffer.from(variables.after, 'base64url').toString('utf8')) as {
          k: string;
          id: string;
        })
      : null;

  const [total] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM companies');
  const columns = 'id, name, name_key, industry, hiring_status, hiring_status_changed_at';
  const rows = after
    ? await db.all<CompanyRow>(
        `SELECT ${columns} FROM companies WHERE name_key > ? OR (name_key = ? AND id > ?) ORDER BY name_key, id LIMIT ?`,
        [after.k, after.k, after.id, first + 1],
      )
    : await db.all<CompanyRow>(`SELECT ${columns} FROM companies ORDER BY name_key, id LIMIT ?`, [
        first + 1,
      ]);
  const page = rows.slice(0, first);
  const counts = new Map<string, number>();
  if (page.length > 0) {
    // SQLite, without statistics, reads `owner_id IS NULL` as selective and
    // walks idx_contacts_owner over most of the table (25 ms at 100,000
    // contacts); hand-written SQL names the index that fits (0.2 ms).
    // PostgreSQL's planner, with statistics, picks it unaided.
    const pin = db.kind === 'sqlite' ? ' INDEXED BY idx_contacts_company' : '';
    const found = await db.all<{ company_id: string; n: number | string }>(
      `SELECT company_id, COUNT(*) AS n FROM contacts${pin} WHERE owner_id IS NULL AND company_id IN (${page.map(() => '?').join(', ')}) GROUP BY company_id`,
      page.map((row) => row.id),
    );
    for (const row of found) counts.set(row.company_id, Number(row.n));
  }
  const edges = page.map((row) => ({
    cursor: encodeCursor({ k: row.name_key, id: row.id }),
    node: {
      id: toGlobalId('Company', row.id),
      name: row.name,
      industry: row.industry,
      hiringStatus: row.hiring_status,
      hiringStatusChangedAt: isoDate(row.hiring_status_changed_at),
      contactCount: counts.get(row.id) ?? 0,
    },
  }));
  return {
    data: {
      companies: {
        totalCount: Number(total!.n),
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: after !== null,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        edges,
      },
    },
  };
};

/** Keyed by scenario name (scenarios.ts). */
export const rawHandlers: Record<string, RawHandler> = {
  'companies-list': companiesList,
};
