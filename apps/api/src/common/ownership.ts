import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isAgency, seekerIdOf, type Actor } from './actor.js';
import { NotFoundError } from './errors.js';

/**
 * The one rule for rows a seeker owns (an `owner_id` column holding the
 * seeker's user id): their contacts, asks, meetings, notes, referrals and
 * cards. Every read and write of such a row goes through this file.
 *
 * - The owning seeker reads and writes the row.
 * - Any other seeker gets NOT_FOUND, exactly as for an id that never existed,
 *   so ids cannot be probed for what exists.
 * - Agency staff get what the concept grants: `read` (coaching needs to see
 *   a seeker's meetings and notes), `write`, or `none` (a seeker's private
 *   contacts stay theirs until shared).
 *
 * test/support/ownership.ts proves it per concept: seeker B asks for seeker
 * A's ids through every operation that takes one and gets NOT_FOUND.
 */
export interface OwnershipRule {
  /** How the row is named in a NOT_FOUND message ("That contact"). */
  what: string;
  staff: 'none' | 'read' | 'write';
}

export interface Owned {
  ownerId: string | null;
}

function mayAccess(actor: Actor, row: Owned, rule: OwnershipRule, mode: 'read' | 'write'): boolean {
  const seekerId = seekerIdOf(actor);
  if (seekerId !== null) return row.ownerId === seekerId;
  if (!isAgency(actor)) return false;
  return rule.staff === 'write' || (rule.staff === 'read' && mode === 'read');
}

/** The row, if the actor may read it; otherwise NOT_FOUND (also when it is null). */
export function readable<Row extends Owned>(
  actor: Actor,
  row: Row | null,
  rule: OwnershipRule,
): Row {
  if (row && mayAccess(actor, row, rule, 'read')) return row;
  throw new NotFoundError(rule.what);
}

/** The row, if the actor may change it; otherwise NOT_FOUND, never a hint that it exists. */
export function writable<Row extends Owned>(
  actor: Actor,
  row: Row | null,
  rule: OwnershipRule,
): Row {
  if (row && mayAccess(actor, row, rule, 'write')) return row;
  throw new NotFoundError(rule.what);
}

/**
 * The SQL form of `readable` for lists: adds to `query` the condition that
 * keeps only owned rows the actor may read. `ownerColumn` is as the query
 * builder writes it (`ct.owner_id`).
 */
export function onlyReadable<Row extends ObjectLiteral>(
  query: SelectQueryBuilder<Row>,
  actor: Actor,
  ownerColumn: string,
  rule: OwnershipRule,
): SelectQueryBuilder<Row> {
  const readable = readableCondition(actor, ownerColumn, rule);
  return readable ? query.andWhere(readable.condition, readable.params) : query;
}

/** onlyReadable's rule as a SQL condition (null: every row), for reads with plain SQL. */
export function readableCondition(
  actor: Actor,
  ownerColumn: string,
  rule: OwnershipRule,
): { condition: string; params: Record<string, unknown> } | null {
  const seekerId = seekerIdOf(actor);
  if (seekerId !== null) {
    return { condition: `${ownerColumn} = :ownedBy`, params: { ownedBy: seekerId } };
  }
  if (isAgency(actor) && rule.staff !== 'none') return null;
  return { condition: '1 = 0', params: {} };
}
