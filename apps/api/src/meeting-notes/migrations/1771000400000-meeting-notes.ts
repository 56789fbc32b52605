import { type MigrationInterface, type QueryRunner, Table, TableForeignKey } from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Meeting mode's notes: one row per meeting, and a row per question of its list. */
export class MeetingNotes1771000400000 implements MigrationInterface {
  name = 'MeetingNotes1771000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'meeting_notes',
        columns: [
          { name: 'meeting_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'free_text', type: 'text' },
          { name: 'free_revision', type: 'integer' },
          { name: 'free_updated_at', type: ts, isNullable: true },
          { name: 'started_at', type: ts },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['meeting_id'],
            referencedTableName: 'meetings',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting_note_questions',
        columns: [
          { name: 'meeting_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'question_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'position', type: 'integer' },
          { name: 'category', type: 'varchar', length: '16' },
          { name: 'question', type: 'text' },
          { name: 'asked', type: 'boolean' },
          { name: 'asked_changed_at', type: ts, isNullable: true },
          { name: 'note_text', type: 'text' },
          { name: 'note_revision', type: 'integer' },
          { name: 'note_updated_at', type: ts, isNullable: true },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['meeting_id'],
            referencedTableName: 'meeting_notes',
            referencedColumnNames: ['meeting_id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('meeting_note_questions');
    await queryRunner.dropTable('meeting_notes');
  }
}
