/**
 * What one `npm run bench` does, from flags (`--size quick`) or environment
 * variables (`BENCH_SIZE=quick`), flags winning. Parsed once in the
 * orchestrator and handed to each per-database run as BENCH_OPTIONS JSON, so
 * both databases are measured with exactly the same settings.
 */
export type SizeName = 'quick' | 'full';

export interface DatasetSizes {
  companies: number;
  staff: number;
  seekers: number;
  contacts: number;
  // Later issues add: connections (1,000,000 full), meetings (50,000), asks.
}

export const SIZES: Record<SizeName, DatasetSizes> = {
  full: { companies: 2_000, staff: 25, seekers: 10_000, contacts: 100_000 },
  quick: { companies: 200, staff: 10, seekers: 1_000, contacts: 10_000 },
};

export interface BenchOptions {
  size: SizeName;
  seed: number;
  /** Seconds per measured run (one server, one connection count). */
  duration: number;
  /** Seconds of unmeasured load before each measured run, to warm the JIT and caches. */
  warmup: number;
  connections: number[];
  profile: boolean;
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

  const size = (pick('size', 'BENCH_SIZE') ?? 'full') as SizeName;
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
  const profile = (pick('profile', 'BENCH_PROFILE') ?? 'true').toLowerCase();

  return {
    size,
    seed: number('seed', 'BENCH_SEED', 1, 0, 2 ** 31),
    duration: number('duration', 'BENCH_DURATION', quick ? 2 : 5, 1, 60),
    warmup: number('warmup', 'BENCH_WARMUP', 1, 0, 30),
    connections,
    profile: !['0', 'false', 'no', 'off'].includes(profile),
    only,
    apiLogLevel: pick('api-log-level', 'BENCH_API_LOG_LEVEL') ?? 'info',
    report: pick('report', 'BENCH_REPORT') ?? 'bench/results/latest.md',
  };
}
