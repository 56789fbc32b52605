import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
  TableUnique,
} from 'typeorm';
import { currentTimestampDefault, falseDefault, timestampType } from '../column-types.js';

/**
 * Accounts, sessions, companies and contacts. Written with TypeORM's schema
 * builder rather than raw SQL so the same migration produces the right DDL
 * on SQLite and on PostgreSQL; the only per-dialect choice (the timestamp
 * type) comes from column-types.
 */
export class InitialSchema1764000000000 implements MigrationInterface {
  name = 'InitialSchema1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const id = { name: 'id', type: 'varchar', length: '36', isPrimary: true };
    const stamps = [
      { name: 'created_at', type: timestampType as string, default: currentTimestampDefault },
      { name: 'updated_at', type: timestampType as string, default: currentTimestampDefault },
    ];

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          ...stamps,
        ],
        uniques: [new TableUnique({ name: 'uq_users_email', columnNames: ['email'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'token_hash', type: 'varchar', length: '64', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'created_at', type: timestampType as string },
          { name: 'expires_at', type: timestampType as string },
        ],
        indices: [new TableIndex({ name: 'idx_sessions_user', columnNames: ['user_id'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['user_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'companies',
        columns: [
          id,
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'name_key', type: 'varchar', length: '120' },
          { name: 'website', type: 'varchar', length: '300', isNullable: true },
          { name: 'industry', type: 'varchar', length: '80', isNullable: true },
          { name: 'office_address', type: 'varchar', length: '300', isNullable: true },
          { name: 'hiring_status', type: 'varchar', length: '16' },
          { name: 'hiring_status_changed_at', type: timestampType as string },
          ...stamps,
        ],
        indices: [new TableIndex({ name: 'idx_companies_name_key', columnNames: ['name_key'] })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'contacts',
        columns: [
          id,
          { name: 'company_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'owner_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'full_name', type: 'varchar', length: '120' },
          { name: 'title', type: 'varchar', length: '120', isNullable: true },
          { name: 'email', type: 'varchar', length: '254', isNullable: true },
          { name: 'phone', type: 'varchar', length: '40', isNullable: true },
          { name: 'mailing_address', type: 'varchar', length: '300', isNullable: true },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'tags', type: 'text' },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'do_not_contact', type: 'boolean', default: falseDefault },
          ...stamps,
        ],
        indices: [
          new TableIndex({ name: 'idx_contacts_company', columnNames: ['company_id'] }),
          new TableIndex({ name: 'idx_contacts_owner', columnNames: ['owner_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['company_id'],
            referencedTableName: 'companies',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
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
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('contacts');
    await queryRunner.dropTable('companies');
    await queryRunner.dropTable('sessions');
    await queryRunner.dropTable('users');
  }
}
