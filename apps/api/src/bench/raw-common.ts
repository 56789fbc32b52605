import type { RawDb } from './raw-db.js';
import { sqliteDatetime } from './bulk-insert.js';

/** What every raw handler shares: the signed-in user, errors, ids, dates as the API writes them. */
export interface RawUser {
  id: string;
  name: string;
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

export const toGlobalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');

export function fromGlobalId(globalId: unknown, type: string): string {
  const decoded = Buffer.from(String(globalId), 'base64url').toString('utf8');
  if (!decoded.startsWith(`${type}:`)) throw new RawError(400, `not a ${type} id`);
  return decoded.slice(type.length + 1);
}

/** SQLite hands back TypeORM's UTC datetime text, PostgreSQL a Date. */
export function dateOf(value: string | Date): Date {
  return value instanceof Date ? value : new Date(`${value.replace(' ', 'T')}Z`);
}
export const isoDate = (value: string | Date) => dateOf(value).toISOString();
export const isoOrNull = (value: string | Date | null) => (value === null ? null : isoDate(value));
/** A parameter compared with a timestamp column. */
export const at = (db: RawDb, date: Date) => (db.kind === 'sqlite' ? sqliteDatetime(date) : date);
export const bool = (value: unknown) => value === true || value === 1;
export const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
