import { defineConcept } from '../concept.js';
import { MeetingService } from '../meeting/meeting.service.js';
import { NetworkService } from '../network/network.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { Scheduling1771000000100 } from './migrations/1771000000100-scheduling.js';
import { ProposalStore } from './proposal-store.js';
import { ReplyLinkThrottle } from './reply-link.js';
import {
  SchedulingLinkEntity,
  SchedulingProposalEntity,
  SchedulingSlotEntity,
} from './scheduling.entity.js';
import { schedulingLoaders } from './scheduling.loaders.js';
import {
  AskSchedulingFieldsResolver,
  ProposedSlotResolver,
  SchedulingReplyResolver,
  SchedulingResolver,
} from './scheduling.resolver.js';
import { SchedulingService } from './scheduling.service.js';

export const schedulingConcept = defineConcept({
  name: 'scheduling',
  entities: [SchedulingProposalEntity, SchedulingSlotEntity, SchedulingLinkEntity],
  resolvers: [
    SchedulingResolver,
    ProposedSlotResolver,
    AskSchedulingFieldsResolver,
    SchedulingReplyResolver,
  ],
  migrations: [Scheduling1771000000100],
  // Its own meeting service only writes the meeting a reply books, inside
  // the reply's transaction, exactly as scheduleMeeting writes one.
  services: ({ dataSource, config }) => {
    const settings = new SettingsService(dataSource);
    const meetings = new MeetingService(
      dataSource,
      settings,
      new NetworkService(dataSource),
      new ProposalStore(),
    );
    return {
      scheduling: new SchedulingService(dataSource, settings, meetings),
      replyLinkThrottle: new ReplyLinkThrottle(config.replyLinkMaxPerHour),
    };
  },
  loaders: schedulingLoaders,
});
