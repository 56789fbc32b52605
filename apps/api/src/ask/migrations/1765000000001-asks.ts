import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

/** Asks, with ask-once as a unique index on (owner_id, person_id), and their status history. */
export class Asks1765000000001 implements MigrationInterface {
  name = 'Asks1765000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'asks',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'contact_id', type: 'varchar', length: '36' },
          { name: 'person_id', type: 'varchar', length: '36' },
          { name: 'company_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'note', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'asked_at', type: ts },
          { name: 'status_changed_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'uq_asks_owner_person',
            columnNames: ['owner_id', 'person_id'],
            isUnique: true,
          }),
          new TableIndex({
            name: 'idx_asks_person_asked',
            columnNames: ['person_id', 'asked_at', 'id'],
          }),
          new TableIndex({
            name: 'idx_asks_owner_asked',
            columnNames: ['owner_id', 'asked_at', 'id'],
          }),
          new TableIndex({
            name: 'idx_asks_owner_status_asked',
            columnNames: ['owner_id', 'status', 'asked_at', 'id'],
          }),
          new TableIndex({ name: 'idx_asks_contact', columnNames: ['contact_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['owner_id'],
            referencedTableName: 'users',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['company_id'],
            referencedTableName: 'companies',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ask_status_changes',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'ask_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'at', type: ts },
          { name: 'note', type: 'text', isNullable: true },
        ],
        indices: [
          new TableIndex({
            name: 'idx_ask_status_changes_ask',
            columnNames: ['ask_id', 'at', 'id'],
          }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['ask_id'],
            referencedTableName: 'asks',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ask_status_changes');
    await queryRunner.dropTable('asks');
  }
}
