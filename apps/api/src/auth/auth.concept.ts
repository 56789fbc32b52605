import { defineConcept } from '../concept.js';
import { AuthResolver } from './auth.resolver.js';
import { SessionLastSeen1768000000000 } from './migrations/1768000000000-session-last-seen.js';
import { SessionEntity } from './session.entity.js';
import { SessionService } from './session.service.js';
import { SignInGuard, SignUpThrottle } from './sign-in-guard.js';

export const authConcept = defineConcept({
  name: 'auth',
  entities: [SessionEntity],
  migrations: [SessionLastSeen1768000000000],
  resolvers: [AuthResolver],
  services: ({ dataSource, config }) => ({
    sessions: new SessionService(dataSource, config.sessionTtlHours, config.sessionIdleMinutes),
    signInGuard: new SignInGuard(config.signInMaxAttempts, config.signInWindowMinutes),
    signUpThrottle: new SignUpThrottle(config.signUpMaxPerHour),
  }),
});
