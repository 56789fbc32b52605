import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { hashPassword } from '../auth/password.js';
import { CompanyEntity } from '../company/company.entity.js';
import { loadConfig } from '../config.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { openDatabase } from '../db/data-source.js';
import { createThrowawayDatabase, QueryCounter } from '../db/throwaway-database.js';
import { createApp } from '../server/app.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * `npm run bench`: the companies list as the dashboard asks for it (with
 * contact counts), on a throwaway database of BENCH_COMPANIES companies.
 * Prints SQL statements per request at several page sizes (must not grow)
 * and in-process throughput and latency (fastify inject, no sockets), for
 * comparing one commit with the next on the same machine.
 */
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 500);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const QUERY = `query($first: Int!, $after: String) {
  companies(first: $first, after: $after) {
    totalCount
    edges { cursor node { id name industry hiringStatus hiringStatusChangedAt contactCount } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const { database, drop } = await createThrowawayDatabase();
const counter = new QueryCounter();
const dataSource = await openDatabase(database, counter);
const config = {
  ...loadConfig({}),
  database,
  logLevel: 'silent' as const,
  serveClients: false,
  seedDemoData: false,
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
  const companies = Array.from({ length: COMPANIES }, (_, i) => {
    const name = `Company ${String(i).padStart(5, '0')}`;
    return {
      id: randomUUID(),
      name,
      nameKey: name.toLowerCase(),
      industry: 'Benchmarking',
      hiringStatus: 'UNKNOWN' as const,
      hiringStatusChangedAt: now,
    };
  });
  for (let i = 0; i < companies.length; i += 200) {
    await dataSource.getRepository(CompanyEntity).insert(companies.slice(i, i + 200));
  }
  const contacts = companies.flatMap((company, i) =>
    Array.from({ length: i % 4 }, (_, j) => {
      const id = randomUUID();
      const fullName = `Contact ${i}-${j}`;
      return {
        id,
        personId: id,
        companyId: company.id,
        ownerId: null,
        fullName,
        nameKey: fullName.toLowerCase(),
        searchKey: fullName.toLowerCase(),
        tags: [],
        source: 'AGENCY' as const,
      };
    }),
  );
  for (let i = 0; i < contacts.length; i += 200) {
    await dataSource.getRepository(ContactEntity).insert(contacts.slice(i, i + 200));
  }

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
  const request = (first: number) =>
    server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', cookie },
      payload: JSON.stringify({ query: QUERY, variables: { first } }),
    });

  console.log(`database: ${database.kind}, ${COMPANIES} companies, ${contacts.length} contacts`);
  console.log('\nSQL statements per request (session lookup included):');
  for (const first of [10, 50, 100]) {
    const before = counter.count;
    const response = await request(first);
    if (response.statusCode !== 200 || response.json().errors) throw new Error(response.body);
    console.log(`  first: ${String(first).padStart(3)}  ->  ${counter.count - before} statements`);
  }

  for (let i = 0; i < 100; i += 1) await request(20); // warm-up
  const latencies: number[] = [];
  const started = performance.now();
  for (let i = 0; i < REQUESTS; i += 1) {
    const t0 = performance.now();
    await request(20);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!.toFixed(2);
  console.log(`\ncompanies(first: 20) with contactCount, ${REQUESTS} sequential requests:`);
  console.log(
    `  ${(REQUESTS / seconds).toFixed(0)} req/s   p50 ${pct(0.5)} ms   p95 ${pct(0.95)} ms   p99 ${pct(0.99)} ms`,
  );
} finally {
  await server.close();
  await dataSource.destroy();
  await drop();
}
