import type { ConnectionKind, NodeType } from '@rapport/domain';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { timestampType } from '../db/column-types.js';
import { UserEntity } from '../user/user.entity.js';

export const CONNECTION_SOURCES = ['MANUAL', 'CSV_IMPORT', 'REFERRAL', 'MEETING'] as const;
/** Where an edge came from: typed by staff, a CSV import, a referral, a completed meeting. */
export type ConnectionSource = (typeof CONNECTION_SOURCES)[number];

/**
 * An edge of the referral network. Each end is a contact or a seeker
 * (`*_kind` + `*_id`), so there is no foreign key on the ends: a removed
 * contact leaves edges the index treats as leading nowhere (an unknown
 * contact is never traversed). Both directions are indexed because paths
 * walk edges either way.
 */
@Entity({ name: 'connections' })
@Index('idx_connections_from', ['fromKind', 'fromId'])
@Index('idx_connections_to', ['toKind', 'toId'])
@Index('uq_connections_source', ['source', 'sourceId'], { unique: true })
export class ConnectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ConnectionKind;

  @Column({ name: 'from_kind', type: 'varchar', length: 8 })
  fromKind: NodeType;

  @Column({ name: 'from_id', type: 'varchar', length: 36 })
  fromId: string;

  @Column({ name: 'to_kind', type: 'varchar', length: 8 })
  toKind: NodeType;

  @Column({ name: 'to_id', type: 'varchar', length: 36 })
  toId: string;

  @Column({ type: 'varchar', length: 16 })
  source: ConnectionSource;

  /** The referral or meeting the edge was made from; unique per source, so recording twice is a no-op. */
  @Column({ name: 'source_id', type: 'varchar', length: 36, nullable: true })
  sourceId: string | null;

  /** The seeker whose private link this is; null for the agency's shared network. */
  @Index('idx_connections_owner')
  @Column({ name: 'owner_seeker_id', type: 'varchar', length: 36, nullable: true })
  ownerSeekerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'owner_seeker_id' })
  ownerSeeker?: UserEntity | null;

  /**
   * The seeker who collected a referral or held the meeting. Never decides
   * visibility (a referral is the agency's asset); it builds that seeker's
   * referral tree and credits the giver's tie with them.
   */
  @Index('idx_connections_collected_by')
  @Column({ name: 'collected_by_seeker_id', type: 'varchar', length: 36, nullable: true })
  collectedBySeekerId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'collected_by_seeker_id' })
  collectedBySeeker?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'recorded_at', type: timestampType })
  recordedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: timestampType })
  createdAt: Date;
}
