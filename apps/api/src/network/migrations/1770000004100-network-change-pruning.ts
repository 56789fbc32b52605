import { type MigrationInterface, type QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { currentTimestampDefault, timestampType } from '../../db/column-types.js';

/**
 * The change log gets its age (so old rows can be pruned) and the state row
 * remembers the last version pruned (so a process that fell behind it knows
 * its catch-up would miss changes and reloads the whole index instead).
 */
export class NetworkChangePruning1770000004100 implements MigrationInterface {
  name = 'NetworkChangePruning1770000004100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'network_changes',
      new TableColumn({
        name: 'created_at',
        type: timestampType as string,
        default: currentTimestampDefault,
      }),
    );
    await queryRunner.createIndex(
      'network_changes',
      new TableIndex({ name: 'idx_network_changes_created', columnNames: ['created_at'] }),
    );
    await queryRunner.addColumn(
      'network_state',
      new TableColumn({ name: 'pruned_through', type: 'integer', default: 0 }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('network_state', 'pruned_through');
    await queryRunner.dropIndex('network_changes', 'idx_network_changes_created');
    await queryRunner.dropColumn('network_changes', 'created_at');
  }
}
