import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite only: an FTS5 index with the trigram tokenizer over the contacts'
 * folded search columns (search_key, company_name_key), so a "contains"
 * search of 3 or more characters reads the few matching rows instead of
 * every contact. `contacts_search` is an external-content table: it stores
 * only the index, keyed by the contacts rowid, and triggers keep it in step
 * with every INSERT, UPDATE of the two columns and DELETE.
 *
 * `case_sensitive 1` compares bytes, as LIKE does on these already folded,
 * lower-case columns, so the index finds exactly the rows LIKE would.
 *
 * PostgreSQL needs nothing here: ContactPeopleAndSharing1765000000000 made
 * trigram GIN indexes on both columns (idx_contacts_search_trgm and
 * idx_contacts_company_trgm) when pg_trgm is available.
 *
 * TypeORM knows nothing of the virtual table or the triggers and leaves them
 * alone. A later migration that makes SQLite rebuild `contacts` (adding or
 * changing a column copies the table, drops it and renames the copy) loses
 * the triggers and may renumber rowids: it must call
 * `dropContactSearch` before and `createContactSearch` after.
 */
export class ContactSearchIndex1770000002000 implements MigrationInterface {
  name = 'ContactSearchIndex1770000002000';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') return;
    await createContactSearch(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === 'postgres') return;
    await dropContactSearch(queryRunner);
  }
}

const TRIGGERS = ['contacts_search_insert', 'contacts_search_update', 'contacts_search_delete'];

/** Creates the SQLite search index and its triggers, and fills it from the contacts. */
export async function createContactSearch(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(
    "CREATE VIRTUAL TABLE contacts_search USING fts5(search_key, company_name_key, content='contacts', content_rowid='rowid', tokenize='trigram case_sensitive 1')",
  );
  await queryRunner.query(`CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_search (rowid, search_key, company_name_key)
    VALUES (new.rowid, new.search_key, new.company_name_key);
END`);
  await queryRunner.query(`CREATE TRIGGER contacts_search_update AFTER UPDATE OF search_key, company_name_key ON contacts BEGIN
  INSERT INTO contacts_search (contacts_search, rowid, search_key, company_name_key)
    VALUES ('delete', old.rowid, old.search_key, old.company_name_key);
  INSERT INTO contacts_search (rowid, search_key, company_name_key)
    VALUES (new.rowid, new.search_key, new.company_name_key);
END`);
  await queryRunner.query(`CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_search (contacts_search, rowid, search_key, company_name_key)
    VALUES ('delete', old.rowid, old.search_key, old.company_name_key);
END`);
  // Indexes every existing contact from the content table.
  await queryRunner.query("INSERT INTO contacts_search (contacts_search) VALUES ('rebuild')");
}

/** Removes what createContactSearch made. */
export async function dropContactSearch(queryRunner: QueryRunner): Promise<void> {
  for (const trigger of TRIGGERS) await queryRunner.query(`DROP TRIGGER IF EXISTS ${trigger}`);
  await queryRunner.query('DROP TABLE IF EXISTS contacts_search');
}
