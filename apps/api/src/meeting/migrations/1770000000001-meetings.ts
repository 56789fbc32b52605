import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Meetings (length stored, end derived) and their reschedule history as rows. */
export class Meetings1770000000001 implements MigrationInterface {
  name = 'Meetings1770000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'meetings',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'ask_id', type: 'varchar', length: '36' },
          { name: 'contact_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'starts_at', type: ts },
          { name: 'duration_minutes', type: 'integer' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'location_kind', type: 'varchar', length: '16' },
          { name: 'location_details', type: 'varchar', length: '300', isNullable: true },
          { name: 'status_changed_at', type: ts },
          { name: 'ended_at', type: ts, isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'idx_meetings_owner_starts',
            columnNames: ['owner_id', 'starts_at', 'id'],
          }),
          new TableIndex({ name: 'idx_meetings_starts', columnNames: ['starts_at', 'id'] }),
          new TableIndex({ name: 'idx_meetings_ask', columnNames: ['ask_id'] }),
          new TableIndex({ name: 'idx_meetings_contact', columnNames: ['contact_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['ask_id'],
            referencedTableName: 'asks',
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
    await queryRunner.createTable(
      new Table({
        name: 'meeting_reschedules',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'starts_at', type: ts },
          { name: 'duration_minutes', type: 'integer' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'rescheduled_at', type: ts },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'idx_meeting_reschedules_meeting',
            columnNames: ['meeting_id', 'position'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['meeting_id'],
            referencedTableName: 'meetings',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('meeting_reschedules');
    await queryRunner.dropTable('meetings');
  }
}
