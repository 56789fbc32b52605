import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { timestampType } from '../../db/column-types.js';

export class CreateApiKeys1770000000000 implements MigrationInterface {
  name = 'CreateApiKeys1770000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '80' },
          { name: 'prefix', type: 'varchar', length: '24' },
          { name: 'key_hash', type: 'varchar', length: '64' },
          { name: 'scopes', type: 'text' },
          // No foreign key: a key outlives the admin who made it.
          { name: 'created_by', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: instant },
          { name: 'last_used_at', type: instant, isNullable: true },
          { name: 'expires_at', type: instant, isNullable: true },
          { name: 'revoked_at', type: instant, isNullable: true },
          { name: 'replaced_by', type: 'varchar', length: '36', isNullable: true },
        ],
        indices: [
          new TableIndex({ name: 'uq_api_keys_hash', columnNames: ['key_hash'], isUnique: true }),
          new TableIndex({ name: 'idx_api_keys_created', columnNames: ['created_at'] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
  }
}
