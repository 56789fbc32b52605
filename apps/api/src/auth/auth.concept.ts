import { defineConcept } from '../concept.js';
import { AuthResolver } from './auth.resolver.js';
import { SessionEntity } from './session.entity.js';
import { SessionService } from './session.service.js';
import { SignInThrottle } from './sign-in-throttle.js';

export const authConcept = defineConcept({
  name: 'auth',
  entities: [SessionEntity],
  resolvers: [AuthResolver],
  services: ({ dataSource, config }) => ({
    sessions: new SessionService(dataSource, config.sessionTtlHours),
    signInThrottle: new SignInThrottle(config.signInMaxAttempts, config.signInWindowMinutes),
  }),
});
