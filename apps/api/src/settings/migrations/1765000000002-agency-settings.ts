import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { currentTimestampDefault, timestampType } from '../../db/column-types.js';

/** One row of agency settings; absent means the domain's defaults. */
export class AgencySettings1765000000002 implements MigrationInterface {
  name = 'AgencySettings1765000000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'agency_settings',
        columns: [
          { name: 'id', type: 'varchar', length: '16', isPrimary: true },
          { name: 'ask_cap', type: 'integer' },
          { name: 'ask_window_days', type: 'integer' },
          { name: 'updated_at', type: timestampType as string, default: currentTimestampDefault },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('agency_settings');
  }
}
