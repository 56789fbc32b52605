import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { rowHydrator } from '../src/db/hydrate.js';
import { insertCompany, insertContact } from './support/contacts.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('rows read with plain SQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  it('come out exactly as the ORM hydrates them, on this database', async () => {
    const company = await insertCompany(app, 'Acme');
    const ids = [
      await insertContact(app, { fullName: 'Plain Person' }),
      await insertContact(app, {
        fullName: 'Full Person',
        companyId: company,
        companyName: 'Acme',
        email: 'full@acme.example',
        tags: ['Alumni', 'Design'],
        doNotContact: true,
        shared: false,
      }),
    ];
    await app.dataSource
      .getRepository(ContactEntity)
      .update({ id: ids[1]! }, { archivedAt: new Date('2026-03-02T09:30:00.123Z') });
    const hydrate = rowHydrator(app.dataSource, ContactEntity);
    const p = app.dataSource.options.type === 'postgres' ? '$1' : '?';
    for (const id of ids) {
      const orm = await app.dataSource.getRepository(ContactEntity).findOneByOrFail({ id });
      const [raw] = (await app.dataSource.query(`SELECT * FROM contacts WHERE id = ${p}`, [
        id,
      ])) as Record<string, unknown>[];
      // The ORM's object also carries its relations, unloaded.
      expect(hydrate(raw!)).toEqual({ ...orm, company: undefined, owner: undefined });
    }
  });
});
