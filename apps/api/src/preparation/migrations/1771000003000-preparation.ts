import { randomUUID } from 'node:crypto';
import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/**
 * The questions a fresh install starts with, so seekers have something to
 * pick from before staff write their own. Kept here, not imported, so the
 * migration stays what it was when later code changes.
 */
const STARTER_BANK: Record<string, string[]> = {
  COMPANY: [
    'What does the company do better than anyone else in its field?',
    'How would you describe the culture here to someone who has never visited?',
    'What is the company working on right now that people here are most excited about?',
    'How is your team organised, and which teams does it work with most closely?',
  ],
  ROLE: [
    'What does a typical week look like in your job?',
    'Which skills make the biggest difference in a role like yours?',
    'What part of your work is the hardest, and which part do you enjoy most?',
    'How do people in your role know they are doing well?',
  ],
  INDUSTRY: [
    'Which changes do you expect in this industry over the next few years?',
    'Which publications, groups or events do people in this field follow?',
    'What do newcomers to this industry most often misunderstand about it?',
  ],
  CAREER_PATH: [
    'How did you get started in this line of work?',
    'Which step on your way to this position helped you the most?',
    'If you were starting out again today, what would you do differently?',
  ],
  ADVICE: [
    'What would you advise someone with my background who wants to move into this field?',
    'Looking at my experience, which gaps should I work on first?',
    'How could I best stand out when a position opens up here?',
  ],
  REFERRALS: [
    'Who else would you suggest I talk to, and may I mention that you sent me?',
    'Are there other companies or teams you think I should be looking at?',
    'Do you know anyone who has made a move like the one I am planning?',
  ],
};

/** The question bank (with a starter set), meetings' question lists and checklist ticks. */
export class Preparation1771000003000 implements MigrationInterface {
  name = 'Preparation1771000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'bank_questions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'category', type: 'varchar', length: '16' },
          { name: 'text', type: 'varchar', length: '500' },
          { name: 'position', type: 'integer' },
          { name: 'retired_at', type: ts, isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'idx_bank_questions_category',
            columnNames: ['category', 'position', 'id'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting_questions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'meeting_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'category', type: 'varchar', length: '16' },
          { name: 'text', type: 'varchar', length: '500' },
          { name: 'bank_question_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'idx_meeting_questions_meeting',
            columnNames: ['meeting_id', 'position'],
          }),
          new TableIndex({
            name: 'idx_meeting_questions_bank',
            columnNames: ['bank_question_id'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['meeting_id'],
            referencedTableName: 'meetings',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['bank_question_id'],
            referencedTableName: 'bank_questions',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'meeting_checklist_ticks',
        columns: [
          { name: 'meeting_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'item', type: 'varchar', length: '32', isPrimary: true },
          { name: 'ticked_at', type: ts },
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
    // Plain SQL: a query builder would map columns through today's entity, which a migration must not depend on.
    const rows = Object.entries(STARTER_BANK).flatMap(([category, texts]) =>
      texts.map((text, index) => [randomUUID(), category, text, index + 1]),
    );
    const postgres = queryRunner.connection.options.type === 'postgres';
    const values = rows.map((_, row) => {
      const at = (column: number) => (postgres ? `$${row * 4 + column}` : '?');
      return `(${at(1)}, ${at(2)}, ${at(3)}, ${at(4)}, NULL, CURRENT_TIMESTAMP)`;
    });
    await queryRunner.query(
      `INSERT INTO bank_questions (id, category, text, position, retired_at, created_at) VALUES ${values.join(', ')}`,
      rows.flat(),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('meeting_checklist_ticks');
    await queryRunner.dropTable('meeting_questions');
    await queryRunner.dropTable('bank_questions');
  }
}
