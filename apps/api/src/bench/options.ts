import { scenarios, TARGET_SCENARIOS } from './scenarios.js';

/**
 * What one `npm run bench` does, from flags (`--size quick`) or environment
 * variables (`BENCH_SIZE=quick`), flags winning. Parsed once in the
 * orchestrator and handed to each per-database run as BENCH_OPTIONS JSON, so
 * both databases are measured with exactly the same settings.
 */
export type SizeName = 'quick' | 'full';

/**
 * Companies follow from the network (one per 40 agency contacts); asks are
 * three per meeting (a meeting needs an accepted ask), spread over the seekers.
 */
export interface DatasetSizes {
  contacts: number;
  connections: number;
  seekers: number;
  meetings: number;
  staff: number;
}

export const SIZES: Record<SizeName, DatasetSizes> = {
  full: {
    contacts: 100_000,
    connections: 1_000_000,
    seekers: 10_000,
    meetings: 50_000,
    staff: 25,
  },
  quick: { contacts: 10_000, connections: 100_000, seekers: 1_000, meetings: 5_000, staff: 10 },
};

export interface BenchOptions {
  size: SizeName;
  seed: number;
  /** Seconds per measured run (one server, one connection count). */
  duration: number;
  /** Seconds of unmeasured load before each measured run, to warm the JIT and caches. */
  warmup: number;
  connections: number[];
  /** Scenarios to run under the CPU profiler after the measured runs. */
  profile: string[];
  /** Only these scenarios; all when null. */
  scenarios: string[] | null;
  /** Which databases to run: SQLite always unless excluded, PostgreSQL when DATABASE_URL is set. */
  only: 'sqlite' | 'postgres' | null;
  /** The API's LOG_LEVEL; `npm start` logs every request at info, so that is the default. */
  apiLogLevel: string;
  report: string;
}

type Env = Record<string, string | undefined>;

function flagValues(argv: string[]): Map<string, string> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--'))
      throw new Error(`Unexpected argument "${arg}"; flags look like --size quick.`);
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (inline !== undefined) values.set(name, inline);
    else if (name.startsWith('no-')) values.set(name.slice(3), 'false');
    else if (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith('--'))
      values.set(name, argv[++i]!);
    else values.set(name, 'true');
  }
  return values;
}

export function parseOptions(argv: string[], env: Env): BenchOptions {
  const flags = flagValues(argv);
  const pick = (flag: string, variable: string) => flags.get(flag) ?? env[variable];
  const number = (flag: string, variable: string, fallback: number, min: number, max: number) => {
    const raw = pick(flag, variable);
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      throw new Error(
        `--${flag} / ${variable} must be a number from ${min} to ${max} (got "${raw}").`,
      );
    }
    return value;
  };

  // `--quick` is short for `--size quick`.
  const size = (
    flags.get('quick') === 'true' ? 'quick' : (pick('size', 'BENCH_SIZE') ?? 'full')
  ) as SizeName;
  if (!(size in SIZES))
    throw new Error(`--size / BENCH_SIZE must be quick or full (got "${size}").`);
  const quick = size === 'quick';

  const connections = (pick('connections', 'BENCH_CONNECTIONS') ?? '1,10,50')
    .split(',')
    .map((c) => Number(c.trim()));
  if (connections.some((c) => !Number.isInteger(c) || c < 1 || c > 200)) {
    throw new Error('--connections / BENCH_CONNECTIONS must list whole numbers from 1 to 200.');
  }
  const only = pick('only', 'BENCH_ONLY') ?? null;
  if (only !== null && only !== 'sqlite' && only !== 'postgres') {
    throw new Error(`--only / BENCH_ONLY must be sqlite or postgres (got "${only}").`);
  }
  const names = new Set(scenarios.map((s) => s.name));
  const list = (raw: string, flag: string) => {
    const picked = raw.split(',').map((s) => s.trim());
    const unknown = picked.filter((s) => !names.has(s));
    if (unknown.length > 0) {
      throw new Error(
        `--${flag}: unknown scenario ${unknown.join(', ')}; known: ${[...names].join(', ')}.`,
      );
    }
    return picked;
  };
  const chosen = pick('scenarios', 'BENCH_SCENARIOS');
  const profileRaw = pick('profile', 'BENCH_PROFILE') ?? 'true';
  const profile = ['0', 'false', 'no', 'off'].includes(profileRaw.toLowerCase())
    ? []
    : ['1', 'true', 'yes', 'on'].includes(profileRaw.toLowerCase())
      ? TARGET_SCENARIOS
      : list(profileRaw, 'profile');

  return {
    size,
    seed: number('seed', 'BENCH_SEED', 1, 0, 2 ** 31),
    duration: number('duration', 'BENCH_DURATION', quick ? 2 : 5, 1, 60),
    warmup: number('warmup', 'BENCH_WARMUP', 1, 0, 30),
    connections,
    profile,
    scenarios: chosen ? list(chosen, 'scenarios') : null,
    only,
    apiLogLevel: pick('api-log-level', 'BENCH_API_LOG_LEVEL') ?? 'info',
    report: pick('report', 'BENCH_REPORT') ?? 'bench/results/latest.md',
  };
}
