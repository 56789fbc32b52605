import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Questions seekers send to the agency's experts, and the answers. */
export class ExpertQuestions1771000004200 implements MigrationInterface {
  name = 'ExpertQuestions1771000004200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'expert_questions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'meeting_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'question', type: 'varchar', length: '2000' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'asked_at', type: ts },
          { name: 'answer', type: 'varchar', length: '5000', isNullable: true },
          { name: 'answered_by_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'answered_at', type: ts, isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'idx_expert_questions_owner_asked',
            columnNames: ['owner_id', 'asked_at', 'id'],
          }),
          new TableIndex({
            name: 'idx_expert_questions_status_asked',
            columnNames: ['status', 'asked_at', 'id'],
          }),
          new TableIndex({
            name: 'idx_expert_questions_status_answered',
            columnNames: ['status', 'answered_at', 'id'],
          }),
          new TableIndex({ name: 'idx_expert_questions_meeting', columnNames: ['meeting_id'] }),
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
            onDelete: 'SET NULL',
          }),
          new TableForeignKey({
            columnNames: ['answered_by_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('expert_questions');
  }
}
