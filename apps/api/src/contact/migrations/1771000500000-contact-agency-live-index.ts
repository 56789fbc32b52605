import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The ids of the agency's listed contacts (no owner, not merged, not
 * archived), the rows staff's contacts list counts. A tag's total walks
 * the tag's rows (15,000 of 100,000 contacts in the bench) and asks for
 * each whether its contact is listed: through the primary key that is a
 * probe of the key index and then of the table row, 45 ms per count on
 * SQLite; this index answers from itself, because its condition is the
 * question (8 ms). It is unique, as the id is, so that SQLite, which keeps
 * no statistics, prefers it to the primary key for such probes; PostgreSQL
 * reads it with an index-only scan. The same SQL on both.
 */
export class ContactAgencyLiveIndex1771000500000 implements MigrationInterface {
  name = 'ContactAgencyLiveIndex1771000500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE UNIQUE INDEX idx_contacts_agency_live ON contacts (id) WHERE owner_id IS NULL AND merged_into_id IS NULL AND archived_at IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX idx_contacts_agency_live');
  }
}
