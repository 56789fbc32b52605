import type { BadgeTone } from '@rapport/ui/badge';
import type { AskChannel, AskStatus } from '../gql/graphql';

// How the dashboard words an ask, wherever one is shown (a contact's
// timeline, a seeker's page): kept here, beside the addresses, because
// features do not import each other.

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

export const ASK_STATUS_TONES: Record<AskStatus, BadgeTone> = {
  ASKED: 'info',
  ACCEPTED: 'success',
  DECLINED: 'neutral',
  NO_RESPONSE: 'warning',
  WITHDRAWN: 'neutral',
};
