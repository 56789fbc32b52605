import { AskService } from '../ask/ask.service.js';
import { defineConcept } from '../concept.js';
import { ContactService } from '../contact/contact.service.js';
import { NetworkService } from '../network/network.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { Referrals1771000005000 } from './migrations/1771000005000-referrals.js';
import { ReferralEntity } from './referral.entity.js';
import { referralLoaders } from './referral.loaders.js';
import {
  FollowUpsDashboardResolver,
  MeetingReferralsResolver,
  ReferralResolver,
} from './referral.resolver.js';
import { ReferralService } from './referral.service.js';

export const referralConcept = defineConcept({
  name: 'referral',
  entities: [ReferralEntity],
  resolvers: [ReferralResolver, MeetingReferralsResolver, FollowUpsDashboardResolver],
  migrations: [Referrals1771000005000],
  // As for meetings, the network instance here only writes links inside the
  // referral's transaction; the shared instance's index reads them from the
  // change log before its next query. The ask service holds no state.
  services: ({ dataSource }) => ({
    referrals: new ReferralService(
      dataSource,
      new NetworkService(dataSource),
      new AskService(dataSource, new ContactService(dataSource), new SettingsService(dataSource)),
    ),
  }),
  loaders: referralLoaders,
});
