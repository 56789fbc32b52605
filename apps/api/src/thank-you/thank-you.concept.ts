import { defineConcept } from '../concept.js';
import { ThankYouCards1771000005100 } from './migrations/1771000005100-thank-you-cards.js';
import { ThankYouCardEntity } from './thank-you-card.entity.js';
import { thankYouLoaders } from './thank-you.loaders.js';
import {
  MeetingThankYouResolver,
  ThankYouCardResolver,
  ThankYouDashboardResolver,
} from './thank-you.resolver.js';
import { ThankYouService } from './thank-you.service.js';

export const thankYouConcept = defineConcept({
  name: 'thank-you',
  entities: [ThankYouCardEntity],
  resolvers: [ThankYouCardResolver, MeetingThankYouResolver, ThankYouDashboardResolver],
  migrations: [ThankYouCards1771000005100],
  services: ({ dataSource }) => ({ thankYouCards: new ThankYouService(dataSource) }),
  loaders: thankYouLoaders,
});
