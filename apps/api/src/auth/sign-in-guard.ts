import { normalizeEmail } from '@rapport/domain';
import { TooManyRequestsError } from '../common/errors.js';
import { RateLimiterMemory } from 'rate-limiter-flexible';

/**
 * Failed attempts counted under one key, with the moment the next attempt may
 * start. Counting happens when an attempt *starts*, not when its password
 * check ends: checking takes ~100 ms of scrypt, and counting afterwards let
 * a burst of concurrent guesses all pass the check before the first failure
 * was recorded.
 */
interface Tally {
  failures: number;
  nextAllowedAt: number;
  forgetAt: number;
}

/**
 * A lock that slows down instead of shutting the door: the first `free`
 * failures cost nothing, then each further attempt must wait twice as long as
 * the one before (1 s, 2 s, 4 s, … up to `maxDelaySeconds`). Someone who
 * mistypes a few times waits seconds; a guesser gets a handful of tries an
 * hour. Every method is synchronous, so a check and its reservation cannot
 * interleave with another request's.
 */
export class ProgressiveLock {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly free: number,
    private readonly maxDelaySeconds: number,
    /** A key's failures are forgotten this long after its last attempt. */
    private readonly memoryMs: number,
  ) {}

  /** Seconds until `key` may try again; 0 when it may try now. */
  waitSeconds(key: string, now: number): number {
    const tally = this.current(key, now);
    return tally && tally.nextAllowedAt > now ? Math.ceil((tally.nextAllowedAt - now) / 1000) : 0;
  }

  /** Counts an attempt as failed in advance; `release` takes it back if it succeeds. */
  reserve(key: string, now: number): void {
    const tally = this.current(key, now) ?? { failures: 0, nextAllowedAt: 0, forgetAt: 0 };
    tally.failures += 1;
    const beyond = tally.failures - this.free;
    if (beyond >= 0) {
      tally.nextAllowedAt = now + Math.min(2 ** beyond, this.maxDelaySeconds) * 1000;
    }
    tally.forgetAt = now + this.memoryMs;
    this.tallies.set(key, tally);
  }

  /** Gives back one reserved attempt (one that turned out to be right). */
  release(key: string): void {
    const tally = this.tallies.get(key);
    if (!tally) return;
    tally.failures -= 1;
    if (tally.failures < this.free) tally.nextAllowedAt = 0;
    if (tally.failures <= 0) this.tallies.delete(key);
  }

  /** Forgets a key's failures (its owner proved who they are). */
  clear(key: string): void {
    this.tallies.delete(key);
  }

  private current(key: string, now: number): Tally | undefined {
    const tally = this.tallies.get(key);
    if (tally && tally.forgetAt <= now) {
      this.tallies.delete(key);
      return undefined;
    }
    if (this.tallies.size > 100_000) this.sweep(now);
    return tally;
  }

  /** Keeps memory bounded when many keys are tried once and never again. */
  private sweep(now: number): void {
    for (const [key, tally] of this.tallies) if (tally.forgetAt <= now) this.tallies.delete(key);
  }
}

export type SignInAttempt =
  { allowed: false; retryAfterSeconds: number } | { allowed: true; succeeded: () => void };

/**
 * Guards sign-in against guessing without handing attackers a way to lock
 * people out:
 *
 * - The lock is keyed on email *and* address, so failures from an attacker's
 *   machine slow that machine down for that account, not the account's owner
 *   signing in from elsewhere (an admin cannot be locked out by a stranger).
 * - A coarser per-address tally (`perAddressFree`, twenty times the per-email
 *   allowance) catches one machine spraying many accounts; it slows down the
 *   same progressive way rather than refusing every user behind that address
 *   for a fixed window.
 * - Both count the attempt before the password is checked and give it back on
 *   success, so concurrent guesses cannot slip past the count.
 *
 * Kept in memory: one API process serves Rapport. Several processes would
 * each keep their own tally, multiplying the allowance by their number.
 */
export class SignInGuard {
  private readonly byEmailAndAddress: ProgressiveLock;
  private readonly byAddress: ProgressiveLock;

  constructor(
    readonly freeAttempts: number,
    windowMinutes: number,
    private readonly clock: () => number = Date.now,
  ) {
    const windowMs = windowMinutes * 60_000;
    const maxDelaySeconds = windowMinutes * 60;
    this.byEmailAndAddress = new ProgressiveLock(freeAttempts, maxDelaySeconds, windowMs);
    this.byAddress = new ProgressiveLock(freeAttempts * 20, maxDelaySeconds, windowMs);
  }

  /**
   * Starts an attempt: refused with the seconds to wait, or allowed with a
   * callback to call when the password was right. An allowed attempt counts
   * as failed unless that callback runs.
   */
  begin(email: string, address: string): SignInAttempt {
    const now = this.clock();
    const pair = `${address}\u0000${email}`;
    const wait = Math.max(
      this.byEmailAndAddress.waitSeconds(pair, now),
      this.byAddress.waitSeconds(address, now),
    );
    if (wait > 0) return { allowed: false, retryAfterSeconds: wait };
    this.byEmailAndAddress.reserve(pair, now);
    this.byAddress.reserve(address, now);
    return {
      allowed: true,
      succeeded: () => {
        this.byEmailAndAddress.clear(pair);
        this.byAddress.release(address);
      },
    };
  }
}

/**
 * A plain fixed window: `perHour` attempts per key per hour, then a wait
 * until the window turns. Enough where nobody is locked out of an account
 * by it (sign-ups, scheduling links).
 */
export class HourlyThrottle {
  private readonly limiter: RateLimiterMemory;

  constructor(keyPrefix: string, perHour: number) {
    this.limiter = new RateLimiterMemory({ keyPrefix, points: perHour, duration: 3600 });
  }

  /** Counts an attempt; the seconds to wait when over the limit, else 0. */
  async take(address: string): Promise<number> {
    try {
      await this.limiter.consume(address);
      return 0;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection;
      return Math.ceil((rejection as { msBeforeNext: number }).msBeforeNext / 1000);
    }
  }
}

/**
 * Sign-ups per client address: creating accounts is cheap to script, and each
 * try costs the server a password hash.
 */
export class SignUpThrottle extends HourlyThrottle {
  constructor(perHour: number) {
    super('sign-up', perHour);
  }
}

/**
 * The email as the throttle sees it: the same canonical form accounts are
 * stored in, so `Admin@…` and a full-width `ａdmin@…` share one count.
 */
export function throttleKeyOf(email: string): string {
  const normalized = normalizeEmail(email);
  return normalized.ok ? normalized.value : email.normalize('NFKC').trim().toLowerCase();
}

export function tooManyAttempts(
  what: 'sign-in' | 'sign-up' | 'scheduling link',
  retryAfterSeconds: number,
) {
  const wait =
    retryAfterSeconds < 90
      ? `${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}`
      : `${Math.ceil(retryAfterSeconds / 60)} minutes`;
  return new TooManyRequestsError(
    `Too many ${what} attempts. Try again in ${wait}.`,
    retryAfterSeconds,
  );
}
