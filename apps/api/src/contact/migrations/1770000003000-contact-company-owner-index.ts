import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Agency contacts per company (a company's contactCount) read only this
 * index: company and owner, both equality terms, so the count never touches
 * the table. Without it SQLite, which keeps no per-value statistics, took
 * `owner_id IS NULL` for a selective term and walked every agency contact
 * through a list index: 20 counts cost a scan of the whole book.
 */
export class ContactCompanyOwnerIndex1770000003000 implements MigrationInterface {
  name = 'ContactCompanyOwnerIndex1770000003000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'contacts',
      new TableIndex({
        name: 'idx_contacts_company_owner',
        columnNames: ['company_id', 'owner_id'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('contacts', 'idx_contacts_company_owner');
  }
}
