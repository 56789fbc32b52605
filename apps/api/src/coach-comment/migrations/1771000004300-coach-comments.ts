import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Coach comments on a meeting's question list and notes. */
export class CoachComments1771000004300 implements MigrationInterface {
  name = 'CoachComments1771000004300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'coach_comments',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_id', type: 'varchar', length: '36' },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'target', type: 'varchar', length: '16' },
          { name: 'body', type: 'varchar', length: '2000' },
          { name: 'author_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: ts },
          { name: 'updated_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'idx_coach_comments_meeting',
            columnNames: ['meeting_id', 'created_at', 'id'],
          }),
          new TableIndex({ name: 'idx_coach_comments_owner', columnNames: ['owner_id'] }),
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
          new TableForeignKey({
            columnNames: ['author_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('coach_comments');
  }
}
