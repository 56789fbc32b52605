import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

export class CreateWebhooks1770000001000 implements MigrationInterface {
  name = 'CreateWebhooks1770000001000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const instant = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'webhook_subscriptions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'url', type: 'varchar', length: '2000' },
          { name: 'events', type: 'text' },
          { name: 'description', type: 'varchar', length: '200', isNullable: true },
          { name: 'secret', type: 'varchar', length: '80' },
          { name: 'active', type: 'boolean' },
          { name: 'created_by_user', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_by_key', type: 'varchar', length: '36', isNullable: true },
          { name: 'created_at', type: instant },
        ],
        indices: [
          new TableIndex({
            name: 'idx_webhook_subscriptions_key',
            columnNames: ['created_by_key'],
          }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_deliveries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'subscription_id', type: 'varchar', length: '36' },
          { name: 'event', type: 'varchar', length: '60' },
          { name: 'event_id', type: 'varchar', length: '36' },
          { name: 'payload', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer' },
          { name: 'next_attempt_at', type: instant, isNullable: true },
          { name: 'locked_until', type: instant, isNullable: true },
          { name: 'last_attempt_at', type: instant, isNullable: true },
          { name: 'last_status_code', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '300', isNullable: true },
          { name: 'delivered_at', type: instant, isNullable: true },
          { name: 'idempotency_key', type: 'varchar', length: '80' },
          { name: 'created_at', type: instant },
        ],
        indices: [
          new TableIndex({
            name: 'idx_webhook_deliveries_due',
            columnNames: ['status', 'next_attempt_at'],
          }),
          new TableIndex({
            name: 'idx_webhook_deliveries_subscription',
            columnNames: ['subscription_id'],
          }),
          new TableIndex({
            name: 'uq_webhook_deliveries_idempotency',
            columnNames: ['idempotency_key'],
            isUnique: true,
          }),
          new TableIndex({ name: 'idx_webhook_deliveries_created', columnNames: ['created_at'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['subscription_id'],
            referencedTableName: 'webhook_subscriptions',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_deliveries');
    await queryRunner.dropTable('webhook_subscriptions');
  }
}
