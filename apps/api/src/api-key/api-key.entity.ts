import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';

/**
 * A partner's key. The key itself is never stored: only its SHA-256 (a
 * 256-bit random secret needs no slow hash; a stolen table gives nothing to
 * guess from) and its first characters, so people can tell keys apart.
 */
@Entity({ name: 'api_keys' })
export class ApiKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  /** `rk_live_` and the next few characters of the key, shown in lists. */
  @Column({ type: 'varchar', length: 24 })
  prefix: string;

  @Index('uq_api_keys_hash', { unique: true })
  @Column({ name: 'key_hash', type: 'varchar', length: 64 })
  keyHash: string;

  @Column({ type: 'simple-json' })
  scopes: string[];

  @Column({ name: 'created_by', type: 'varchar', length: 36, nullable: true })
  createdBy: string | null;

  @Index('idx_api_keys_created')
  @Column({ name: 'created_at', type: timestampType })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: timestampType, nullable: true })
  lastUsedAt: Date | null;

  /** Set when the key is rotated (the overlap ends here); null means it does not expire. */
  @Column({ name: 'expires_at', type: timestampType, nullable: true })
  expiresAt: Date | null;

  @Column({ name: 'revoked_at', type: timestampType, nullable: true })
  revokedAt: Date | null;

  /** The key made to replace this one, when it was rotated. */
  @Column({ name: 'replaced_by', type: 'varchar', length: 36, nullable: true })
  replacedBy: string | null;
}
