import type { BadgeTone } from '@rapport/ui/badge';
import type { HiringStatus } from '../../../gql/graphql';

export const HIRING_STATUS_LABELS: Record<HiringStatus, string> = {
  HIRING: 'Hiring',
  NOT_HIRING: 'Not hiring',
  UNKNOWN: 'Unknown',
};

export const HIRING_STATUS_TONES: Record<HiringStatus, BadgeTone> = {
  HIRING: 'success',
  NOT_HIRING: 'warning',
  UNKNOWN: 'neutral',
};
