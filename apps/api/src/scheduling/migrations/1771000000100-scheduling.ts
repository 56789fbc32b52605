import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { timestampType } from '../../db/column-types.js';

const cascadeTo = (column: string, table: string, onDelete = 'CASCADE') =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete,
  });

/** Reverse scheduling: proposals, their offered times as rows, and hashed reply links. */
export class Scheduling1771000000100 implements MigrationInterface {
  name = 'Scheduling1771000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const ts = timestampType as string;
    await queryRunner.createTable(
      new Table({
        name: 'scheduling_proposals',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'owner_id', type: 'varchar', length: '36' },
          { name: 'ask_id', type: 'varchar', length: '36' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'time_zone', type: 'varchar', length: '64' },
          { name: 'business_days', type: 'varchar', length: '20' },
          { name: 'opens_at', type: 'varchar', length: '5' },
          { name: 'closes_at', type: 'varchar', length: '5' },
          { name: 'location_kind', type: 'varchar', length: '16' },
          { name: 'location_details', type: 'varchar', length: '300', isNullable: true },
          { name: 'chosen_slot_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'meeting_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'reply_note', type: 'varchar', length: '1000', isNullable: true },
          { name: 'proposed_at', type: ts },
          { name: 'status_changed_at', type: ts },
        ],
        indices: [
          new TableIndex({
            name: 'idx_scheduling_proposals_ask',
            columnNames: ['ask_id', 'proposed_at'],
          }),
          new TableIndex({ name: 'idx_scheduling_proposals_owner', columnNames: ['owner_id'] }),
        ],
        foreignKeys: [
          cascadeTo('owner_id', 'users'),
          cascadeTo('ask_id', 'asks'),
          cascadeTo('meeting_id', 'meetings', 'SET NULL'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scheduling_slots',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'proposal_id', type: 'varchar', length: '36' },
          { name: 'offered_by', type: 'varchar', length: '8' },
          { name: 'starts_at', type: ts },
          { name: 'duration_minutes', type: 'integer' },
          { name: 'time_zone', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({
            name: 'idx_scheduling_slots_proposal',
            columnNames: ['proposal_id', 'starts_at'],
          }),
        ],
        foreignKeys: [cascadeTo('proposal_id', 'scheduling_proposals')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'scheduling_links',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'proposal_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          { name: 'expires_at', type: ts },
          { name: 'used_at', type: ts, isNullable: true },
          { name: 'replaced_at', type: ts, isNullable: true },
          { name: 'created_at', type: ts },
        ],
        indices: [
          new TableIndex({ name: 'idx_scheduling_links_proposal', columnNames: ['proposal_id'] }),
          new TableIndex({
            name: 'uq_scheduling_links_token',
            columnNames: ['token_hash'],
            isUnique: true,
          }),
        ],
        foreignKeys: [cascadeTo('proposal_id', 'scheduling_proposals')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('scheduling_links');
    await queryRunner.dropTable('scheduling_slots');
    await queryRunner.dropTable('scheduling_proposals');
  }
}
