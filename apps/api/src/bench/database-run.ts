import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { openDatabase } from '../db/data-source.js';
import { createThrowawayDatabase } from '../db/throwaway-database.js';
import { bulkInsert, sqliteDatetime } from './bulk-insert.js';
import { buildDataset, type Dataset } from './dataset.js';
import { assertSameAnswer, fetchJson } from './equivalence.js';
import { measureLoad, type LoadResult, type Target } from './load.js';
import { describeMachine } from './machine.js';
import { SIZES, type BenchOptions } from './options.js';
import { monotonicMicros, summariseProfile, type ProfileSummary } from './profile.js';
import { scenarios, type Scenario } from './scenarios.js';
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
  kind: Scenario['kind'];
  checkedRequests: number;
  runs: {
    connections: number;
    graphql: LoadResult;
    raw: LoadResult | null;
    ratio: number | null;
  }[];
}

export interface ProfileResult {
  scenario: string;
  connections: number;
  rps: number;
  file: string;
  summary: ProfileSummary;
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
  profiles: ProfileResult[];
  loadAverage: { before: number[]; after: number[] };
}

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const options = JSON.parse(process.env.BENCH_OPTIONS!) as BenchOptions;
const log = (message: string) => console.log(`[${database.kind}] ${message}`);

// For working on the bench itself: BENCH_SQLITE_FILE names a SQLite file
// seeded by an earlier run with the same size and seed (kept with
// BENCH_KEEP_DATABASE=1); seeding is skipped and the file is kept.
const reuse = process.env.BENCH_SQLITE_FILE;
const keep = reuse !== undefined || process.env.BENCH_KEEP_DATABASE === '1';
const { database, drop } = reuse
  ? { database: { kind: 'sqlite' as const, file: reuse }, drop: async () => undefined }
  : await createThrowawayDatabase();
const loadBefore = describeMachine().loadAverage;
const workDir = fs.mkdtempSync(
  path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'rapport-bench-'),
);
const servers: RunningServer[] = [];
let succeeded = false;

const cpu = (result: LoadResult) =>
  result.cpuMs === null ? '—' : `${result.cpuMs.toFixed(2)} ms/req`;

const stopped = async () => {
  for (const server of servers.splice(0)) await server.stop();
};

const chosen = scenarios.filter(
  (s) => options.scenarios === null || options.scenarios.includes(s.name),
);

/** Requests to the API and to the raw baseline for one scenario and set of variables. */
function targetsFor(
  dataset: Dataset,
  scenario: Scenario,
  api: RunningServer,
  raw: RunningServer | null,
) {
  const headers = {
    'content-type': 'application/json',
    cookie: `${SESSION_COOKIE}=${dataset.accounts[scenario.actor].sessionToken}`,
  };
  const body = (variables: Record<string, unknown>) =>
    JSON.stringify({ query: scenario.query, variables });
  return (variables: Record<string, unknown>) => ({
    graphql: { url: `${api.origin}/graphql`, headers, body: body(variables) } as Target,
    raw: raw
      ? ({ url: `${raw.origin}/${scenario.name}`, headers, body: body(variables) } as Target)
      : null,
  });
}

/** A write's requests, each with the next variables; fails rather than repeat one. */
function writeTarget(dataset: Dataset, scenario: Scenario & { kind: 'write' }, api: RunningServer) {
  const supply = scenario.supply(dataset.targets);
  let n = 0;
  const target = targetsFor(
    dataset,
    scenario,
    api,
    null,
  )(scenario.variables(dataset.targets, 0)).graphql;
  return {
    ...target,
    nextBody: () => {
      if (n >= supply)
        throw new Error(`${scenario.name}: ran out of distinct requests (${supply})`);
      return JSON.stringify({
        query: scenario.query,
        variables: scenario.variables(dataset.targets, n++),
      });
    },
    used: () => n,
  };
}

try {
  const sizes = SIZES[options.size];

  let started = performance.now();
  const dataSource = await openDatabase(database);
  const [versionRow] = (await dataSource.query(
    database.kind === 'sqlite' ? 'SELECT sqlite_version() AS v' : 'SHOW server_version',
  )) as Record<string, string>[];
  const version = `${database.kind === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${Object.values(versionRow!)[0]}`;
  if (reuse) {
    // Seeded sessions end after two idle hours; a reused file gets them back.
    const now = new Date();
    await dataSource.query('UPDATE sessions SET last_seen_at = ?, expires_at = ?', [
      sqliteDatetime(now),
      sqliteDatetime(new Date(now.getTime() + 86_400_000)),
    ]);
  }
  await dataSource.destroy();
  const migrateMs = performance.now() - started;

  started = performance.now();
  const dataset = await buildDataset(sizes, options.seed, new Date());
  const generateMs = performance.now() - started;
  started = performance.now();
  const rows = reuse ? {} : await bulkInsert(database, dataset.tables);
  const insertMs = performance.now() - started;
  log(
    `seeded ${JSON.stringify(rows)} in ${((generateMs + insertMs) / 1000).toFixed(1)} s (insert ${(insertMs / 1000).toFixed(1)} s)`,
  );

  const statements = [];
  for (const scenario of chosen) {
    const account = dataset.accounts[scenario.actor];
    const variables =
      scenario.kind === 'read'
        ? scenario.variables(dataset.targets)
        : // The one request the load never sends.
          scenario.variables(dataset.targets, scenario.supply(dataset.targets));
    const report = await inspectStatements(
      database,
      `${SESSION_COOKIE}=${account.sessionToken}`,
      { query: scenario.query, variables },
      {
        pageVariable: scenario.pageVariable,
        pageSizes: scenario.pageSizes ?? [10, 100],
        plans: scenario.kind === 'read',
      },
    );
    statements.push({ scenario: scenario.name, ...report });
    const slowest = Math.max(0, ...report.statements.map((s) => s.ms));
    log(
      `${scenario.name}: statements per request ${report.counts.map((c) => (c.first === null ? `${c.statements}` : `${c.statements} at ${scenario.pageVariable} ${c.first}`)).join(', ')}` +
        (report.statements.length ? `; slowest ${slowest.toFixed(2)} ms` : ''),
    );
  }

  const api = await startApi(database, workDir, options.apiLogLevel);
  servers.push(api);
  const raw = await startRawBaseline(database, workDir);
  servers.push(raw);

  const scenarioResults: ScenarioResult[] = [];
  for (const scenario of chosen) {
    const runs: ScenarioResult['runs'] = [];
    let checkedRequests = 0;
    if (scenario.kind === 'read') {
      const hasRaw = scenario.raw === true;
      const make = targetsFor(dataset, scenario, api, hasRaw ? raw : null);
      const variables = scenario.variables(dataset.targets);
      const first = make(variables);
      const graphqlAnswer = await fetchJson(first.graphql);
      checkedRequests = 1;
      if (first.raw) {
        assertSameAnswer(scenario.name, graphqlAnswer, await fetchJson(first.raw));
        const next = scenario.followUp?.(graphqlAnswer, variables);
        if (next) {
          const second = make(next);
          assertSameAnswer(
            `${scenario.name} (next page)`,
            await fetchJson(second.graphql),
            await fetchJson(second.raw!),
          );
          checkedRequests += 1;
        }
        log(`${scenario.name}: GraphQL and raw agree on ${checkedRequests} requests`);
      }
      for (const connections of options.connections) {
        const graphql = await measureLoad(
          first.graphql,
          connections,
          options.duration,
          options.warmup,
          { serverPid: api.pid },
        );
        const rawResult = first.raw
          ? await measureLoad(first.raw, connections, options.duration, options.warmup, {
              serverPid: raw.pid,
            })
          : null;
        const ratio = rawResult ? graphql.rps / rawResult.rps : null;
        runs.push({ connections, graphql, raw: rawResult, ratio });
        log(
          `${scenario.name} c=${connections}: GraphQL ${graphql.rps.toFixed(0)} req/s p99 ${graphql.p99.toFixed(1)} ms cpu ${cpu(graphql)}` +
            (rawResult
              ? `; raw ${rawResult.rps.toFixed(0)} req/s p99 ${rawResult.p99.toFixed(1)} ms cpu ${cpu(rawResult)}; ratio ${ratio!.toFixed(2)}`
              : ''),
        );
      }
    } else {
      const target = writeTarget(dataset, scenario, api);
      for (const connections of options.connections) {
        const graphql = await measureLoad(target, connections, options.duration, options.warmup, {
          serverPid: api.pid,
        });
        runs.push({ connections, graphql, raw: null, ratio: null });
        log(
          `${scenario.name} c=${connections}: GraphQL ${graphql.rps.toFixed(0)} req/s p99 ${graphql.p99.toFixed(1)} ms`,
        );
      }
      checkedRequests = target.used();
    }
    scenarioResults.push({
      name: scenario.name,
      title: scenario.title,
      kind: scenario.kind,
      checkedRequests,
      runs,
    });
  }
  await stopped();

  // A separate pass, one API process per profiled scenario: the profiler's
  // overhead must not touch the figures above.
  const profiles: ProfileResult[] = [];
  for (const scenario of chosen.filter((s) => options.profile.includes(s.name))) {
    if (scenario.kind !== 'read') continue;
    const profileDir = path.join(workDir, `profile-${scenario.name}`);
    const profiledApi = await startApi(database, workDir, options.apiLogLevel, [
      '--cpu-prof',
      `--cpu-prof-dir=${profileDir}`,
    ]);
    servers.push(profiledApi);
    const connections = Math.min(10, Math.max(...options.connections));
    const target = targetsFor(
      dataset,
      scenario,
      profiledApi,
      null,
    )(scenario.variables(dataset.targets)).graphql;
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
    const kept = path.join(keptDir, `${database.kind}-${scenario.name}.cpuprofile`);
    fs.copyFileSync(path.join(profileDir, written), kept);
    const profile = {
      scenario: scenario.name,
      connections,
      rps: result.rps,
      file: path.relative(repoRoot, kept),
      summary: summariseProfile(kept, window),
    };
    profiles.push(profile);
    log(
      `profile of ${scenario.name}: ${profile.summary.groups
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
    profiles,
    loadAverage: { before: loadBefore, after: describeMachine().loadAverage },
  };
  fs.writeFileSync(process.env.BENCH_RESULT_FILE!, JSON.stringify(result, null, 2));
  succeeded = true;
} finally {
  await stopped();
  if (keep) log(`database kept: ${database.kind === 'sqlite' ? database.file : database.url}`);
  else await drop();
  // Server logs stay behind when something failed: they say why.
  if (succeeded) fs.rmSync(workDir, { recursive: true, force: true });
  else console.error(`[${database.kind}] server logs kept in ${workDir}`);
}
