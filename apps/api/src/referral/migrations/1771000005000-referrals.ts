import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Referrals given at wrap-up, each with its same-day follow-up. */
export class Referrals1771000005000 implements MigrationInterface {
  name = 'Referrals1771000005000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'referrals',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'meeting_id', type: 'varchar', length: '36' },
          { name: 'given_by_contact_id', type: 'varchar', length: '36' },
          { name: 'contact_id', type: 'varchar', length: '36' },
          { name: 'ask_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'full_name', type: 'varchar', length: '120' },
          { name: 'title', type: 'varchar', length: '120', isNullable: true },
          { name: 'company_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'company_name', type: 'varchar', length: '120', isNullable: true },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'phone', type: 'varchar', length: '40', isNullable: true },
          { name: 'how_to_reach', type: 'varchar', length: '300', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'recorded_at', type: ts },
          { name: 'follow_up_due_on', type: 'varchar', length: '10' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'followed_up_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'idx_referrals_owner_due',
            columnNames: ['owner_id', 'follow_up_due_on', 'recorded_at', 'id'],
          }),
          new TableIndex({
            name: 'idx_referrals_owner_recorded',
            columnNames: ['owner_id', 'recorded_at', 'id'],
          }),
          new TableIndex({ name: 'idx_referrals_meeting', columnNames: ['meeting_id'] }),
          new TableIndex({ name: 'idx_referrals_given_by', columnNames: ['given_by_contact_id'] }),
          new TableIndex({ name: 'idx_referrals_contact', columnNames: ['contact_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['meeting_id'],
            referencedTableName: 'meetings',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['given_by_contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['ask_id'],
            referencedTableName: 'asks',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['company_id'],
            referencedTableName: 'companies',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('referrals');
  }
}
