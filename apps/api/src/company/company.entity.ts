import type { HiringStatus } from '@rapport/domain';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';

@Entity({ name: 'companies' })
export class CompanyEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  /** Lower-cased name: the sort and search key, indexed so paging stays fast. */
  @Index('idx_companies_name_key')
  @Column({ name: 'name_key', type: 'varchar', length: 120 })
  nameKey: string;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 80, nullable: true })
  industry: string | null;

  @Column({ name: 'office_address', type: 'varchar', length: 300, nullable: true })
  officeAddress: string | null;

  @Column({ name: 'hiring_status', type: 'varchar', length: 16 })
  hiringStatus: HiringStatus;

  @Column({ name: 'hiring_status_changed_at', type: timestampType })
  hiringStatusChangedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: timestampType })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: timestampType })
  updatedAt: Date;
}
