import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ContactEntity } from '../src/contact/contact.entity.js';
import {
  type Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
} from './support/test-app.js';

const CREATE = `mutation($input: CompanyInput!) {
  createCompany(input: $input) { id name website industry officeAddress hiringStatus hiringStatusChangedAt }
}`;
const LIST = `query($first: Int!, $after: String, $search: String, $hiringStatus: HiringStatus) {
  companies(first: $first, after: $after, search: $search, hiringStatus: $hiringStatus) {
    totalCount
    edges { cursor node { id name hiringStatus } }
    pageInfo { hasNextPage hasPreviousPage endCursor }
  }
}`;

interface Page {
  companies: {
    totalCount: number;
    edges: { cursor: string; node: { id: string; name: string; hiringStatus: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

describe('companies', () => {
  let app: TestApp;
  let staff: Client;
  let seeker: Client;
  let clock = new Date('2026-03-02T09:00:00Z');

  beforeAll(async () => {
    app = await createTestApp();
    app.services.now = () => clock;
    staff = await signedInAs(app, 'STAFF');
    seeker = await signedInAs(app, 'SEEKER');
  });
  afterAll(async () => app.close());

  it('lets staff add a company with normalised details', async () => {
    const result = await staff.gql<{ createCompany: Record<string, unknown> }>(CREATE, {
      input: {
        name: '  Acme Corp ',
        website: 'acme.example',
        industry: 'Manufacturing',
        officeAddress: '',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.createCompany).toMatchObject({
      name: 'Acme Corp',
      website: 'https://acme.example/',
      industry: 'Manufacturing',
      officeAddress: null,
      hiringStatus: 'UNKNOWN',
      hiringStatusChangedAt: '2026-03-02T09:00:00.000Z',
    });
  });

  it('refuses bad input with the domain code and the field', async () => {
    const noName = await staff.gql(CREATE, { input: { name: '   ' } });
    expect(errorCode(noName)).toBe('COMPANY.INVALID_NAME');
    expect(noName.errors?.[0]?.extensions?.field).toBe('name');
    const badSite = await staff.gql(CREATE, { input: { name: 'X', website: 'not a site' } });
    expect(errorCode(badSite)).toBe('COMPANY.INVALID_WEBSITE');
    expect(badSite.errors?.[0]?.message).toMatch(/web address/);
  });

  it('keeps seekers and visitors out of staff mutations', async () => {
    expect(errorCode(await seeker.gql(CREATE, { input: { name: 'Sneaky' } }))).toBe('FORBIDDEN');
    const { Client } = await import('./support/test-app.js');
    expect(errorCode(await new Client(app).gql(CREATE, { input: { name: 'Sneaky' } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await new Client(app).gql(LIST, { first: 5 }))).toBe('UNAUTHENTICATED');
  });

  it('pages through companies in name order without gaps or repeats', async () => {
    for (let i = 0; i < 23; i += 1) {
      const name = `Page Test ${String(i).padStart(2, '0')}`;
      const created = await staff.gql(CREATE, { input: { name } });
      expect(created.errors).toBeUndefined();
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: Page | null } = await seeker.gql<Page>(LIST, {
        first: 10,
        after,
        search: 'page test',
      });
      const connection: Page['companies'] = result.data!.companies;
      expect(connection.totalCount).toBe(23);
      expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...connection.edges.map((e) => e.node.name));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(23);
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(23);
  });

  it('searches by any part of the name, any case, with wildcards taken literally', async () => {
    await staff.gql(CREATE, { input: { name: '100% Organic Ltd' } });
    await staff.gql(CREATE, { input: { name: '1000 Organic Farms' } });
    const byCase = await seeker.gql<Page>(LIST, { first: 10, search: 'ACME' });
    expect(byCase.data?.companies.edges.map((e) => e.node.name)).toEqual(['Acme Corp']);
    const literal = await seeker.gql<Page>(LIST, { first: 10, search: '0%' });
    expect(literal.data?.companies.edges.map((e) => e.node.name)).toEqual(['100% Organic Ltd']);
  });

  it('refuses page sizes outside 1..100 and forged cursors', async () => {
    expect(errorCode(await seeker.gql(LIST, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await seeker.gql(LIST, { first: 0 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await seeker.gql(LIST, { first: 5, after: 'garbage' }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('records when the hiring status really changed and filters by it', async () => {
    const SET = `mutation($id: ID!, $status: HiringStatus!) {
      setCompanyHiringStatus(id: $id, status: $status) { hiringStatus hiringStatusChangedAt }
    }`;
    const list = await seeker.gql<Page>(LIST, { first: 1, search: 'acme' });
    const id = list.data!.companies.edges[0]!.node.id;

    clock = new Date('2026-03-05T15:30:00Z');
    const hiring = await staff.gql(SET, { id, status: 'HIRING' });
    expect(hiring.data?.setCompanyHiringStatus).toEqual({
      hiringStatus: 'HIRING',
      hiringStatusChangedAt: '2026-03-05T15:30:00.000Z',
    });
    clock = new Date('2026-03-06T10:00:00Z');
    const again = await staff.gql(SET, { id, status: 'HIRING' });
    expect(again.data?.setCompanyHiringStatus).toMatchObject({
      hiringStatusChangedAt: '2026-03-05T15:30:00.000Z',
    });

    const hiringOnly = await seeker.gql<Page>(LIST, { first: 100, hiringStatus: 'HIRING' });
    expect(hiringOnly.data?.companies.edges.map((e) => e.node.name)).toEqual(['Acme Corp']);
    expect(errorCode(await seeker.gql(SET, { id, status: 'NOT_HIRING' }))).toBe('FORBIDDEN');
  });

  it('edits details and reports unknown or malformed ids clearly', async () => {
    const UPDATE = `mutation($id: ID!, $input: CompanyInput!) { updateCompany(id: $id, input: $input) { name industry } }`;
    const list = await seeker.gql<Page>(LIST, { first: 1, search: 'acme' });
    const id = list.data!.companies.edges[0]!.node.id;
    const updated = await staff.gql(UPDATE, {
      id,
      input: { name: 'Acme Corporation', industry: 'Robotics' },
    });
    expect(updated.data?.updateCompany).toEqual({ name: 'Acme Corporation', industry: 'Robotics' });

    const missing = Buffer.from(`Company:${randomUUID()}`).toString('base64url');
    expect(errorCode(await staff.gql(UPDATE, { id: missing, input: { name: 'X' } }))).toBe(
      'NOT_FOUND',
    );
    const userId = Buffer.from(`User:${randomUUID()}`).toString('base64url');
    expect(
      errorCode(await seeker.gql('query($id: ID!) { company(id: $id) { name } }', { id: userId })),
    ).toBe('BAD_USER_INPUT');
  });

  it('shows contact counts to staff only, in a constant number of statements', async () => {
    const COUNTS = `query($first: Int!) { companies(first: $first, search: "page test") { edges { node { name contactCount } } } }`;
    const first = await staff.gql<{ companies: { edges: { node: { name: string } }[] } }>(COUNTS, {
      first: 2,
    });
    const names = first.data!.companies.edges.map((e) => e.node.name);
    const ids = await Promise.all(
      names.map(
        async (name) =>
          (await app.dataSource.query(`SELECT id FROM companies WHERE name = '${name}'`))[0].id,
      ),
    );
    await app.dataSource.getRepository(ContactEntity).insert(
      [0, 1, 2].map((i) => {
        const id = randomUUID();
        return {
          id,
          personId: id,
          companyId: ids[i % 2],
          ownerId: null,
          fullName: `Contact ${i}`,
          nameKey: `contact ${i}`,
          searchKey: `contact ${i}`,
          tags: [],
          source: 'AGENCY' as const,
        };
      }),
    );

    const measure = async (size: number) => {
      const { statements, result } = await statementsFor<{
        companies: { edges: { node: { name: string; contactCount: number } }[] };
      }>(app, staff, COUNTS, { first: size });
      expect(result.errors).toBeUndefined();
      return { statements, edges: result.data!.companies.edges };
    };
    const small = await measure(2);
    const large = await measure(20);
    expect(small.edges.map((e) => e.node.contactCount)).toEqual([2, 1]);
    expect(large.edges).toHaveLength(20);
    expect(large.statements).toBe(small.statements);

    const forbidden = await seeker.gql(COUNTS, { first: 2 });
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });

  it('counts the total only when a client asks for it', async () => {
    const withTotal = await statementsFor(
      app,
      seeker,
      '{ companies(first: 5) { totalCount edges { cursor } } }',
    );
    const without = await statementsFor(
      app,
      seeker,
      '{ companies(first: 5) { edges { cursor } } }',
    );
    expect(withTotal.result.errors).toBeUndefined();
    expect(without.result.errors).toBeUndefined();
    expect(withTotal.statements - without.statements).toBe(1);
  });
});
