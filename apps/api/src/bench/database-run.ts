import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { openDatabase } from '../db/data-source.js';
import { createThrowawayDatabase } from '../db/throwaway-database.js';
import { bulkInsert } from './bulk-insert.js';
import { buildDataset, type BenchAccount } from './dataset.js';
import { assertSameAnswer, fetchJson } from './equivalence.js';
import { measureLoad, type LoadResult, type Target } from './load.js';
import { describeMachine } from './machine.js';
import { SIZES, type BenchOptions } from './options.js';
import { monotonicMicros, summariseProfile, type ProfileSummary } from './profile.js';
import { readyScenarios, type ReadyScenario } from './scenarios.js';
import { startApi, startRawBaseline, type RunningServer } from './servers.js';
import { inspectStatements, type StatementReport } from './statements.js';

/**
 * One database's part of `npm run bench`, in a process of its own because the
 * entities pick their column types from DATABASE_URL when first imported
 * (db/column-types.ts): SQLite and PostgreSQL cannot share a process. Seeds a
 * throwaway database, counts statements, starts the API and the raw baseline,
 * checks they agree, loads both, profiles the API, and writes its figures as
 * JSON for run.ts to put in the report.
 */
export interface ScenarioResult {
  name: string;
  title: string;
  checkedRequests: number;
  runs: { connections: number; graphql: LoadResult; raw: LoadResult; ratio: number }[];
}

export interface DatabaseResult {
  database: 'sqlite' | 'postgres';
  version: string;
  seeding: {
    migrateMs: number;
    generateMs: number;
    insertMs: number;
    rows: Record<string, number>;
  };
  statements: ({ scenario: string } & StatementReport)[];
  scenarios: ScenarioResult[];
  profile: {
    scenario: string;
    connections: number;
    rps: number;
    file: string;
    summary: ProfileSummary;
  } | null;
  loadAverage: { before: number[]; after: number[] };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const options = JSON.parse(process.env.BENCH_OPTIONS!) as BenchOptions;
const log = (message: string) => console.log(`[${database.kind}] ${message}`);

const { database, drop } = await createThrowawayDatabase();
const loadBefore = describeMachine().loadAverage;
const workDir = fs.mkdtempSync(
  path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'rapport-bench-'),
);
const servers: RunningServer[] = [];
let succeeded = false;

const stopped = async () => {
  for (const server of servers.splice(0)) await server.stop();
};

function targets(
  scenario: ReadyScenario,
  account: BenchAccount,
  api: RunningServer,
  raw: RunningServer,
) {
  const make = (url: string, variables: Record<string, unknown>): Target => ({
    url,
    headers: {
      'content-type': 'application/json',
      cookie: `${SESSION_COOKIE}=${account.sessionToken}`,
    },
    body: JSON.stringify({ query: scenario.request.query, variables }),
  });
  return (variables: Record<string, unknown>) => ({
    graphql: make(`${api.origin}/graphql`, variables),
    raw: make(`${raw.origin}/${scenario.name}`, variables),
  });
}

try {
  const sizes = SIZES[options.size];

  let started = performance.now();
  const dataSource = await openDatabase(database);
  const [versionRow] = (await dataSource.query(
    database.kind === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SHOW server_version',
  )) as Record<string, string>[];
  const version = `${database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${Object.values(versionRow!)[0]}`;
  await dataSource.destroy();
  const migrateMs = performance.now() - started;

  started = performance.now();
  const dataset = await buildDataset(sizes, options.seed);
  const generateMs = performance.now() - started;
  started = performance.now();
  await bulkInsert(database, dataset.tables);
  const insertMs = performance.now() - started;
  const rows = Object.fromEntries(dataset.tables.map((t) => [t.table, t.rows.length]));
  log(
    `seeded ${JSON.stringify(rows)} in ${((generateMs + insertMs) / 1000).toFixed(1)} s (insert ${(insertMs / 1000).toFixed(1)} s)`,
  );

  const statements = [];
  for (const scenario of readyScenarios()) {
    const account = dataset.accounts[scenario.actor];
    const report = await inspectStatements(
      database,
      `${SESSION_COOKIE}=${account.sessionToken}`,
      scenario.request,
      [10, 100],
    );
    statements.push({ scenario: scenario.name, ...report });
    log(
      `${scenario.name}: statements per request ${report.counts.map((c) => `${c.statements} at first ${c.first}`).join(', ')}; ` +
        `slowest ${Math.max(...report.statements.map((s) => s.ms)).toFixed(2)} ms`,
    );
  }

  const api = await startApi(database, workDir, options.apiLogLevel);
  servers.push(api);
  const raw = await startRawBaseline(database, workDir);
  servers.push(raw);

  const scenarioResults: ScenarioResult[] = [];
  for (const scenario of readyScenarios()) {
    const targetsFor = targets(scenario, dataset.accounts[scenario.actor], api, raw);
    const first = targetsFor(scenario.request.variables);
    const graphqlAnswer = await fetchJson(first.graphql);
    assertSameAnswer(scenario.name, graphqlAnswer, await fetchJson(first.raw));
    let checkedRequests = 1;
    const next = scenario.followUp?.(graphqlAnswer);
    if (next) {
      const second = targetsFor(next);
      assertSameAnswer(
        `${scenario.name} (next page)`,
        await fetchJson(second.graphql),
        await fetchJson(second.raw),
      );
      checkedRequests += 1;
    }
    log(`${scenario.name}: GraphQL and raw agree on ${checkedRequests} requests`);

    const runs = [];
    for (const connections of options.connections) {
      const graphql = await measureLoad(
        first.graphql,
        connections,
        options.duration,
        options.warmup,
      );
      const rawResult = await measureLoad(first.raw, connections, options.duration, options.warmup);
      const ratio = graphql.rps / rawResult.rps;
      runs.push({ connections, graphql, raw: rawResult, ratio });
      log(
        `${scenario.name} c=${connections}: GraphQL ${graphql.rps.toFixed(0)} req/s p99 ${graphql.p99.toFixed(1)} ms; ` +
          `raw ${rawResult.rps.toFixed(0)} req/s p99 ${rawResult.p99.toFixed(1)} ms; ratio ${ratio.toFixed(2)}`,
      );
    }
    scenarioResults.push({ name: scenario.name, title: scenario.title, checkedRequests, runs });
  }
  await stopped();

  let profile: DatabaseResult['profile'] = null;
  const profiled = readyScenarios()[0];
  if (options.profile && profiled) {
    // A separate pass: the profiler's overhead must not touch the figures above.
    const profileDir = path.join(workDir, 'profile');
    const profiledApi = await startApi(database, workDir, options.apiLogLevel, [
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
    ]);
    servers.push(profiledApi);
    const connections = Math.min(10, Math.max(...options.connections));
    const target = targets(
      profiled,
      dataset.accounts[profiled.actor],
      profiledApi,
      profiledApi,
    )(profiled.request.variables).graphql;
    const window = { startUs: 0, endUs: 0 };
    const result = await measureLoad(target, connections, options.duration, options.warmup, {
      onMeasureStart: () => (window.startUs = monotonicMicros()),
    });
    window.endUs = monotonicMicros();
    await stopped(); // the profile is written when the process exits
    const written = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'));
    if (!written) throw new Error(`no .cpuprofile in ${profileDir}`);
    const keptDir = path.join(path.dirname(path.resolve(repoRoot, options.report)), 'profiles');
    fs.mkdirSync(keptDir, { recursive: true });
    const kept = path.join(keptDir, `${database.kind}-${profiled.name}.cpuprofile`);
    fs.copyFileSync(path.join(profileDir, written), kept);
    profile = {
      scenario: profiled.name,
      connections,
      rps: result.rps,
      file: path.relative(repoRoot, kept),
      summary: summariseProfile(kept, window),
    };
    log(
      `profile: ${profile.summary.groups
        .slice(0, 6)
        .map((g) => `${g.group} ${(g.share * 100).toFixed(0)}%`)
        .join(', ')}`,
    );
  }

  const result: DatabaseResult = {
    database: database.kind,
    version,
    seeding: { migrateMs, generateMs, insertMs, rows },
    statements,
    scenarios: scenarioResults,
    profile,
    loadAverage: { before: loadBefore, after: describeMachine().loadAverage },
  };
  fs.writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify(result, null, 2));
  succeeded = true;
} finally {
  await stopped();
  await drop();
  // Server logs stay behind when something failed: they say why.
  if (succeeded) fs.rmSync(workDir, { recursive: true, force: true });
  else console.error(`[${database.kind}] server logs kept in ${workDir}`);
}
