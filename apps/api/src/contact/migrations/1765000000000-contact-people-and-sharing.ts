import { emailKey, nameKey } from '@rapport/domain';
import {
  type MigrationInterface,
  type QueryRunner,
  Table,
  TableColumn,
  TableForeignKey,
  TableIndex,
} from 'typeorm';
import { falseDefault, timestampType } from '../../db/column-types.js';
import { contactSearchKey } from '../contact-keys.js';

const LIST_INDEXES = [
  new TableIndex({ name: 'idx_contacts_list_name', columnNames: ['owner_id', 'name_key', 'id'] }),
  new TableIndex({
    name: 'idx_contacts_list_company',
    columnNames: ['owner_id', 'company_name_key', 'name_key', 'id'],
  }),
  new TableIndex({
    name: 'idx_contacts_list_newest',
    columnNames: ['owner_id', 'created_at', 'id'],
  }),
  new TableIndex({
    name: 'idx_contacts_company_name',
    columnNames: ['company_id', 'name_key', 'id'],
  }),
  new TableIndex({ name: 'idx_contacts_person', columnNames: ['person_id'] }),
  new TableIndex({ name: 'idx_contacts_email_key', columnNames: ['email_key'] }),
];

/**
 * Contacts gain a person identity, sharing, archiving, a do-not-contact
 * reason and the folded keys the contacts table sorts and searches on, plus
 * contact_tags for filtering by tag. Existing rows are backfilled: each is
 * its own person, agency rows stay visible to seekers as they were, tags are
 * copied into contact_tags.
 *
 * On SQLite adding columns rebuilds the table (copy, drop, rename). Nothing
 * references contacts yet at this point, so the drop cascades nowhere;
 * test/migrations.test.ts runs this over a populated database to prove no
 * row is lost.
 */
export class ContactPeopleAndSharing1765000000000 implements MigrationInterface {
  name = 'ContactPeopleAndSharing1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const postgres = queryRunner.connection.options.type === 'postgres';
    await queryRunner.dropIndex('contacts', 'idx_contacts_company');
    await queryRunner.dropIndex('contacts', 'idx_contacts_owner');
    // Nullable first so existing rows can be backfilled, then made required.
    await queryRunner.addColumns('contacts', [
      new TableColumn({ name: 'person_id', type: 'varchar', length: '36', isNullable: true }),
      new TableColumn({ name: 'name_key', type: 'varchar', length: '120', isNullable: true }),
      new TableColumn({ name: 'company_name_key', type: 'varchar', length: '120', default: "''" }),
      new TableColumn({ name: 'search_key', type: 'varchar', length: '520', isNullable: true }),
      new TableColumn({ name: 'email_key', type: 'varchar', length: '254', isNullable: true }),
      new TableColumn({
        name: 'do_not_contact_reason',
        type: 'varchar',
        length: '300',
        isNullable: true,
      }),
      new TableColumn({ name: 'shared_with_seekers', type: 'boolean', default: falseDefault }),
      new TableColumn({ name: 'archived_at', type: timestampType as string, isNullable: true }),
      new TableColumn({ name: 'merged_into_id', type: 'varchar', length: '36', isNullable: true }),
    ]);

    await queryRunner.createTable(
      new Table({
        name: 'contact_tags',
        columns: [
          { name: 'contact_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'tag_key', type: 'varchar', length: '40', isPrimary: true },
        ],
        indices: [
          new TableIndex({ name: 'idx_contact_tags_tag', columnNames: ['tag_key', 'contact_id'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['contact_id'],
            referencedTableName: 'contacts',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );

    const rows: {
      id: string;
      full_name: string;
      title: string | null;
      email: string | null;
      tags: string;
      company_name: string | null;
    }[] = await queryRunner.query(
      'SELECT ct.id, ct.full_name, ct.title, ct.email, ct.tags, co.name AS company_name FROM contacts ct LEFT JOIN companies co ON co.id = ct.company_id',
    );
    const p = (i: number) => (postgres ? `$${i}` : '?');
    for (const row of rows) {
      await queryRunner.query(
        `UPDATE contacts SET person_id = id, name_key = ${p(1)}, company_name_key = ${p(2)}, search_key = ${p(3)}, email_key = ${p(4)}, shared_with_seekers = (owner_id IS NULL) WHERE id = ${p(5)}`,
        [
          nameKey(row.full_name) ?? '',
          row.company_name ? (nameKey(row.company_name) ?? '') : '',
          contactSearchKey(row),
          emailKey(row.email),
          row.id,
        ],
      );
      const tags = new Set((JSON.parse(row.tags || '[]') as string[]).map((t) => t.toLowerCase()));
      for (const tag of tags) {
        await queryRunner.query(
          `INSERT INTO contact_tags (contact_id, tag_key) VALUES (${p(1)}, ${p(2)})`,
          [row.id, tag],
        );
      }
    }
    if (!postgres) {
      // Keyset paging compares created_at as text on SQLite: give every row
      // the millisecond form the API writes, so equal instants compare equal.
      await queryRunner.query(
        "UPDATE contacts SET created_at = strftime('%Y-%m-%d %H:%M:%f', created_at)",
      );
    }

    for (const name of ['person_id', 'name_key', 'search_key']) {
      const table = await queryRunner.getTable('contacts');
      const column = table!.findColumnByName(name)!;
      const required = column.clone();
      required.isNullable = false;
      await queryRunner.changeColumn('contacts', column, required);
    }
    await queryRunner.createIndices('contacts', LIST_INDEXES);

    // "Contains" search cannot use a B-tree; on PostgreSQL trigram indexes
    // serve LIKE '%…%'. Declared with synchronize: false on the entity.
    if (postgres && (await hasTrigramExtension(queryRunner))) {
      await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
      await queryRunner.query(
        'CREATE INDEX idx_contacts_search_trgm ON contacts USING gin (search_key gin_trgm_ops)',
      );
      await queryRunner.query(
        'CREATE INDEX idx_contacts_company_trgm ON contacts USING gin (company_name_key gin_trgm_ops)',
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') {
      await queryRunner.query('DROP INDEX IF EXISTS idx_contacts_search_trgm');
      await queryRunner.query('DROP INDEX IF EXISTS idx_contacts_company_trgm');
    }
    await queryRunner.dropTable('contact_tags');
    for (const index of LIST_INDEXES) await queryRunner.dropIndex('contacts', index.name!);
    for (const name of [
      'person_id',
      'name_key',
      'company_name_key',
      'search_key',
      'email_key',
      'do_not_contact_reason',
      'shared_with_seekers',
      'archived_at',
      'merged_into_id',
    ]) {
      await queryRunner.dropColumn('contacts', name);
    }
    await queryRunner.createIndices('contacts', [
      new TableIndex({ name: 'idx_contacts_company', columnNames: ['company_id'] }),
      new TableIndex({ name: 'idx_contacts_owner', columnNames: ['owner_id'] }),
    ]);
  }
}

async function hasTrigramExtension(queryRunner: QueryRunner): Promise<boolean> {
  const rows: unknown[] = await queryRunner.query(
    "SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm'",
  );
  return rows.length > 0;
}
