import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scenarios } from '../src/bench/scenarios.js';
import { seedDemoData } from '../src/seed/demo-data.js';
import { createApp, type App } from '../src/server/app.js';
import { Client, createTestApp, type GraphQLResponse, type TestApp } from './support/test-app.js';

/**
 * The API runs operations compiled by graphql-jit (the default) and can run
 * them on graphql-js' interpreter (GRAPHQL_JIT=false). Both must answer
 * every request alike, data and errors, so the clients' own documents (the
 * ones the bench measures) and a few refusals are sent to two apps on one
 * database and the answers compared. `extensions` is left out: each app
 * keeps its own cost buckets.
 */
const documentOf = (name: string) => scenarios.find((s) => s.name === name)!.query;

describe('graphql-jit and graphql-js answer alike', () => {
  let jit: TestApp;
  let interpreter: App;
  const cookies: Record<'staff' | 'seeker', string> = { staff: '', seeker: '' };

  beforeAll(async () => {
    jit = await createTestApp({ graphqlJit: true });
    await seedDemoData(jit.dataSource, new Date());
    interpreter = await createApp({ ...jit.config, graphqlJit: false }, jit.dataSource);
    await interpreter.server.ready();
    for (const [who, email] of [
      ['staff', 'staff@rapport.test'],
      ['seeker', 'jordan@rapport.test'],
    ] as const) {
      const client = new Client(jit);
      await client.signIn(email, 'rapport-demo-2026');
      cookies[who] = client.cookie!;
    }
  });
  afterAll(async () => {
    await interpreter.server.close();
    await jit.close();
  });

  /** The same request to both apps; both answers, without extensions. */
  async function both(who: 'staff' | 'seeker', query: string, variables = {}) {
    const send = async (app: App) => {
      const response = await app.server.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', cookie: cookies[who] },
        payload: JSON.stringify({ query, variables }),
      });
      const { extensions: _left, ...body } = response.json() as GraphQLResponse;
      return { status: response.statusCode, body };
    };
    const [compiled, interpreted] = [await send(jit), await send(interpreter)];
    expect(compiled).toEqual(interpreted);
    return compiled.body;
  }

  it('gives the same pages, dashboard, timeline and paths', async () => {
    const companies = await both('staff', documentOf('companies-list'), { first: 20 });
    expect(companies.errors).toBeUndefined();
    const companyIds = (
      companies.data as { companies: { edges: { node: { id: string } }[] } }
    ).companies.edges.map((edge) => edge.node.id);
    expect(companyIds.length).toBeGreaterThan(3);

    const contacts = await both('staff', documentOf('contacts-page'), {
      first: 20,
      tag: 'operations',
      sort: 'NAME',
      includeArchived: false,
    });
    expect(contacts.errors).toBeUndefined();
    const everyone = await both('staff', '{ contacts(first: 50) { edges { node { id } } } }');
    const contactIds = (
      everyone.data as { contacts: { edges: { node: { id: string } }[] } }
    ).contacts.edges.map((edge) => edge.node.id);
    for (const id of contactIds.slice(0, 8)) {
      const page = await both('staff', documentOf('contact-timeline'), { id, first: 20 });
      expect(page.errors).toBeUndefined();
    }

    const dashboard = await both('seeker', documentOf('seeker-dashboard'));
    expect(dashboard.errors).toBeUndefined();
    for (const companyId of companyIds.slice(0, 4)) {
      const paths = await both('seeker', documentOf('warm-intro-path'), {
        target: { companyId },
        first: 3,
      });
      expect(paths.errors).toBeUndefined();
    }
  });

  it('refuses alike: a bad variable, a field the caller may not read, an unknown id', async () => {
    const badVariable = await both('staff', documentOf('companies-list'), { first: 'twenty' });
    expect(badVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const notForSeekers = await both(
      'seeker',
      '{ companies(first: 2) { edges { node { name contactCount } } } }',
    );
    expect(notForSeekers.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const unknown = await both(
      'staff',
      '{ company(id: "Q29tcGFueTpub3BlLW5vdC1hLXJlYWwtaWQ") { name } }',
    );
    expect(unknown.errors?.length).toBeGreaterThan(0);
  });
});
