import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/** The agency-wide list of asks pages newest first across every seeker. */
export class AsksByDate1770000004200 implements MigrationInterface {
  name = 'AsksByDate1770000004200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'asks',
      new TableIndex({ name: 'idx_asks_asked', columnNames: ['asked_at', 'id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('asks', 'idx_asks_asked');
  }
}
