import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/**
 * Sessions remember when they were last used, so an unattended one ends
 * after SESSION_IDLE_MINUTES. Nullable: sessions from before this migration
 * count from their creation time instead.
 */
export class SessionLastSeen1768000000000 implements MigrationInterface {
  name = 'SessionLastSeen1768000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'sessions',
      new TableColumn({ name: 'last_seen_at', type: timestampType as string, isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('sessions', 'last_seen_at');
  }
}
