import type { DataSource } from 'typeorm';
import { SessionService } from '../auth/session.service.js';
import { SignInGuard, SignUpThrottle } from '../auth/sign-in-guard.js';
import { CompanyService } from '../company/company.service.js';
import type { Config } from '../config.js';
import { AccountService } from '../user/account.service.js';

/** Long-lived services, made once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: Config) {
  return {
    accounts: new AccountService(dataSource),
    sessions: new SessionService(dataSource, config.sessionTtlHours, config.sessionIdleMinutes),
    signInGuard: new SignInGuard(config.signInMaxAttempts, config.signInWindowMinutes),
    signUpThrottle: new SignUpThrottle(config.signUpMaxPerHour),
    companies: new CompanyService(dataSource),
    /** The clock, passed into the domain; tests may replace it. */
    now: (): Date => new Date(),
    config,
  };
}

export type Services = ReturnType<typeof createServices>;
