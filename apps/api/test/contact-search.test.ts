import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { searchMatch, searchPattern } from '../src/contact/contact-keys.js';
import { insertContact } from './support/contacts.js';
import { createTestApp, signedInAs, type Client, type TestApp } from './support/test-app.js';

const LIST = `query($search: String) {
  contacts(first: 100, search: $search) { edges { node { fullName } } pageInfo { hasNextPage } }
}`;
type Page = { contacts: { edges: { node: { fullName: string } }[] } };

const PEOPLE: { fullName: string; title?: string; email?: string; companyName?: string }[] = [
  { fullName: 'José Núñez', title: 'Plant Director', email: 'jose@zeta.example' },
  { fullName: 'Zoë "Quote" O’Neil', title: 'Said "hello" once' },
  { fullName: 'Hundred Percent', title: '100% Remote Lead' },
  { fullName: 'Snake Case', email: 'snake_case@under.example' },
  { fullName: 'Plain Person', companyName: 'Crème Brûlée Ltd' },
  { fullName: 'Joanna Rock', companyName: 'Acme Rockets' },
  { fullName: 'Backslash Betty', title: 'Path C:\\temp lead' },
];

// Longer terms go through the trigram index on SQLite; shorter ones scan.
const TERMS = [
  'jose',
  'JOSÉ NÚ',
  'nunez',
  '"quote"',
  'e "q',
  '"hello" once',
  '"',
  '100%',
  '0% r',
  '%',
  'ke_ca',
  '_',
  'brulee',
  'CRÈME',
  'rock',
  'lead',
  'c:\\temp',
  '\\',
  'jo',
  'no such person',
];

describe('contact search', () => {
  let app: TestApp;
  let staff: Client;
  let sqlite: boolean;
  const p = (i: number) => (sqlite ? '?' : `$${i}`);

  beforeAll(async () => {
    app = await createTestApp();
    staff = await signedInAs(app, 'STAFF');
    sqlite = app.dataSource.options.type !== 'postgres';
    for (const person of PEOPLE) await insertContact(app, person);
  });
  afterAll(async () => app.close());

  /** What the search found before the index: LIKE over every visible row. */
  async function byLike(term: string): Promise<string[]> {
    const pattern = searchPattern(term);
    if (!pattern) return [];
    const rows: { full_name: string }[] = await app.dataSource.query(
      `SELECT full_name FROM contacts WHERE merged_into_id IS NULL AND owner_id IS NULL AND archived_at IS NULL AND (search_key LIKE ${p(1)} ESCAPE '\\' OR company_name_key LIKE ${p(2)} ESCAPE '\\')`,
      [pattern, pattern],
    );
    return rows.map((r) => r.full_name).sort();
  }

  /** The rows the SQLite trigram index alone finds, with no LIKE after it. */
  async function byIndex(term: string): Promise<string[]> {
    const rows: { full_name: string }[] = await app.dataSource.query(
      'SELECT full_name FROM contacts WHERE rowid IN (SELECT rowid FROM contacts_search WHERE contacts_search MATCH ?)',
      [searchMatch(term)],
    );
    return rows.map((r) => r.full_name).sort();
  }

  async function bySearch(term: string): Promise<string[]> {
    const result = await staff.gql<Page>(LIST, { search: term });
    expect(result.errors).toBeUndefined();
    return result.data!.contacts.edges.map((e) => e.node.fullName).sort();
  }

  it('finds exactly the rows LIKE finds, for quotes, wildcards, accents and short terms', async () => {
    for (const term of TERMS) {
      const expected = await byLike(term);
      expect({ term, rows: await bySearch(term) }).toEqual({ term, rows: expected });
      if (sqlite && searchMatch(term) !== null) {
        expect({ term, rows: await byIndex(term) }).toEqual({ term, rows: expected });
      }
    }
    // The terms do reach the rows they should.
    expect(await bySearch('"quote"')).toEqual(['Zoë "Quote" O’Neil']);
    expect(await bySearch('0% r')).toEqual(['Hundred Percent']);
    expect(await bySearch('ke_ca')).toEqual(['Snake Case']);
    expect(await bySearch('brulee')).toEqual(['Plain Person']);
    expect(await bySearch('%')).toEqual(['Hundred Percent']);
  });

  it('keeps the index in step when a contact is updated or deleted', async () => {
    const id = await insertContact(app, { fullName: 'Marguerite Oldname' });
    expect(await bySearch('oldname')).toEqual(['Marguerite Oldname']);

    const renamed = await staff.gql(
      `mutation($id: ID!) { updateContact(id: $id, input: { fullName: "Marguerite Newname" }) { id } }`,
      { id: toGlobalId('Contact', id) },
    );
    expect(renamed.errors).toBeUndefined();
    expect(await bySearch('oldname')).toEqual([]);
    expect(await bySearch('newname')).toEqual(['Marguerite Newname']);

    await app.dataSource.query(
      `UPDATE contacts SET company_name_key = ${p(1)} WHERE id = ${p(2)}`,
      ['quillfeather inc', id],
    );
    expect(await bySearch('quillfeather')).toEqual(['Marguerite Newname']);
    if (sqlite) {
      expect(await byIndex('newname')).toEqual(['Marguerite Newname']);
      expect(await byIndex('oldname')).toEqual([]);
    }

    await app.dataSource.query(`DELETE FROM contacts WHERE id = ${p(1)}`, [id]);
    expect(await bySearch('newname')).toEqual([]);
    expect(await bySearch('quillfeather')).toEqual([]);
    if (sqlite) {
      const indexed: unknown[] = await app.dataSource.query(
        'SELECT rowid FROM contacts_search WHERE contacts_search MATCH \'"quillfeather"\'',
      );
      expect(indexed).toEqual([]);
      // FTS5 compares the whole index with the contacts table; throws if they differ.
      await app.dataSource.query(
        "INSERT INTO contacts_search (contacts_search, rank) VALUES ('integrity-check', 1)",
      );
    }
  });
});
