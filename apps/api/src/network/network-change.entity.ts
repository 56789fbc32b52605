import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { timestampType } from '../db/column-types.js';

/**
 * One row (id 1) whose version goes up in every transaction that changes
 * the network. Updating the row locks it until commit, so on PostgreSQL two
 * writers take versions in the order they commit and a reader that has seen
 * version n has seen every change up to n.
 */
@Entity({ name: 'network_state' })
export class NetworkStateEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  version: number;

  /**
   * The last version whose change rows were pruned: a process whose index
   * is older cannot catch up from the log and reloads everything.
   */
  @Column({ name: 'pruned_through', type: 'integer', default: 0 })
  prunedThrough: number;
}

export const NETWORK_CHANGE_ENTITIES = ['CONNECTION', 'CONTACT', 'ALL'] as const;
export type NetworkChangeEntityKind = (typeof NETWORK_CHANGE_ENTITIES)[number];

/**
 * What changed at each version: an edge or a contact to re-read, or ALL
 * after a bulk load. Every API process keeps an in-memory index of the
 * network and replays these to catch up, so a write in one process is seen
 * by the next query in any other.
 */
@Entity({ name: 'network_changes' })
export class NetworkChangeEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Index('idx_network_changes_version')
  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 16 })
  entity: NetworkChangeEntityKind;

  @Column({ name: 'entity_id', type: 'varchar', length: 36, nullable: true })
  entityId: string | null;

  /** When it was written, so rows every process has long applied can be pruned. */
  @Index('idx_network_changes_created')
  @CreateDateColumn({ name: 'created_at', type: timestampType })
  createdAt: Date;
}
