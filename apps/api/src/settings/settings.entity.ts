import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { timestampType } from '../db/column-types.js';

/**
 * The agency's tunable settings: one row, id 'agency'. Only the ask throttle
 * is stored so far; everything else is the domain's DEFAULT_SETTINGS until
 * staff get a way to change it.
 */
@Entity({ name: 'agency_settings' })
export class AgencySettingsEntity {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id: string;

  @Column({ name: 'ask_cap', type: 'integer' })
  askCap: number;

  @Column({ name: 'ask_window_days', type: 'integer' })
  askWindowDays: number;

  @UpdateDateColumn({ name: 'updated_at', type: timestampType })
  updatedAt: Date;
}
