import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Limits failed sign-ins per email and per client address, so guessing one
 * account's password or spraying many accounts from one address both stall.
 * Kept in memory: one API process serves Rapport; a multi-process deployment
 * would swap in rate-limiter-flexible's Redis store.
 */
export class SignInThrottle {
  private readonly byEmail: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(maxAttempts: number, windowMinutes: number) {
    const duration = windowMinutes * 60;
    this.byEmail = new RateLimiterMemory({ keyPrefix: 'email', points: maxAttempts, duration });
    // An office or campus may share one address; allow it more attempts.
    this.byAddress = new RateLimiterMemory({ keyPrefix: 'ip', points: maxAttempts * 4, duration });
  }

  /** Seconds to wait before trying again, or 0 when an attempt is allowed. */
  async retryAfterSeconds(email: string, address: string): Promise<number> {
    const [emailState, addressState] = await Promise.all([
      this.byEmail.get(email),
      this.byAddress.get(address),
    ]);
    const blocked = [
      { state: emailState, limit: this.byEmail.points },
      { state: addressState, limit: this.byAddress.points },
    ].filter(({ state, limit }) => state !== null && state.consumedPoints >= limit);
    if (blocked.length === 0) return 0;
    return Math.max(
      ...blocked.map(({ state }) => Math.ceil((state as RateLimiterRes).msBeforeNext / 1000)),
    );
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}
