import type { DataSource, EntityManager } from 'typeorm';
import { writeTransaction } from '../common/transaction.js';
import {
  NetworkChangeEntity,
  type NetworkChangeEntityKind,
  NetworkStateEntity,
} from './network-change.entity.js';

/**
 * Bumps the network's version and names what changed, inside the caller's
 * transaction; the row lock on network_state orders concurrent writers, and
 * every process's in-memory index replays the named rows before its next
 * query. Any concept that writes connections or changes a contact the
 * network shows calls this in the same transaction as the write.
 */
export async function recordNetworkChanges(
  manager: EntityManager,
  changes: readonly { entity: NetworkChangeEntityKind; entityId: string | null }[],
): Promise<void> {
  await manager.query('UPDATE network_state SET version = version + 1 WHERE id = 1');
  const [state] = (await manager.query('SELECT version FROM network_state WHERE id = 1')) as {
    version: number | string;
  }[];
  const rows = changes.map((change) => ({ ...change, version: Number(state!.version) }));
  for (let i = 0; i < rows.length; i += 200) {
    await manager.getRepository(NetworkChangeEntity).insert(rows.slice(i, i + 200));
  }
}

/**
 * For the contacts concept: in the transaction that changes what the
 * network reads of a contact (its company, owner, sharing, person,
 * do-not-contact flag, archiving or merging), name the rows so every
 * process's index re-reads them before its next query. A flag set on a
 * person changes every one of their rows: pass them all.
 */
export async function recordContactsChanged(
  manager: EntityManager,
  contactIds: Iterable<string>,
): Promise<void> {
  const ids = [...new Set(contactIds)];
  if (ids.length === 0) return;
  await recordNetworkChanges(
    manager,
    ids.map((entityId) => ({ entity: 'CONTACT' as const, entityId })),
  );
}

/**
 * Deletes the change rows written before `before`, whole versions at a
 * time, and records the last version deleted in network_state.pruned_through,
 * in one transaction. A process whose index is at or past that version loses
 * nothing: it has applied those rows. One that is behind it (asleep for
 * longer than the margin, or started before and stalled) sees the marker on
 * its next catch-up and reloads the whole index, which is always correct.
 * Several processes may prune at once: each deletes what is still there and
 * the marker only moves forward. Returns the number of rows deleted.
 */
export async function pruneNetworkChanges(dataSource: DataSource, before: Date): Promise<number> {
  return writeTransaction(dataSource, async (manager) => {
    const [oldest] = (await manager
      .createQueryBuilder()
      .select('MAX(c.version)', 'version')
      .from(NetworkChangeEntity, 'c')
      .where('c.created_at < :before', { before })
      .getRawMany()) as { version: number | string | null }[];
    if (oldest?.version === null || oldest?.version === undefined) return 0;
    const through = Number(oldest.version);
    const deleted = await manager
      .createQueryBuilder()
      .delete()
      .from(NetworkChangeEntity)
      .where('version <= :through', { through })
      .execute();
    await manager
      .createQueryBuilder()
      .update(NetworkStateEntity)
      .set({ prunedThrough: through })
      .where('id = 1 AND pruned_through < :through', { through })
      .execute();
    return deleted.affected ?? 0;
  });
}
