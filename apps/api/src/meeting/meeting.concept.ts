import { defineConcept } from '../concept.js';
import { NetworkService } from '../network/network.service.js';
import { ProposalStore } from '../scheduling/proposal-store.js';
import { SettingsService } from '../settings/settings.service.js';
import { MeetingEntity, MeetingRescheduleEntity } from './meeting.entity.js';
import { meetingLoaders } from './meeting.loaders.js';
import { AskMeetingFieldsResolver, MeetingResolver } from './meeting.resolver.js';
import { meetingRoutes } from './meeting.routes.js';
import { MeetingService } from './meeting.service.js';
import { Meetings1770000000001 } from './migrations/1770000000001-meetings.js';

export const meetingConcept = defineConcept({
  name: 'meeting',
  entities: [MeetingEntity, MeetingRescheduleEntity],
  resolvers: [MeetingResolver, AskMeetingFieldsResolver],
  migrations: [Meetings1770000000001],
  // The network's own instance is used only to write links inside the
  // meeting's transaction (never to read its in-memory index, which stays
  // unloaded here); the shared instance picks the links up from the change
  // log the write records.
  services: ({ dataSource }) => {
    const settings = new SettingsService(dataSource);
    return {
      meetings: new MeetingService(
        dataSource,
        settings,
        new NetworkService(dataSource),
        new ProposalStore(),
      ),
    };
  },
  loaders: meetingLoaders,
  routes: meetingRoutes,
});
