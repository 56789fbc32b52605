import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseResult } from './database-run.js';
import type { Machine } from './machine.js';
import { SIZES, type BenchOptions } from './options.js';
import { scenarios, TARGET_SCENARIOS } from './scenarios.js';

/**
 * Writes bench/results/latest.md from one run's figures: nothing in it is
 * typed by hand, so it can be regenerated and diffed from commit to commit.
 */
export interface BundleResult {
  app: string;
  built: boolean;
  budgetKb: number;
  firstLoad?: { files: number; rawKb: number; gzipKb: number };
  lazy?: { files: number; rawKb: number; gzipKb: number };
  withinBudget?: boolean;
  chunks?: { file: string; firstLoad: boolean; raw: number; gzip: number }[];
  packages?: { name: string; rawKb: number }[];
}

export interface ReportInput {
  options: BenchOptions;
  machine: Machine;
  results: DatabaseResult[];
  bundles: BundleResult[];
  minutes: number;
  /** An earlier run to compare with (bench/results/before.json). */
  before: { file: string; note: string; size: string; results: DatabaseResult[] } | null;
}

/** The issue's target: GraphQL at least half the raw baseline's throughput on SQLite. */
const TARGET_RATIO = 0.5;

const n0 = (value: number) => Math.round(value).toLocaleString('en-US');
// NaN (no responses in a run) arrives from JSON as null.
const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? '—' : value.toFixed(value < 10 ? 2 : 1);
const cpuMs = (value: number | null | undefined) =>
  value === null || value === undefined ? '—' : value.toFixed(2);
const pct = (share: number) => `${(share * 100).toFixed(1)}%`;
const kb = (value: number) => value.toFixed(1);
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
/** PostgreSQL's plans repeat every parameter; the shape is what matters. */
const clip = (text: string, max = 400) => (text.length > max ? `${text.slice(0, max)} …` : text);
const cell = (text: string) => text.replace(/\|/g, '\\|');
const header = (cells: string[]) => [row(cells), row(cells.map(() => '---'))];

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      encoding: 'utf8',
    }).trim();
    // The run's own results (latest.json is written before this report) are not a change to the code.
    const dirty = execFileSync(
      'git',
      ['status', '--porcelain', '--', ':(top)', ':(top,exclude)bench/results'],
      {
        encoding: 'utf8',
      },
    ).trim();
    return dirty ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown';
  }
}

function machineSection({ machine, results, options, minutes }: ReportInput): string[] {
  return [
    '## Machine and settings',
    '',
    ...header(['', '']),
    row(['CPU', `${machine.cpu}, ${machine.cores} cores`]),
    row(['memory', `${machine.memoryGb} GB`]),
    row(['Node.js', machine.node]),
    row(['OS', machine.platform]),
    row(['databases', results.map((r) => r.version).join('; ')]),
    row(['load average at start (1/5/15 min)', machine.loadAverage.join(' / ')]),
    row([
      'load average per database (before → after)',
      results
        .map((r) => `${r.database}: ${r.loadAverage.before[0]} → ${r.loadAverage.after[0]}`)
        .join('; '),
    ]),
    row(['dataset', `${options.size}, seed ${options.seed}`]),
    row([
      'each run',
      `${options.warmup} s warm-up, then ${options.duration} s measured, autocannon on 127.0.0.1`,
    ]),
    row(['connections', options.connections.join(', ')]),
    row([
      'API',
      `dist/main.js as \`npm start\` runs it: NODE_ENV=production, clients served, LOG_LEVEL=${options.apiLogLevel}`,
    ]),
    row([
      'raw baseline',
      'node:http + better-sqlite3 / pg (pool of 10), hand-written SQL, JSON.stringify',
    ]),
    row(['commit', gitCommit()]),
    row(['whole run', `${minutes.toFixed(1)} min`]),
    '',
    'The machine is shared (other work runs on the same cores), so figures move',
    'between runs by 10–30%; the ratio, measured minutes apart on the same data, is',
    'steadier than either side alone. Compare runs by ratio, and by absolute figures',
    'only when the load averages are alike.',
    '',
  ];
}

function datasetSection({ results, options }: ReportInput): string[] {
  const tables = Object.keys(results[0]?.seeding.rows ?? {});
  const sizes = SIZES[options.size];
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
  return [
    '## Dataset',
    '',
    `Preset \`${options.size}\`: ${Object.entries(sizes)
      .map(([k, v]) => `${n0(v)} ${k}`)
      .join(', ')} (asks: three per meeting). The network is the domain's`,
    '`syntheticNetwork` (companies of very different sizes, brokers, a long tail); dates are placed',
    'relative to the day of the run, so the same seed gives the same rows relative to "now".',
    "The app's own migrations make the schema; the rows go in through the driver in one transaction.",
    '',
    ...header(['rows', ...results.map((r) => r.database)]),
    ...tables.map((t) => row([t, ...results.map((r) => n0(r.seeding.rows[t] ?? 0))])),
    row(['migrate', ...results.map((r) => seconds(r.seeding.migrateMs))]),
    row(['generate', ...results.map((r) => seconds(r.seeding.generateMs))]),
    row(['insert', ...results.map((r) => seconds(r.seeding.insertMs))]),
    '',
  ];
}

/** A ratio with its verdict where the issue sets a target (the target reads, on SQLite). */
function ratioCell(ratio: number | null, database: string, scenario: string): string {
  if (ratio === null) return '—';
  const judged = database === 'sqlite' && TARGET_SCENARIOS.includes(scenario);
  return `**${ratio.toFixed(2)}**${judged ? (ratio >= TARGET_RATIO ? ' ✓' : ' ✗') : ''}`;
}

function summarySection({ results }: ReportInput): string[] {
  const connections = [
    ...new Set(
      results.flatMap((r) => r.scenarios.flatMap((s) => s.runs.map((run) => run.connections))),
    ),
  ];
  const lines = [
    '## Summary: GraphQL ÷ raw',
    '',
    `Requests per second of the API over those of the hand-written baseline, per connection count. Target: at least ${TARGET_RATIO} for ${TARGET_SCENARIOS.join(', ')} on SQLite (✓/✗).`,
    '',
    ...header([
      'scenario',
      'database',
      ...connections.map((c) => `${c} conn`),
      'by CPU at 10',
      'GraphQL req/s at 10',
    ]),
  ];
  for (const scenario of scenarios) {
    for (const r of results) {
      const found = r.scenarios.find((s) => s.name === scenario.name);
      if (!found) continue;
      const at10 = found.runs.find((run) => run.connections === 10) ?? found.runs[0];
      lines.push(
        row([
          scenario.name,
          r.database,
          ...connections.map((c) => {
            const run = found.runs.find((x) => x.connections === c);
            return run ? ratioCell(run.ratio, r.database, scenario.name) : '—';
          }),
          at10?.raw?.cpuMs && at10.graphql.cpuMs
            ? (at10.raw.cpuMs / at10.graphql.cpuMs).toFixed(2)
            : '—',
          at10 ? n0(at10.graphql.rps) : '—',
        ]),
      );
    }
  }
  lines.push('', 'A write (record-ask) has no raw baseline: its figure is the API alone.', '');
  return lines;
}

/** Before and after, when bench/results/before.json holds an earlier run to compare with. */
function beforeAfterSection({ results, before, options }: ReportInput): string[] {
  if (!before) return [];
  if (before.size !== options.size) {
    return [
      '## Before and after',
      '',
      `\`${before.file}\` holds a run of the \`${before.size}\` dataset (${before.note}); this run is \`${options.size}\`, so there is nothing to compare it with here.`,
      '',
    ];
  }
  const lines = [
    '## Before and after',
    '',
    `Before: the run saved in \`${before.file}\` (${before.note}). Same dataset and settings unless noted there; req/s are GraphQL's, ratio = GraphQL ÷ raw.`,
    '',
    ...header([
      'scenario',
      'database',
      'conns',
      'req/s before',
      'req/s now',
      'ratio before',
      'ratio now',
    ]),
  ];
  for (const r of results) {
    const old = before.results.find((b) => b.database === r.database);
    for (const s of r.scenarios) {
      const oldScenario = old?.scenarios.find((o) => o.name === s.name);
      for (const run of s.runs) {
        const oldRun = oldScenario?.runs.find((o) => o.connections === run.connections);
        lines.push(
          row([
            s.name,
            r.database,
            run.connections,
            oldRun ? n0(oldRun.graphql.rps) : '—',
            n0(run.graphql.rps),
            oldRun?.ratio != null ? oldRun.ratio.toFixed(2) : '—',
            ratioCell(run.ratio, r.database, s.name),
          ]),
        );
      }
    }
  }
  lines.push('');
  return lines;
}

function scenarioSection({ results }: ReportInput): string[] {
  const lines = ['## GraphQL against the raw baseline', ''];
  lines.push(
    'Requests per second and latency in ms (p50/p95/p99); ratio = GraphQL req/s ÷ raw req/s.',
    "CPU ms/req is the server process's own CPU time (user + system, from /proc) per answered request:",
    'on a shared machine it moves far less than requests per second, since other work delays a',
    'request without adding to its CPU time. Raw CPU ÷ GraphQL CPU is the steadier form of the ratio.',
    'Before timing, each read checks that both servers give the same JSON (first page and, for lists, the next).',
    '',
  );
  for (const scenario of scenarios) {
    const found = results.flatMap((r) =>
      r.scenarios.filter((s) => s.name === scenario.name).map((s) => ({ r, s })),
    );
    if (found.length === 0) continue;
    lines.push(`### ${scenario.title}`, '');
    if (scenario.kind === 'write') {
      lines.push(
        `Each request asks a different person (${found.map(({ r, s }) => `${n0(s.checkedRequests)} asks recorded on ${r.database}`).join(', ')}); no raw baseline.`,
        '',
      );
    } else if (scenario.raw !== true) {
      lines.push(`No raw baseline: ${scenario.raw}.`, '');
    }
    lines.push(
      ...header([
        'database',
        'conns',
        'GraphQL req/s',
        'p50',
        'p95',
        'p99',
        'CPU ms/req',
        'raw req/s',
        'p50',
        'p95',
        'p99',
        'CPU ms/req',
        'ratio',
      ]),
    );
    for (const { r, s } of found) {
      for (const run of s.runs) {
        const g = run.graphql;
        const w = run.raw;
        lines.push(
          row([
            r.database,
            run.connections,
            n0(g.rps),
            ms(g.p50),
            ms(g.p95),
            ms(g.p99),
            cpuMs(g.cpuMs),
            w ? n0(w.rps) : '—',
            w ? ms(w.p50) : '—',
            w ? ms(w.p95) : '—',
            w ? ms(w.p99) : '—',
            w ? cpuMs(w.cpuMs) : '—',
            ratioCell(run.ratio, r.database, s.name),
          ]),
        );
      }
    }
    lines.push('');
  }
  return lines;
}

function statementsSection({ results }: ReportInput): string[] {
  const counted = (s: DatabaseResult['statements'][number]) =>
    s.counts
      .map((c) => (c.first === null ? `${c.statements}` : `${c.statements} (first: ${c.first})`))
      .join(', ');
  return [
    '## SQL statements per request',
    '',
    "Counted in-process with TypeORM's logger after one unmeasured request (reads), so the session lookup is cached as it is for nearly every request; for lists, at two page sizes, where the count must not grow.",
    '',
    ...header(['database', 'scenario', 'statements']),
    ...results.flatMap((r) => r.statements.map((s) => row([r.database, s.scenario, counted(s)]))),
    '',
    "Each statement of a read as the API sends it, with the database's plan and its mean time",
    'over 20 runs in-process (no HTTP, no GraphQL): what the database alone costs per request.',
    '',
    ...header(['database', 'scenario', 'statement', 'plan', 'ms']),
    ...results.flatMap((r) =>
      r.statements.flatMap((s) =>
        s.statements.map((st) =>
          row([
            r.database,
            s.scenario,
            `\`${cell(clip(st.sql, 300))}\``,
            cell(clip(st.plan)),
            ms(st.ms),
          ]),
        ),
      ),
    ),
    '',
  ];
}

function profileSection({ results }: ReportInput): string[] {
  const lines = ['## Where the API spends its CPU', ''];
  lines.push(
    'Each profiled scenario runs once more against a fresh API under `node --cpu-prof`, after the measured runs.',
    'Time in Node itself or in native calls is charged to the nearest package up the stack and marked',
    '"(runtime)". better-sqlite3 runs each statement synchronously inside its JavaScript caller, so on',
    "SQLite the database's own work shows up as self time of the function that ran the statement",
    '(compare the statement times above); on PostgreSQL it happens in another process and shows as idle here.',
    '',
  );
  for (const r of results) {
    for (const p of r.profiles) {
      lines.push(
        `### ${r.database}: ${p.scenario} at ${p.connections} connections (${n0(p.rps)} req/s under the profiler)`,
        '',
        `${n0(p.summary.busyMs)} ms of CPU sampled outside idle (idle ${n0(p.summary.idleMs)} ms); profile in \`${p.file}\` (not committed; open in Chrome DevTools).`,
        '',
        ...header(['self time by package', 'ms', 'share']),
        ...p.summary.groups.slice(0, 12).map((g) => row([g.group, n0(g.ms), pct(g.share)])),
        '',
        ...header(['top functions by self time', 'package', 'share']),
        ...p.summary.functions
          .slice(0, 12)
          .map((f) => row([`\`${cell(f.name)}\``, f.group, pct(f.share)])),
        '',
      );
    }
  }
  return lines;
}

function bundleSection({ bundles }: ReportInput): string[] {
  const lines = [
    '## Client JavaScript',
    '',
    'First load = the entry chunk and every chunk its index.html preloads; gzip at the default level.',
    '',
    ...header([
      'client',
      'first load gzip',
      'budget',
      'status',
      'first load raw',
      'files',
      'lazy chunks',
      'lazy gzip',
    ]),
  ];
  for (const b of bundles) {
    if (!b.built || !b.firstLoad || !b.lazy) {
      lines.push(row([b.app, 'not built', `${b.budgetKb} KB`, '—', '—', '—', '—', '—']));
      continue;
    }
    lines.push(
      row([
        b.app,
        `${kb(b.firstLoad.gzipKb)} KB`,
        `${b.budgetKb} KB`,
        b.withinBudget ? 'within' : '**over**',
        `${kb(b.firstLoad.rawKb)} KB`,
        b.firstLoad.files,
        b.lazy.files,
        `${kb(b.lazy.gzipKb)} KB`,
      ]),
    );
  }
  lines.push('');
  for (const b of bundles) {
    if (!b.chunks) continue;
    lines.push(
      `### ${b.app}: first-load chunks`,
      '',
      ...header(['chunk', 'raw KB', 'gzip KB']),
      ...b.chunks
        .filter((c) => c.firstLoad)
        .map((c) => row([c.file, kb(c.raw / 1024), kb(c.gzip / 1024)])),
      '',
    );
    if (b.packages?.length) {
      lines.push(
        `Largest sources in ${b.app}'s first load (raw bytes, from the source maps):`,
        '',
        ...header(['source', 'raw KB']),
        ...b.packages.slice(0, 15).map((p) => row([p.name, kb(p.rawKb)])),
        '',
      );
    }
  }
  return lines;
}

export function writeReport(file: string, input: ReportInput): void {
  const lines = [
    '# Performance bench: latest run',
    '',
    `Written by \`npm run bench\` on ${new Date().toISOString()}. Issue #11; how to run it is in the README.`,
    '',
    ...summarySection(input),
    ...beforeAfterSection(input),
    ...machineSection(input),
    ...datasetSection(input),
    ...scenarioSection(input),
    ...statementsSection(input),
    ...profileSection(input),
    ...bundleSection(input),
  ];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
}
