import { Badge, type BadgeTone } from '@rapport/ui/badge';
import type { HiringStatus } from '../../../gql/graphql';

// The companies feature has its own copy; features do not import each other.
const LABELS: Record<HiringStatus, string> = {
  HIRING: 'Hiring',
  NOT_HIRING: 'Not hiring',
  UNKNOWN: 'Hiring status unknown',
};

const TONES: Record<HiringStatus, BadgeTone> = {
  HIRING: 'success',
  NOT_HIRING: 'warning',
  UNKNOWN: 'neutral',
};

export function HiringStatusBadge({ status }: { status: HiringStatus }) {
  return <Badge tone={TONES[status]}>{LABELS[status]}</Badge>;
}
