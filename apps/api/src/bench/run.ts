import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { isPostgresUrl } from '../config.js';
import type { DatabaseResult } from './database-run.js';
import { describeMachine } from './machine.js';
import { parseOptions, type BenchOptions } from './options.js';
import { writeReport, type BundleResult } from './report.js';

/**
 * `npm run bench`: SQLite always, PostgreSQL too when DATABASE_URL names a
 * server; each in a child process (see database-run.ts), then the client
 * bundle figures, then bench/results/latest.md. Prints progress as it goes.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../../../..');
const options = parseOptions(process.argv.slice(2), process.env);
const started = performance.now();
const machine = describeMachine();

const serverUrl = process.env.DATABASE_URL?.trim() || undefined;
const kinds: ('sqlite' | 'postgres')[] = [];
if (options.only !== 'postgres') kinds.push('sqlite');
if (options.only !== 'sqlite' && serverUrl) {
  if (!isPostgresUrl(serverUrl)) throw new Error('DATABASE_URL must be a postgres:// URL.');
  kinds.push('postgres');
}
if (kinds.length === 0)
  throw new Error('--only postgres needs DATABASE_URL naming a PostgreSQL server.');

console.log(
  `bench: ${options.size} dataset (seed ${options.seed}), ${options.duration} s per run at ${options.connections.join('/')} connections, on ${kinds.join(' and ')}` +
    (options.scenarios ? `; only ${options.scenarios.join(', ')}` : ''),
);

const results: DatabaseResult[] = [];
for (const kind of kinds) {
  const resultFile = path.join(os.tmpdir(), `rapport-bench-${process.pid}-${kind}.json`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_OPTIONS: JSON.stringify(options),
    BENCH_RESULT_FILE: resultFile,
  };
  if (kind === 'sqlite') delete env.DATABASE_URL;
  else env.DATABASE_URL = serverUrl;
  const child = spawnSync(process.execPath, [path.join(here, 'database-run.js')], {
    env,
    stdio: 'inherit',
    // Bounded: a full run takes a few minutes; something is stuck after 30.
    timeout: 30 * 60_000,
  });
  if (child.status !== 0) {
    throw new Error(
      `the ${kind} run failed (exit ${child.status ?? child.signal}); see its output above`,
    );
  }
  results.push(JSON.parse(fs.readFileSync(resultFile, 'utf8')) as DatabaseResult);
  fs.rmSync(resultFile);
}

console.log('\nclient JavaScript:');
spawnSync(process.execPath, [path.join(repoRoot, 'scripts/report-bundle-sizes.mjs')], {
  stdio: 'inherit',
});
const bundles = spawnSync(
  process.execPath,
  [path.join(repoRoot, 'scripts/report-bundle-sizes.mjs'), '--json'],
  {
    encoding: 'utf8',
  },
);
if (bundles.status !== 0) throw new Error(`bundle report failed: ${bundles.stderr}`);

const reportFile = path.resolve(repoRoot, options.report);
// The figures as data beside the report; copied to before.json, a run
// becomes what later reports compare with.
const resultsFile = reportFile.replace(/\.md$/, '.json');
fs.writeFileSync(resultsFile, JSON.stringify({ options, machine, results }, null, 2));
const beforeFile = path.join(path.dirname(reportFile), 'before.json');
const before = fs.existsSync(beforeFile)
  ? (JSON.parse(fs.readFileSync(beforeFile, 'utf8')) as {
      note?: string;
      options: BenchOptions;
      results: DatabaseResult[];
    })
  : null;
writeReport(reportFile, {
  options,
  machine,
  results,
  bundles: JSON.parse(bundles.stdout) as BundleResult[],
  minutes: (performance.now() - started) / 60_000,
  before: before
    ? {
        file: path.relative(repoRoot, beforeFile),
        note: before.note ?? 'an earlier run',
        size: before.options.size,
        results: before.results,
      }
    : null,
});
console.log(`\nreport written to ${path.relative(process.cwd(), reportFile)}`);
