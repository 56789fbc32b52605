import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../user/user.entity.js';
import { timestampType } from '../db/column-types.js';

/**
 * A signed-in browser. The cookie holds a random token; only its SHA-256 is
 * stored, so a leaked database cannot be replayed as sessions.
 */
@Entity({ name: 'sessions' })
export class SessionEntity {
  @PrimaryColumn({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Index('idx_sessions_user')
  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;

  @Column({ name: 'expires_at', type: timestampType })
  expiresAt: Date;

  /** When the session was last used; it ends after SESSION_IDLE_MINUTES without use. */
  @Column({ name: 'last_seen_at', type: timestampType, nullable: true })
  lastSeenAt: Date | null;
}
