import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { insertAsk, insertCompany, insertContact, userIdOf } from './support/contacts.js';
import { proveOwnedBySeeker } from './support/ownership.js';
import {
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type Client,
  type TestApp,
} from './support/test-app.js';

const CONTACT = `query($id: ID!) { contact(id: $id) { id fullName source company { name } } }`;
const LIST = `query($first: Int!, $after: String, $search: String, $tag: String, $sharing: ContactSharing, $sort: ContactSort, $doNotContact: Boolean, $companyId: ID) {
  contacts(first: $first, after: $after, search: $search, tag: $tag, sharing: $sharing, sort: $sort, doNotContact: $doNotContact, companyId: $companyId) {
    totalCount
    edges { node { id fullName doNotContact sharedWithSeekers throttle { asksInWindow atCap nearCap } company { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SEEKER_LIST = `query($first: Int!, $sharing: ContactSharing, $search: String) {
  contacts(first: $first, sharing: $sharing, search: $search) { edges { node { id fullName source myAsk { status } } } }
}`;
type Page = {
  contacts: {
    totalCount: number;
    edges: { node: { id: string; fullName: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const names = (r: { data?: Page | null }) => r.data!.contacts.edges.map((e) => e.node.fullName);

describe('contacts', () => {
  let app: TestApp;
  let staff: Client;
  let seeker: Client;
  let seekerId: string;
  let acme: string;
  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    staff = await signedInAs(app, 'STAFF');
    seeker = await signedInAs(app, 'SEEKER');
    seekerId = await userIdOf(seeker);
    acme = await insertCompany(app, 'Acme Rockets');
  });
  afterAll(async () => app.close());

  it("keeps a seeker's own contacts private to that seeker, through every operation taking its id", async () => {
    const UPDATE = `mutation($id: ID!) { updateContact(id: $id, input: { fullName: "Renamed" }) { id } }`;
    await proveOwnedBySeeker(app, {
      type: 'Contact',
      createOwnedBy: (owner) => insertContact(app, { ownerId: owner, fullName: 'Private Person' }),
      operations: {
        contact: { document: CONTACT },
        updateContact: { document: UPDATE },
        archiveContact: { document: `mutation($id: ID!) { archiveContact(id: $id) { id } }` },
        restoreContact: { document: `mutation($id: ID!) { restoreContact(id: $id) { id } }` },
        warmIntroPaths: {
          document: `query($id: ID!) { warmIntroPaths(target: { contactId: $id }) { length } }`,
        },
        recordAsk: {
          document: `mutation($id: ID!) { recordAsk(input: { contactId: $id, channel: PHONE }) { id } }`,
        },
      },
    });
  });

  it('hides seekers’ private contacts from staff, in lookups and lists', async () => {
    const id = toGlobalId(
      'Contact',
      await insertContact(app, { ownerId: seekerId, fullName: 'Kept Back Zed' }),
    );
    expect(errorCode(await staff.gql(CONTACT, { id }))).toBe('NOT_FOUND');
    expect(names(await staff.gql<Page>(LIST, { first: 100, search: 'kept back' }))).toEqual([]);
    expect(
      names(
        await seeker.gql<Page>(LIST.replace(/throttle \{[^}]*\}/, ''), {
          first: 100,
          search: 'kept back',
        }),
      ),
    ).toEqual(['Kept Back Zed']);
  });

  it('shows seekers shared agency contacts and their own, never agency-only or archived ones', async () => {
    await insertContact(app, { fullName: 'Vis Shared', shared: true });
    await insertContact(app, { fullName: 'Vis Agency Only', shared: false });
    const other = await signedInAs(app, 'SEEKER');
    await insertContact(app, { fullName: 'Vis Someone Elses', ownerId: await userIdOf(other) });
    await insertContact(app, { fullName: 'Vis Mine', ownerId: seekerId });
    const all = await seeker.gql<Page>(SEEKER_LIST, { first: 50, search: 'vis ' });
    expect(names(all).sort()).toEqual(['Vis Mine', 'Vis Shared']);
    expect(
      names(await seeker.gql<Page>(SEEKER_LIST, { first: 50, search: 'vis ', sharing: 'MINE' })),
    ).toEqual(['Vis Mine']);
    expect(
      names(
        await seeker.gql<Page>(SEEKER_LIST, { first: 50, search: 'vis ', sharing: 'AGENCY_ONLY' }),
      ),
    ).toEqual([]);
    expect(
      names(await staff.gql<Page>(LIST, { first: 50, search: 'vis ', sharing: 'AGENCY_ONLY' })),
    ).toEqual(['Vis Agency Only']);
    const shared = all.data!.contacts.edges.find((e) => e.node.fullName === 'Vis Shared')!.node.id;
    await staff.gql(`mutation($id: ID!) { archiveContact(id: $id) { id } }`, { id: shared });
    expect(errorCode(await seeker.gql(CONTACT, { id: shared }))).toBe('NOT_FOUND');
    expect(names(await seeker.gql<Page>(SEEKER_LIST, { first: 50, search: 'vis ' }))).toEqual([
      'Vis Mine',
    ]);
  });

  it('searches name, title, email and company with case and accents ignored, and filters by tag and do-not-contact', async () => {
    await insertContact(app, {
      fullName: 'José Núñez',
      title: 'Plant Director',
      companyId: acme,
      companyName: 'Acme Rockets',
      tags: ['Ops'],
    });
    await insertContact(app, {
      fullName: 'Other Person',
      email: 'boss@zeta.example',
      doNotContact: true,
      tags: ['ops'],
    });
    expect(names(await staff.gql<Page>(LIST, { first: 10, search: 'jose nu' }))).toEqual([
      'José Núñez',
    ]);
    expect(names(await staff.gql<Page>(LIST, { first: 10, search: 'PLANT dir' }))).toEqual([
      'José Núñez',
    ]);
    expect(names(await staff.gql<Page>(LIST, { first: 10, search: 'acme rock' }))).toEqual([
      'José Núñez',
    ]);
    expect(names(await staff.gql<Page>(LIST, { first: 10, search: 'zeta.example' }))).toEqual([
      'Other Person',
    ]);
    expect(names(await staff.gql<Page>(LIST, { first: 10, tag: 'OPS' })).sort()).toEqual([
      'José Núñez',
      'Other Person',
    ]);
    expect(
      names(await staff.gql<Page>(LIST, { first: 10, tag: 'ops', doNotContact: true })),
    ).toEqual(['Other Person']);
    expect(
      names(await staff.gql<Page>(LIST, { first: 10, companyId: toGlobalId('Company', acme) })),
    ).toEqual(['José Núñez']);
  });

  it('pages every sort without gaps or repeats', async () => {
    const base = new Date('2026-01-01T00:00:00Z').getTime();
    for (let i = 0; i < 25; i += 1) {
      await insertContact(app, {
        fullName: `Pager ${String(i % 7)} ${i}`,
        createdAt: new Date(base + Math.floor(i / 3) * 1000),
      });
    }
    for (const sort of ['NAME', 'COMPANY', 'NEWEST']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const r: { data?: Page | null } = await staff.gql<Page>(LIST, {
          first: 4,
          after,
          search: 'pager',
          sort,
        });
        seen.push(...names(r));
        after = r.data!.contacts.pageInfo.hasNextPage ? r.data!.contacts.pageInfo.endCursor : null;
      } while (after);
      expect(seen, sort).toHaveLength(25);
      expect(new Set(seen).size, sort).toBe(25);
    }
  });

  it('lists a page of contacts, and a company’s contacts, in the same number of statements at 10 and 100 rows', async () => {
    const bulk = await insertCompany(app, 'Bulk Co');
    for (let i = 0; i < 110; i += 1) {
      const id = await insertContact(app, {
        fullName: `Bulk ${i}`,
        companyId: bulk,
        companyName: 'Bulk Co',
        tags: ['bulk'],
      });
      if (i % 10 === 0) await insertAsk(app, { ownerId: seekerId, contactId: id });
    }
    const measure = async (client: Client, query: string, vars: Record<string, unknown>) => {
      const { statements, result } = await statementsFor(app, client, query, vars);
      expect(result.errors).toBeUndefined();
      return statements;
    };
    const STAFF_PAGE = LIST.replace('totalCount', '');
    expect(await measure(staff, STAFF_PAGE, { first: 10, tag: 'bulk' })).toBe(
      await measure(staff, STAFF_PAGE, { first: 100, tag: 'bulk' }),
    );
    const SEEKER_PAGE = `query($first: Int!) { contacts(first: $first, search: "bulk") { edges { node { id myAsk { status history { status } } company { name } askScript { phone } } } } }`;
    expect(await measure(seeker, SEEKER_PAGE, { first: 10 })).toBe(
      await measure(seeker, SEEKER_PAGE, { first: 100 }),
    );
    const COMPANY_PAGE = `query($id: ID!, $first: Int!) { company(id: $id) { contacts(first: $first) { edges { node { id fullName throttle { atCap } } } } } }`;
    const id = toGlobalId('Company', bulk);
    expect(await measure(staff, COMPANY_PAGE, { id, first: 10 })).toBe(
      await measure(staff, COMPANY_PAGE, { id, first: 100 }),
    );
  });

  it('lets a seeker add a private contact, linked to the agency record of the same person', async () => {
    const CREATE = `mutation($input: ContactInput!) { createContact(input: $input) { id fullName source sharedWithSeekers doNotContact doNotContactReason } }`;
    await insertContact(app, {
      fullName: 'Flagged Person',
      email: 'flagged@corp.example',
      doNotContact: true,
    });
    const created = await seeker.gql<{ createContact: Record<string, unknown> }>(CREATE, {
      input: { fullName: 'F. Person', email: 'FLAGGED@corp.example', sharedWithSeekers: true },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createContact).toMatchObject({
      source: 'SEEKER',
      sharedWithSeekers: false,
      doNotContact: true,
      doNotContactReason: 'The agency has asked that this person not be contacted.',
    });
    const bad = await seeker.gql(CREATE, { input: { fullName: '  ' } });
    expect(errorCode(bad)).toBe('CONTACT.INVALID_NAME');
    expect(bad.errors?.[0]?.extensions?.field).toBe('fullName');
    const badEmail = await staff.gql(CREATE, { input: { fullName: 'X', email: 'nope' } });
    expect(errorCode(badEmail)).toBe('CONTACT.INVALID_EMAIL');
    expect(badEmail.errors?.[0]?.extensions?.field).toBe('email');
    const badCompany = await staff.gql(CREATE, {
      input: { fullName: 'X', companyId: toGlobalId('Company', randomUUID()) },
    });
    expect(errorCode(badCompany)).toBe('NOT_FOUND');
  });

  it('refuses a company id where a contact id is expected', async () => {
    const result = await seeker.gql(CONTACT, { id: toGlobalId('Company', randomUUID()) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });
});
