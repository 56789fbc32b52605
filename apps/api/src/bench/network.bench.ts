import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { seededRandom, syntheticNetwork } from '@rapport/domain';
import { hashPassword } from '../auth/password.js';
import { toGlobalId } from '../common/global-id.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { createThrowawayDatabase } from '../db/throwaway-database.js';
import { loadSyntheticNetwork } from '../network/synthetic-load.js';
import { createApp } from '../server/app.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * `npm run bench:network`: warm-intro paths over a synthetic network of
 * BENCH_NETWORK_CONTACTS contacts (100,000) and BENCH_NETWORK_CONNECTIONS
 * edges (1,000,000) on a throwaway database: SQLite, or PostgreSQL when
 * DATABASE_URL names a server. Prints the time to seed, to load the
 * in-memory index and its memory, then p50/p95/p99 of `warmIntroPaths`
 * through the real GraphQL endpoint (Fastify inject: the whole HTTP and
 * GraphQL stack, no sockets), sequential requests, after a warm-up.
 * Run with --expose-gc for a cleaner memory figure.
 */
const CONTACTS = Number(process.env.BENCH_NETWORK_CONTACTS ?? 100_000);
const CONNECTIONS = Number(process.env.BENCH_NETWORK_CONNECTIONS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_NETWORK_REQUESTS ?? 400);
const SEED = Number(process.env.BENCH_NETWORK_SEED ?? 2026);
const PASSWORD = 'bench password';

const QUERY = `query($target: IntroTargetInput!, $seekerId: ID) {
  warmIntroPaths(target: $target, first: 3, seekerId: $seekerId) {
    length weakestStrength
    hops { kind sentence strength recordedAt from { __typename } to { ... on Contact { id fullName } } }
  }
}`;

const gc = (globalThis as { gc?: () => void }).gc;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const { database, drop } = await createThrowawayDatabase();
const dataSource = await openDatabase(database);
const config = {
  ...loadConfig({}),
  database,
  logLevel: 'silent' as const,
  serveClients: false,
  seedDemoData: false,
  // Hundreds of back-to-back requests from one caller: the bucket must not be what is measured.
  costBucketCapacity: 10_000_000,
};
const { server, services } = await createApp(config, dataSource);

try {
  const passwordHash = await hashPassword(PASSWORD);
  const seekerAccount = randomUUID();
  await dataSource.getRepository(UserEntity).insert([
    {
      id: randomUUID(),
      email: 'staff@bench.example',
      name: 'Bench Staff',
      role: 'STAFF',
      passwordHash,
    },
    {
      id: seekerAccount,
      email: 'seeker@bench.example',
      name: 'Bench Seeker',
      role: 'SEEKER',
      passwordHash,
    },
  ]);

  console.log(
    `database: ${database.kind}; network: ${CONTACTS.toLocaleString('en')} contacts, ${CONNECTIONS.toLocaleString('en')} connections (seed ${SEED})`,
  );
  let t0 = performance.now();
  const network = syntheticNetwork({
    seed: SEED,
    contacts: CONTACTS,
    connections: CONNECTIONS,
    from: new Date('2023-01-01T00:00:00Z'),
    to: new Date('2026-01-01T00:00:00Z'),
  });
  const loaded = await loadSyntheticNetwork(dataSource, network, {
    seekerUserIds: [seekerAccount],
  });
  console.log(`  generate + insert: ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  t0 = performance.now();
  const loadCpu = process.cpuUsage();
  await services.network.index.ready();
  const loadMs = performance.now() - t0;
  const loadCpuUsed = process.cpuUsage(loadCpu);
  gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const stats = services.network.index.stats;
  console.log(
    `  index load: ${(loadMs / 1000).toFixed(2)} s (cpu ${((loadCpuUsed.user + loadCpuUsed.system) / 1e6).toFixed(2)} s) for ${stats.edges.toLocaleString('en')} edges, ${stats.nodes.toLocaleString('en')} nodes; heap +${megabytes(heapAfter - heapBefore)} (${Math.round((heapAfter - heapBefore) / stats.edges)} bytes an edge${gc ? '' : ', without --expose-gc'}); rss ${megabytes(process.memoryUsage().rss)}`,
  );

  const signIn = async (email: string) => {
    const response = await server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({
        query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
        variables: { input: { email, password: PASSWORD } },
      }),
    });
    return String(response.headers['set-cookie']).split(';')[0]!;
  };
  const staffCookie = await signIn('staff@bench.example');
  const seekerCookie = await signIn('seeker@bench.example');
  const random = seededRandom(SEED + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;

  const run = async (label: string, variables: () => Record<string, unknown>, cookie: string) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let withPaths = 0;
    let hops = 0;
    for (let i = 0; i < 50 + REQUESTS; i += 1) {
      const payload = JSON.stringify({ query: QUERY, variables: variables() });
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      const response = await server.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json', cookie },
        payload,
      });
      const elapsed = performance.now() - started;
      const cpuUsed = process.cpuUsage(cpuBefore);
      const body = response.json() as {
        data?: { warmIntroPaths: { length: number }[] };
        errors?: unknown[];
      };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      if (i < 50) continue; // warm-up
      wall.push(elapsed);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
      const paths = body.data!.warmIntroPaths;
      if (paths.length > 0) withPaths += 1;
      hops += paths.reduce((sum, path) => sum + path.length, 0);
    }
    const pct = (list: number[], p: number) => {
      const sorted = [...list].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!.toFixed(
        2,
      ).padStart(6);
    };
    const line = (name: string, list: number[]) =>
      `    ${name} p50 ${pct(list, 0.5)} ms  p95 ${pct(list, 0.95)} ms  p99 ${pct(list, 0.99)} ms`;
    console.log(
      `  ${label}: ${withPaths}/${REQUESTS} found paths, ${(hops / Math.max(1, withPaths)).toFixed(1)} hops per answer`,
    );
    console.log(line('wall', wall));
    console.log(line('cpu ', cpu));
  };

  console.log(
    `\nwarmIntroPaths(first: 3), ${REQUESTS} sequential requests each after 50 to warm up; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores. wall: time to answer; cpu: this process's CPU time for it, which other work on the machine inflates far less.`,
  );
  const seekers = loaded.seekerIds;
  await run(
    'seeker → a company (own paths)',
    () => ({ target: { companyId: toGlobalId('Company', pick(loaded.companyIds)) } }),
    seekerCookie,
  );
  await run(
    'staff for any seeker → a company',
    () => ({
      target: { companyId: toGlobalId('Company', pick(loaded.companyIds)) },
      seekerId: toGlobalId('User', pick(seekers)),
    }),
    staffCookie,
  );
  await run(
    'staff for any seeker → a contact',
    () => ({
      target: { contactId: toGlobalId('Contact', pick(loaded.contactIds)) },
      seekerId: toGlobalId('User', pick(seekers)),
    }),
    staffCookie,
  );
} finally {
  await server.close();
  await dataSource.destroy();
  await drop();
}
