import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import { createTestApp, errorCode, signedInAs, type TestApp } from './support/test-app.js';

const CONTACT = `query($id: ID!) { contact(id: $id) { id fullName source company { name } } }`;

describe('contacts', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  const insertContact = async (ownerId: string | null, fullName: string) => {
    const id = randomUUID();
    await app.dataSource.getRepository(ContactEntity).insert({
      id,
      ownerId,
      fullName,
      tags: [],
      source: ownerId ? 'SEEKER' : 'AGENCY',
    });
    return id;
  };

  it("keeps a seeker's own contacts private to that seeker", async () => {
    await proveOwnedBySeeker(app, {
      type: 'Contact',
      createOwnedBy: (seekerId) => insertContact(seekerId, 'Private Person'),
      operations: {
        contact: { document: CONTACT },
        warmIntroPaths: {
          document: `query($id: ID!) { warmIntroPaths(target: { contactId: $id }) { length } }`,
        },
      },
    });
  });

  it('hides seekers’ private contacts from staff too, until sharing exists', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const me = await seeker.gql<{ me: { id: string } }>('{ me { id } }');
    const seekerId = Buffer.from(me.data!.me.id, 'base64url').toString().split(':')[1]!;
    const id = toGlobalId('Contact', await insertContact(seekerId, 'Kept Back'));
    const staff = await signedInAs(app, 'STAFF');
    expect(errorCode(await staff.gql(CONTACT, { id }))).toBe('NOT_FOUND');
  });

  it('shows agency contacts to every signed-in user, with their company', async () => {
    const id = toGlobalId('Contact', await insertContact(null, 'Agency Person'));
    const seeker = await signedInAs(app, 'SEEKER');
    const result = await seeker.gql(CONTACT, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data?.contact).toMatchObject({
      fullName: 'Agency Person',
      source: 'AGENCY',
      company: null,
    });
  });

  it('refuses a company id where a contact id is expected', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const result = await seeker.gql(CONTACT, { id: toGlobalId('Company', randomUUID()) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
