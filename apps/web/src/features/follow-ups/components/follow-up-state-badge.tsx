import { Badge } from '@rapport/ui/badge';
import type { FollowUpState } from '../../../gql/graphql';

const LABELS: Record<FollowUpState, { text: string; tone: 'danger' | 'warning' | 'success' }> = {
  OVERDUE: { text: 'Overdue', tone: 'danger' },
  DUE: { text: 'Due today', tone: 'warning' },
  DONE: { text: 'Done', tone: 'success' },
};

/** The follow-up's state in words; the colour only repeats them. */
export function FollowUpStateBadge({ state }: { state: FollowUpState }) {
  const { text, tone } = LABELS[state];
  return <Badge tone={tone}>{text}</Badge>;
}
