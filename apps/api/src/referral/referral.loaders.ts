import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ReferralEntity } from './referral.entity.js';
import { referralsOfMeetings } from './referral.service.js';

export function referralLoaders(dataSource: DataSource) {
  return {
    /** Each meeting's referrals, in the order they were given. Only for meetings already checked. */
    referralsByMeeting: new DataLoader<string, ReferralEntity[]>((ids) =>
      referralsOfMeetings(dataSource, ids),
    ),
  };
}
