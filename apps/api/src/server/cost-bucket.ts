import { Redis } from 'ioredis';

/**
 * A leaky bucket per caller (an API key, a signed-in user, or an address):
 * each query pours its cost in, the bucket drains at a steady rate, and a
 * query that would overflow it waits. It lives in this process's memory by
 * default; with REDIS_URL every API process shares one bucket per caller.
 *
 * The level is stored with the instant it was measured and drained lazily
 * on the next visit, so nothing ticks in the background. The caller passes
 * `now` (the services' clock), which keeps the arithmetic testable.
 */
export interface BucketSettings {
  capacity: number;
  leakPerSecond: number;
}

export interface BucketState {
  capacity: number;
  /** Points that can still be poured in now. */
  remaining: number;
  /** Seconds until the bucket is empty again (0 when it is). */
  resetsInSeconds: number;
}

export interface TakeResult {
  allowed: boolean;
  state: BucketState;
  /** When refused: seconds until this cost would fit. */
  retryAfterSeconds: number;
}

export interface CostBucketStore {
  /** Pours `cost` in if it fits; otherwise leaves the bucket as it was. */
  take(key: string, cost: number, now: Date): Promise<TakeResult>;
  /** Gives back points charged for work that did not happen (a shorter page than asked). */
  refund(key: string, points: number, now: Date): Promise<BucketState>;
  peek(key: string, now: Date): Promise<BucketState>;
  close(): Promise<void>;
}

function stateOf(level: number, settings: BucketSettings): BucketState {
  return {
    capacity: settings.capacity,
    remaining: Math.max(0, Math.floor(settings.capacity - level)),
    resetsInSeconds: Math.ceil(level / settings.leakPerSecond),
  };
}

function takeResult(allowed: boolean, level: number, cost: number, s: BucketSettings): TakeResult {
  return {
    allowed,
    state: stateOf(level, s),
    retryAfterSeconds: allowed
      ? 0
      : Math.max(1, Math.ceil((level + cost - s.capacity) / s.leakPerSecond)),
  };
}

/** Keeps at most this many callers; fully drained ones go first, so memory stays bounded under many addresses. */
const MEMORY_BUCKET_LIMIT = 50_000;

export class MemoryBucketStore implements CostBucketStore {
  private readonly buckets = new Map<string, { level: number; at: number }>();

  constructor(private readonly settings: BucketSettings) {}

  private levelAt(key: string, nowMs: number): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const elapsed = Math.max(0, nowMs - bucket.at) / 1000;
    return Math.max(0, bucket.level - elapsed * this.settings.leakPerSecond);
  }

  private store(key: string, level: number, nowMs: number): void {
    if (level <= 0) {
      this.buckets.delete(key);
      return;
    }
    if (!this.buckets.has(key) && this.buckets.size >= MEMORY_BUCKET_LIMIT) this.prune(nowMs);
    this.buckets.set(key, { level, at: nowMs });
  }

  private prune(nowMs: number): void {
    for (const key of this.buckets.keys()) {
      if (this.levelAt(key, nowMs) === 0) this.buckets.delete(key);
    }
    // Still full of busy callers: forget the oldest (Map keeps insertion order).
    while (this.buckets.size >= MEMORY_BUCKET_LIMIT) {
      const oldest = this.buckets.keys().next().value;
      if (oldest === undefined) break;
      this.buckets.delete(oldest);
    }
  }

  async take(key: string, cost: number, now: Date): Promise<TakeResult> {
    const nowMs = now.getTime();
    const level = this.levelAt(key, nowMs);
    const allowed = level + cost <= this.settings.capacity;
    const after = allowed ? level + cost : level;
    this.store(key, after, nowMs);
    return takeResult(allowed, after, cost, this.settings);
  }

  async refund(key: string, points: number, now: Date): Promise<BucketState> {
    const nowMs = now.getTime();
    const level = Math.max(0, this.levelAt(key, nowMs) - points);
    this.store(key, level, nowMs);
    return stateOf(level, this.settings);
  }

  async peek(key: string, now: Date): Promise<BucketState> {
    return stateOf(this.levelAt(key, now.getTime()), this.settings);
  }

  async close(): Promise<void> {}
}

/**
 * One script does the read, the drain and the write, so two API processes
 * pouring into the same bucket at once cannot both see room for one query.
 * ARGV: capacity, leak per millisecond, now (ms), points, mode.
 */
const LEAKY_BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local points = tonumber(ARGV[4])
local mode = ARGV[5]
local stored = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(stored[1]) or 0
local at = tonumber(stored[2]) or now
local elapsed = now - at
if elapsed < 0 then elapsed = 0 end
level = level - elapsed * rate
if level < 0 then level = 0 end
local allowed = 1
if mode == 'take' then
  if level + points > capacity then allowed = 0 else level = level + points end
elseif mode == 'refund' then
  level = level - points
  if level < 0 then level = 0 end
end
if mode ~= 'peek' then
  if level > 0 then
    redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
    redis.call('PEXPIRE', KEYS[1], math.ceil(level / rate) + 1000)
  else
    redis.call('DEL', KEYS[1])
  end
end
return {allowed, tostring(level)}
`;

type BucketRedis = Redis & {
  leakyBucket(key: string, ...args: (string | number)[]): Promise<[number, string]>;
};

export class RedisBucketStore implements CostBucketStore {
  private readonly redis: BucketRedis;

  constructor(
    url: string,
    private readonly settings: BucketSettings,
    onConnectionError: (error: Error) => void = () => {},
    private readonly prefix = 'rapport:cost:',
  ) {
    const redis = new Redis(url, {
      // A request waits for Redis at most this long; after that it fails
      // rather than hanging every caller behind a dead connection.
      commandTimeout: 2000,
      maxRetriesPerRequest: 1,
      lazyConnect: false,
    });
    // Reconnecting is ioredis' job; each failed command is reported where it fails.
    redis.on('error', onConnectionError);
    redis.defineCommand('leakyBucket', { numberOfKeys: 1, lua: LEAKY_BUCKET_SCRIPT });
    this.redis = redis as BucketRedis;
  }

  private async run(key: string, points: number, mode: 'take' | 'refund' | 'peek', now: Date) {
    const [allowed, level] = await this.redis.leakyBucket(
      this.prefix + key,
      this.settings.capacity,
      this.settings.leakPerSecond / 1000,
      now.getTime(),
      points,
      mode,
    );
    return { allowed: allowed === 1, level: Number(level) };
  }

  async take(key: string, cost: number, now: Date): Promise<TakeResult> {
    const { allowed, level } = await this.run(key, cost, 'take', now);
    return takeResult(allowed, level, cost, this.settings);
  }

  async refund(key: string, points: number, now: Date): Promise<BucketState> {
    return stateOf((await this.run(key, points, 'refund', now)).level, this.settings);
  }

  async peek(key: string, now: Date): Promise<BucketState> {
    return stateOf((await this.run(key, 0, 'peek', now)).level, this.settings);
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

export function createBucketStore(
  redisUrl: string | null,
  settings: BucketSettings,
  onConnectionError?: (error: Error) => void,
): CostBucketStore {
  return redisUrl
    ? new RedisBucketStore(redisUrl, settings, onConnectionError)
    : new MemoryBucketStore(settings);
}
