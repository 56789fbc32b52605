import type { ContactSharing, ContactSource } from '../../../gql/graphql';

export const SOURCE_LABELS: Record<ContactSource, string> = {
  AGENCY: 'Agency',
  SEEKER: 'Seeker',
  REFERRAL: 'Referral',
};

export const SHARING_LABELS: Record<Exclude<ContactSharing, 'MINE'>, string> = {
  SHARED: 'Shared with seekers',
  AGENCY_ONLY: 'Agency only',
};
