import type { AskChannel, AskStatus, ContactSharing, ContactSource } from '../../../gql/graphql';

export const SOURCE_LABELS: Record<ContactSource, string> = {
  AGENCY: 'Agency',
  SEEKER: 'Seeker',
  REFERRAL: 'Referral',
};

export const SHARING_LABELS: Record<Exclude<ContactSharing, 'MINE'>, string> = {
  SHARED: 'Shared with seekers',
  AGENCY_ONLY: 'Agency only',
};

export const ASK_STATUS_LABELS: Record<AskStatus, string> = {
  ASKED: 'Waiting for an answer',
  ACCEPTED: 'Accepted',
  DECLINED: 'Declined',
  NO_RESPONSE: 'No response',
  WITHDRAWN: 'Withdrawn',
};

export const ASK_CHANNEL_LABELS: Record<AskChannel, string> = {
  EMAIL: 'by email',
  PHONE: 'by phone',
  IN_PERSON: 'in person',
  INTRODUCTION: 'through an introduction',
};
