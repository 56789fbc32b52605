import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseResult } from './database-run.js';
import type { Machine } from './machine.js';
import { SIZES, type BenchOptions } from './options.js';
import { scenarios } from './scenarios.js';

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
}

/** The issue's target: GraphQL at least half the raw baseline's throughput on SQLite. */
const TARGET_RATIO = 0.5;

const n0 = (value: number) => Math.round(value).toLocaleString('en-US');
// NaN (no responses in a run) arrives from JSON as null.
const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? '—' : value.toFixed(value < 10 ? 2 : 1);
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
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
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
  return [
    '## Dataset',
    '',
    `Preset \`${options.size}\`: ${Object.entries(sizes)
      .map(([k, v]) => `${n0(v)} ${k}`)
      .join(', ')}.`,
    'Migrations from the app (`openDatabase`), rows by the driver in one transaction.',
    '',
    ...header(['database', ...tables.map((t) => `${t} rows`), 'migrate', 'generate', 'insert']),
    ...results.map((r) =>
      row([
        r.database,
        ...tables.map((t) => n0(r.seeding.rows[t] ?? 0)),
        `${(r.seeding.migrateMs / 1000).toFixed(1)} s`,
        `${(r.seeding.generateMs / 1000).toFixed(1)} s`,
        `${(r.seeding.insertMs / 1000).toFixed(1)} s`,
      ]),
    ),
    '',
  ];
}

function scenarioSection({ results }: ReportInput): string[] {
  const lines = ['## GraphQL against the raw baseline', ''];
  lines.push(
    `Requests per second and latency in ms; ratio = GraphQL req/s ÷ raw req/s (target ≥ ${TARGET_RATIO} on SQLite).`,
    'Before timing, each scenario checks that both servers give the same JSON (first page and the next).',
    '',
  );
  for (const scenario of scenarios) {
    lines.push(`### ${scenario.title}`, '');
    if (scenario.status === 'not-yet') {
      lines.push(`Not yet available: ${scenario.reason}.`, '');
      continue;
    }
    lines.push(
      ...header([
        'database',
        'conns',
        'GraphQL req/s',
        'p50',
        'p95',
        'p99',
        'raw req/s',
        'p50',
        'p95',
        'p99',
        'ratio',
      ]),
    );
    for (const r of results) {
      const found = r.scenarios.find((s) => s.name === scenario.name);
      for (const run of found?.runs ?? []) {
        const g = run.graphql;
        const w = run.raw;
        const mark = r.database === 'sqlite' ? (run.ratio >= TARGET_RATIO ? ' ✓' : ' ✗') : '';
        lines.push(
          row([
            r.database,
            run.connections,
            n0(g.rps),
            ms(g.p50),
            ms(g.p95),
            ms(g.p99),
            n0(w.rps),
            ms(w.p50),
            ms(w.p95),
            ms(w.p99),
            `**${run.ratio.toFixed(2)}**${mark}`,
          ]),
        );
      }
    }
    lines.push('');
  }
  return lines;
}

function statementsSection({ results }: ReportInput): string[] {
  return [
    '## SQL statements per request',
    '',
    "Counted in-process with TypeORM's logger, session lookup included; the count must not grow with the page size.",
    '',
    ...header(['database', 'scenario', 'first: 10', 'first: 100']),
    ...results.flatMap((r) =>
      r.statements.map((s) =>
        row([
          r.database,
          s.scenario,
          ...[10, 100].map((f) => s.counts.find((c) => c.first === f)?.statements ?? '—'),
        ]),
      ),
    ),
    '',
    "Each statement of the scenario's request as the API sends it, with the database's plan and its mean time",
    'over 20 runs in-process (no HTTP, no GraphQL): what the database alone costs per request.',
    '',
    ...header(['database', 'scenario', 'statement', 'plan', 'ms']),
    ...results.flatMap((r) =>
      r.statements.flatMap((s) =>
        s.statements.map((st) =>
          row([r.database, s.scenario, `\`${cell(st.sql)}\``, cell(clip(st.plan)), ms(st.ms)]),
        ),
      ),
    ),
    '',
  ];
}

function profileSection({ results }: ReportInput): string[] {
  const lines = ['## Where the API spends its CPU', ''];
  for (const r of results) {
    if (!r.profile) continue;
    const p = r.profile;
    lines.push(
      `### ${r.database}: ${p.scenario} at ${p.connections} connections (${n0(p.rps)} req/s under the profiler)`,
      '',
      `\`node --cpu-prof\`, ${n0(p.summary.busyMs)} ms of CPU sampled outside idle (idle ${n0(p.summary.idleMs)} ms); profile in \`${p.file}\` (not committed; open in Chrome DevTools).`,
      '',
      'Time in Node itself or in native calls is charged to the nearest package up the stack and marked',
      '"(runtime)". better-sqlite3 runs each statement synchronously inside its JavaScript caller, so on',
      "SQLite the database's own work shows up as self time of TypeORM's `query` (compare the statement",
      'times above); on PostgreSQL it happens in another process and shows as idle here.',
      '',
      ...header(['self time by package', 'ms', 'share']),
      ...p.summary.groups.map((g) => row([g.group, n0(g.ms), pct(g.share)])),
      '',
      ...header(['top functions by self time', 'package', 'share']),
      ...p.summary.functions.map((f) => row([`\`${cell(f.name)}\``, f.group, pct(f.share)])),
      '',
    );
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
