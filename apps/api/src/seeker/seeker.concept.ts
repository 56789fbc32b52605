import { defineConcept } from '../concept.js';
import { seekerLoaders } from './seeker.loaders.js';
import { DashboardMeetingsResolver, SeekerResolver } from './seeker.resolver.js';
import { SeekerService } from './seeker.service.js';

/**
 * Seekers as staff see them (the list and a seeker's page) and the
 * dashboard's meeting agenda. No tables of its own: it reads users, asks and
 * meetings through their ownership rules.
 */
export const seekerConcept = defineConcept({
  name: 'seeker',
  resolvers: [SeekerResolver, DashboardMeetingsResolver],
  services: ({ dataSource }) => ({ seekers: new SeekerService(dataSource) }),
  loaders: seekerLoaders,
});
