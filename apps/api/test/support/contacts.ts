import { randomUUID } from 'node:crypto';
import { AskEntity, AskStatusChangeEntity } from '../../src/ask/ask.entity.js';
import { CompanyEntity } from '../../src/company/company.entity.js';
import { ContactEntity, ContactTagEntity } from '../../src/contact/contact.entity.js';
import { contactColumns } from '../../src/contact/contact.service.js';
import { UserEntity } from '../../src/user/user.entity.js';
import type { TestApp } from './test-app.js';

/** Inserts a contact row directly, as the service would shape it. */
export async function insertContact(
  app: TestApp,
  fields: {
    fullName: string;
    ownerId?: string | null;
    companyId?: string | null;
    companyName?: string | null;
    email?: string | null;
    title?: string | null;
    tags?: string[];
    personId?: string;
    shared?: boolean;
    doNotContact?: boolean;
    createdAt?: Date;
  },
): Promise<string> {
  const id = randomUUID();
  const tags = fields.tags ?? [];
  await app.dataSource.getRepository(ContactEntity).insert({
    id,
    ownerId: fields.ownerId ?? null,
    companyId: fields.companyId ?? null,
    personId: fields.personId ?? id,
    ...contactColumns(
      {
        name: fields.fullName,
        title: fields.title ?? null,
        email: fields.email ?? null,
        phone: null,
        mailingAddress: null,
        notes: null,
        tags,
      },
      fields.companyName ?? null,
    ),
    source: fields.ownerId ? 'SEEKER' : 'AGENCY',
    doNotContact: fields.doNotContact ?? false,
    doNotContactReason: fields.doNotContact ? 'Asked not to be contacted.' : null,
    sharedWithSeekers: fields.ownerId ? false : (fields.shared ?? true),
    archivedAt: null,
    mergedIntoId: null,
    createdAt: fields.createdAt ?? new Date(),
    updatedAt: new Date(),
  });
  if (tags.length > 0) {
    await app.dataSource
      .getRepository(ContactTagEntity)
      .insert(tags.map((t) => ({ contactId: id, tagKey: t.toLowerCase() })));
  }
  return id;
}

export async function insertCompany(app: TestApp, name: string): Promise<string> {
  const id = randomUUID();
  await app.dataSource.getRepository(CompanyEntity).insert({
    id,
    name,
    nameKey: name.toLowerCase(),
    hiringStatus: 'NOT_HIRING',
    hiringStatusChangedAt: new Date(),
  });
  return id;
}

export async function insertAsk(
  app: TestApp,
  fields: {
    ownerId: string;
    contactId: string;
    personId?: string;
    askedAt?: Date;
    status?: AskEntity['status'];
  },
): Promise<string> {
  const id = randomUUID();
  const at = fields.askedAt ?? new Date();
  await app.dataSource.getRepository(AskEntity).insert({
    id,
    ownerId: fields.ownerId,
    contactId: fields.contactId,
    personId: fields.personId ?? fields.contactId,
    companyId: null,
    channel: 'EMAIL',
    note: null,
    status: fields.status ?? 'ASKED',
    askedAt: at,
    statusChangedAt: at,
  });
  await app.dataSource
    .getRepository(AskStatusChangeEntity)
    .insert({ id: randomUUID(), askId: id, position: 0, status: 'ASKED', at, note: null });
  return id;
}

// Tests that import these from here keep working; the helpers live beside the test client.
export { rawId, userIdOf } from './test-app.js';

/**
 * Seeker accounts written straight to the table, for tests that need many
 * people but never sign them in: skipping the password hash keeps a hundred
 * of them to one statement instead of a hundred scrypt runs.
 */
export async function insertSeekers(
  app: TestApp,
  count: number,
  prefix: string,
): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    email: `${prefix}${i}@example.com`,
    name: `${prefix.toUpperCase()} ${i}`,
    role: 'SEEKER' as const,
    passwordHash: 'not-a-usable-hash',
  }));
  await app.dataSource.getRepository(UserEntity).insert(rows);
  return rows.map((row) => row.id);
}
