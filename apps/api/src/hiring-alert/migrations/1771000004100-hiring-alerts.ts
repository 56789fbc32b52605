import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Hiring alerts: one per seeker per company change to HIRING. */
export class HiringAlerts1771000004100 implements MigrationInterface {
  name = 'HiringAlerts1771000004100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    const references = (column: string, table: string) =>
      new TableForeignKey({
        columnNames: [column],
        referencedTableName: table,
        referencedColumnNames: ['id'],
        onDelete: 'CASCADE',
      });
    await queryRunner.createTable(
      new Table({
        name: 'hiring_alerts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'key', type: 'varchar', length: '200' },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'company_id', type: 'varchar', length: '36' },
          { name: 'contact_id', type: 'varchar', length: '36' },
          { name: 'meeting_id', type: 'varchar', length: '36' },
          { name: 'meeting_count', type: 'integer' },
          { name: 'last_met_at', type: ts },
          { name: 'message', type: 'varchar', length: '500' },
          { name: 'created_at', type: ts },
          { name: 'dismissed_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_hiring_alerts_key', columnNames: ['key'], isUnique: true }),
          new TableIndex({
            name: 'idx_hiring_alerts_owner_created',
            columnNames: ['owner_id', 'created_at', 'id'],
          }),
          new TableIndex({
            name: 'idx_hiring_alerts_company_owner',
            columnNames: ['company_id', 'owner_id'],
          }),
        ],
        foreignKeys: [
          references('owner_id', 'users'),
          references('company_id', 'companies'),
          references('contact_id', 'contacts'),
          references('meeting_id', 'meetings'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('hiring_alerts');
  }
}
