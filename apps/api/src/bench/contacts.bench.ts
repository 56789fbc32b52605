import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../auth/password.js';
import { CompanyEntity } from '../company/company.entity.js';
import { loadConfig } from '../config.js';
import { ContactEntity, ContactTagEntity } from '../contact/contact.entity.js';
import { contactColumns } from '../contact/contact.service.js';
import { openDatabase } from '../db/data-source.js';
import { createThrowawayDatabase, QueryCounter } from '../db/throwaway-database.js';
import { createApp } from '../server/app.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * `npm run bench:contacts -w @rapport/api`: the staff contacts table at
 * BENCH_CONTACTS contacts (100,000 by default), as the dashboard asks for
 * it: a search plus a tag filter, 20 rows, with company and throttle. Prints
 * SQL statements per request and in-process latency (fastify inject) p50/p95.
 * PostgreSQL when DATABASE_URL names a server, else SQLite.
 */
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const QUERY = `query($search: String, $tag: String, $after: String) {
  contacts(first: 20, search: $search, tag: $tag, after: $after) {
    edges { cursor node { id fullName title email doNotContact company { name } throttle { atCap nearCap } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const FIRST = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Eli',
  'Fatima',
  'Gus',
  'Hana',
  'Ivan',
  'Jo',
  'Kai',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
];
const LAST = [
  'Smith',
  'García',
  'Nguyen',
  'Okafor',
  'Müller',
  'Rossi',
  'Kowalski',
  'Haddad',
  'Silva',
  'Tanaka',
  'Martin',
  'Brown',
];
const TITLES = [
  'Operations Manager',
  'Engineering Manager',
  'Head of Design',
  'Finance Director',
  'HR Lead',
  'Plant Manager',
];
const TAGS = ['operations', 'engineering', 'design', 'finance', 'hr', 'plant', 'vip', 'board'];

const { database, drop } = await createThrowawayDatabase();
const counter = new QueryCounter();
const dataSource = await openDatabase(database, counter);
const config = {
  ...loadConfig({}),
  database,
  logLevel: 'silent' as const,
  serveClients: false,
  seedDemoData: false,
  // Hundreds of requests back to back: the per-client cost bucket would refuse them.
  costBucketCapacity: 10_000_000,
};
const { server } = await createApp(config, dataSource);

try {
  const now = new Date();
  await dataSource.getRepository(UserEntity).insert({
    id: randomUUID(),
    email: 'bench@example.com',
    name: 'Bench Staff',
    role: 'STAFF',
    passwordHash: await hashPassword('bench password'),
  });
  const companies = Array.from({ length: 1000 }, (_, i) => ({
    id: randomUUID(),
    name: `Company ${String(i).padStart(4, '0')}`,
    nameKey: `company ${String(i).padStart(4, '0')}`,
    hiringStatus: 'UNKNOWN' as const,
    hiringStatusChangedAt: now,
  }));
  for (let i = 0; i < companies.length; i += 200) {
    await dataSource.getRepository(CompanyEntity).insert(companies.slice(i, i + 200));
  }
  const started = performance.now();
  for (let i = 0; i < CONTACTS; i += 500) {
    const rows: Partial<ContactEntity>[] = [];
    const tags: { contactId: string; tagKey: string }[] = [];
    for (let j = i; j < Math.min(CONTACTS, i + 500); j += 1) {
      const id = randomUUID();
      const company = companies[j % companies.length]!;
      const name = `${FIRST[j % FIRST.length]} ${LAST[Math.floor(j / FIRST.length) % LAST.length]} ${j}`;
      const contactTags = [TAGS[j % TAGS.length]!, TAGS[(j * 7) % TAGS.length]!].filter(
        (t, k, a) => a.indexOf(t) === k,
      );
      rows.push({
        id,
        personId: id,
        companyId: company.id,
        ownerId: null,
        ...contactColumns(
          {
            name,
            title: TITLES[j % TITLES.length]!,
            email: `c${j}@example.com`,
            phone: null,
            mailingAddress: null,
            notes: null,
            tags: contactTags,
          },
          company.name,
        ),
        source: 'AGENCY' as const,
        doNotContact: j % 97 === 0,
        sharedWithSeekers: j % 5 !== 0,
        createdAt: new Date(now.getTime() - j * 1000),
      });
      tags.push(...contactTags.map((tagKey) => ({ contactId: id, tagKey })));
    }
    await dataSource.transaction(async (m) => {
      await m.insert(ContactEntity, rows);
      await m.insert(ContactTagEntity, tags);
    });
  }
  if (database.kind === 'postgres') await dataSource.query('ANALYZE');
  else await dataSource.query('ANALYZE');
  console.log(
    `${database.kind}: ${CONTACTS} contacts written in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  const signIn = await server.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({
      query:
        'mutation { signIn(input: {email: "bench@example.com", password: "bench password"}) { id } }',
    }),
  });
  const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
  const run = async (variables: Record<string, unknown>) => {
    const before = counter.count;
    const t = performance.now();
    const response = await server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', cookie },
      payload: JSON.stringify({ query: QUERY, variables }),
    });
    const ms = performance.now() - t;
    const body = response.json() as { errors?: unknown; data?: { contacts: { edges: unknown[] } } };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { ms, statements: counter.count - before, rows: body.data!.contacts.edges.length };
  };
  const cases: [string, Record<string, unknown>][] = [
    ['search "manager" + tag "vip"', { search: 'manager', tag: 'vip' }],
    ['search "garcia" + tag "design"', { search: 'garcia', tag: 'design' }],
    ['search "c99999@" (rare) + tag "board"', { search: 'c99999@', tag: 'board' }],
    ['no filter', {}],
  ];
  for (const [label, variables] of cases) {
    await run(variables);
    const times: number[] = [];
    let statements = 0;
    let rows = 0;
    const n = Math.max(20, Math.floor(REQUESTS / cases.length));
    for (let i = 0; i < n; i += 1) {
      const r = await run(variables);
      times.push(r.ms);
      statements = r.statements;
      rows = r.rows;
    }
    times.sort((a, b) => a - b);
    const p = (q: number) =>
      times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    console.log(
      `${label}: ${rows} rows, ${statements} SQL statements/request, p50 ${p(0.5)} ms, p95 ${p(0.95)} ms (${n} requests)`,
    );
  }
} finally {
  await server.close();
  await dataSource.destroy();
  await drop();
}
