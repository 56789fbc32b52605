import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** One thank-you note per completed meeting: its due date, and how and when it was sent. */
export class ThankYouCards1771000005100 implements MigrationInterface {
  name = 'ThankYouCards1771000005100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'thank_you_cards',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'meeting_id', type: 'varchar', length: '36' },
          { name: 'contact_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'due_on', type: 'varchar', length: '10' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'kind', type: 'varchar', length: '16', isNullable: true },
          { name: 'sent_at', type: ts, isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'idx_thank_you_cards_owner_due',
            columnNames: ['owner_id', 'status', 'due_on', 'id'],
          }),
          new TableIndex({
            name: 'idx_thank_you_cards_owner_sent',
            columnNames: ['owner_id', 'status', 'sent_at', 'id'],
          }),
          new TableIndex({
            name: 'uq_thank_you_cards_meeting',
            columnNames: ['meeting_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_thank_you_cards_contact', columnNames: ['contact_id'] }),
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
            columnNames: ['contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('thank_you_cards');
  }
}
