import { nameKey, syntheticId, type SyntheticNetwork } from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { companyKey, contactSearchKey } from '../contact/contact-keys.js';
import { recordNetworkChanges } from './network-changes.js';

/**
 * Writes a generated network into the database fast enough for a million
 * edges: one transaction, prepared statements on SQLite, and on PostgreSQL
 * one INSERT … SELECT FROM unnest(arrays) per 10,000 rows (one parse and one
 * round trip per batch instead of per row). Ends with an ALL change, so
 * every process's index reloads instead of replaying a million entries.
 */
export interface SyntheticLoadOptions {
  /** Keeps ids of two generated networks in one database apart (0–15). */
  namespace?: number;
  /**
   * Existing seeker accounts to use for the first generated seekers, in
   * order (the demo gives its own seekers a network); for the others,
   * accounts that cannot sign in are made.
   */
  seekerUserIds?: readonly string[];
  /** Existing companies to use for the first generated companies, in order. */
  companyIds?: readonly string[];
  /** The caller's open transaction, to load as part of it. */
  manager?: EntityManager;
}

export interface SyntheticLoadResult {
  companyIds: string[];
  contactIds: string[];
  seekerIds: string[];
  connections: number;
}

/** SQLite stores instants as TypeORM does: UTC text. */
function sqliteInstant(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

export async function loadSyntheticNetwork(
  dataSource: DataSource,
  network: SyntheticNetwork,
  options: SyntheticLoadOptions = {},
): Promise<SyntheticLoadResult> {
  const namespace = options.namespace ?? 0;
  const postgres = dataSource.options.type === 'postgres';
  const companyIds = network.companies.map(
    (c) => options.companyIds?.[c.index] ?? syntheticId('company', c.index, namespace),
  );
  const contactIds = network.contacts.map((c) => syntheticId('contact', c.index, namespace));
  const seekerIds = network.seekers.map(
    (s) => options.seekerUserIds?.[s.index] ?? syntheticId('seeker', s.index, namespace),
  );
  const now = new Date();
  const at = (date: Date) => (postgres ? date : sqliteInstant(date));

  const tables = {
    users: ['id', 'email', 'name', 'role', 'password_hash', 'created_at', 'updated_at'],
    companies: [
      'id',
      'name',
      'name_key',
      'industry',
      'hiring_status',
      'hiring_status_changed_at',
      'created_at',
      'updated_at',
    ],
    contacts: [
      'id',
      'company_id',
      'owner_id',
      'person_id',
      'full_name',
      'name_key',
      'company_name_key',
      'search_key',
      'title',
      'tags',
      'source',
      'do_not_contact',
      'do_not_contact_reason',
      'shared_with_seekers',
      'created_at',
      'updated_at',
    ],
    connections: [
      'id',
      'kind',
      'from_kind',
      'from_id',
      'to_kind',
      'to_id',
      'source',
      'owner_seeker_id',
      'recorded_at',
      'created_at',
    ],
  } as const;
  const pgTypes: Record<string, string> = {
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
    hiring_status_changed_at: 'timestamptz',
    recorded_at: 'timestamptz',
    do_not_contact: 'boolean',
    shared_with_seekers: 'boolean',
    tags: 'text',
  };

  let connections = 0;
  const write = async (manager: EntityManager) => {
    const writer = postgres ? postgresWriter(manager, pgTypes) : sqliteWriter(dataSource);
    await writer(
      'users',
      tables.users,
      network.seekers
        .filter((s) => !options.seekerUserIds?.[s.index])
        .map((s) => [
          seekerIds[s.index]!,
          `synthetic-seeker-${namespace}-${s.index}@example.invalid`,
          s.name,
          'SEEKER',
          // Not a hash any password produces: these accounts cannot sign in.
          '!synthetic',
          at(now),
          at(now),
        ]),
    );
    await writer(
      'companies',
      tables.companies,
      network.companies
        .filter((c) => !options.companyIds?.[c.index])
        .map((c) => [
          companyIds[c.index]!,
          c.name,
          c.name.toLowerCase(),
          c.industry,
          'UNKNOWN',
          at(now),
          at(now),
          at(now),
        ]),
    );
    // Names of companies the caller already had, for the contacts' company sort key.
    const companyNames = network.companies.map((c) => c.name);
    const existing = options.companyIds?.filter(Boolean) ?? [];
    if (existing.length > 0) {
      const rows: { id: string; name: string }[] = await manager.query(
        `SELECT id, name FROM companies WHERE id IN (${existing.map((_, i) => (postgres ? `$${i + 1}` : '?')).join(', ')})`,
        existing,
      );
      const byId = new Map(rows.map((row) => [row.id, row.name]));
      companyIds.forEach((id, i) => {
        companyNames[i] = byId.get(id) ?? companyNames[i]!;
      });
    }
    const flag = (value: boolean) => (postgres ? value : value ? 1 : 0);
    await writer(
      'contacts',
      tables.contacts,
      network.contacts.map((c) => [
        contactIds[c.index]!,
        companyIds[c.companyIndex]!,
        null,
        contactIds[c.index]!,
        c.name,
        nameKey(c.name) ?? '',
        companyKey(companyNames[c.companyIndex]),
        contactSearchKey({ fullName: c.name, title: c.title, email: null }),
        c.title,
        '[]',
        'AGENCY',
        flag(c.doNotContact),
        c.doNotContact ? 'Asked not to be contacted.' : null,
        // The agency shares its book with seekers unless it decides otherwise.
        flag(true),
        at(now),
        at(now),
      ]),
    );
    const idOf = (end: { type: 'CONTACT' | 'SEEKER'; index: number }) =>
      end.type === 'SEEKER' ? seekerIds[end.index]! : contactIds[end.index]!;
    let batch: unknown[][] = [];
    for (const edge of network.connections()) {
      batch.push([
        syntheticId('connection', edge.index, namespace),
        edge.kind,
        edge.from.type,
        idOf(edge.from),
        edge.to.type,
        idOf(edge.to),
        edge.kind === 'MET' ? 'MEETING' : edge.kind === 'REFERRED' ? 'REFERRAL' : 'CSV_IMPORT',
        edge.ownerSeekerIndex === null ? null : seekerIds[edge.ownerSeekerIndex]!,
        at(edge.recordedAt),
        at(now),
      ]);
      if (batch.length === 10_000) {
        await writer('connections', tables.connections, batch);
        connections += batch.length;
        batch = [];
      }
    }
    await writer('connections', tables.connections, batch);
    connections += batch.length;

    // Every process reloads the whole index.
    await recordNetworkChanges(manager, [{ entity: 'ALL', entityId: null }]);
  };
  if (options.manager) await write(options.manager);
  else await dataSource.transaction(write);
  return { companyIds, contactIds, seekerIds, connections };
}

type Writer = (table: string, columns: readonly string[], rows: unknown[][]) => Promise<void>;

/**
 * better-sqlite3 runs inside the open transaction on the same connection,
 * so a prepared statement per table is the fastest way in.
 */
function sqliteWriter(dataSource: DataSource): Writer {
  const db = (
    dataSource.driver as unknown as {
      databaseConnection: { prepare(sql: string): { run(...values: unknown[]): unknown } };
    }
  ).databaseConnection;
  return async (table, columns, rows) => {
    if (rows.length === 0) return;
    const insert = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    for (const row of rows) insert.run(...row);
  };
}

function postgresWriter(manager: EntityManager, types: Record<string, string>): Writer {
  return async (table, columns, rows) => {
    for (let i = 0; i < rows.length; i += 10_000) {
      const chunk = rows.slice(i, i + 10_000);
      const arrays = columns.map((_, c) => chunk.map((row) => row[c]));
      const casts = columns.map((column, c) => `$${c + 1}::${types[column] ?? 'varchar'}[]`);
      await manager.query(
        `INSERT INTO ${table} (${columns.join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
        arrays,
      );
    }
  };
}
