import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { currentTimestampDefault, timestampType } from '../../db/column-types.js';

/** The referral network's edges, and the version row and change log that keep every process's index current. */
export class CreateNetwork1769000000000 implements MigrationInterface {
  name = 'CreateNetwork1769000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'connections',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'from_kind', type: 'varchar', length: '8' },
          { name: 'from_id', type: 'varchar', length: '36' },
          { name: 'to_kind', type: 'varchar', length: '8' },
          { name: 'to_id', type: 'varchar', length: '36' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'source_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'owner_seeker_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'collected_by_seeker_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'recorded_at', type: timestampType as string },
          { name: 'created_at', type: timestampType as string, default: currentTimestampDefault },
        ],
        indices: [
          new TableIndex({ name: 'idx_connections_from', columnNames: ['from_kind', 'from_id'] }),
          new TableIndex({ name: 'idx_connections_to', columnNames: ['to_kind', 'to_id'] }),
          new TableIndex({ name: 'idx_connections_owner', columnNames: ['owner_seeker_id'] }),
          new TableIndex({
            name: 'idx_connections_collected_by',
            columnNames: ['collected_by_seeker_id'],
          }),
          new TableIndex({
            name: 'uq_connections_source',
            columnNames: ['source', 'source_id'],
            isUnique: true,
          }),
        ],
        foreignKeys: [
          // A seeker's private links go with their account; referrals they
          // collected stay in the agency's network without the collector.
          new TableForeignKey({
            columnNames: ['owner_seeker_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['collected_by_seeker_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'network_state',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'version', type: 'integer' },
        ],
      }),
    );
    await queryRunner.query('INSERT INTO network_state (id, version) VALUES (1, 0)');
    await queryRunner.createTable(
      new Table({
        name: 'network_changes',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          { name: 'version', type: 'integer' },
          { name: 'entity', type: 'varchar', length: '16' },
          { name: 'entity_id', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_network_changes_version', columnNames: ['version'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('network_changes');
    await queryRunner.dropTable('network_state');
    await queryRunner.dropTable('connections');
  }
}
