import type { BadgeTone } from '@rapport/ui/badge';
import type { MeetingStatus } from '../../../gql/graphql';

export const STATUS_LABELS: Record<MeetingStatus, string> = {
  SCHEDULED: 'Scheduled',
  COMPLETED: 'Completed',
  CANCELLED: 'Cancelled',
  NO_SHOW: 'No-show',
};

export const STATUS_TONES: Record<MeetingStatus, BadgeTone> = {
  SCHEDULED: 'info',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
  NO_SHOW: 'warning',
};
