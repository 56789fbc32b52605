import { formatCalendarDate } from '@rapport/client/format';
import { Badge } from '@rapport/ui/badge';
import type { ThankYouState } from '../../../gql/graphql';

const BADGES: Record<
  ThankYouState,
  { text: string; tone: 'danger' | 'warning' | 'info' | 'success' }
> = {
  OVERDUE: { text: 'Overdue', tone: 'danger' },
  DUE_TODAY: { text: 'Due today', tone: 'warning' },
  UPCOMING: { text: 'Coming up', tone: 'info' },
  SENT: { text: 'Sent', tone: 'success' },
};

/** The card's state in words; the colour only repeats them. */
export function CardStateBadge({ state }: { state: ThankYouState }) {
  const { text, tone } = BADGES[state];
  return <Badge tone={tone}>{text}</Badge>;
}

/** When it is due, said so that an overdue card reads as one without the colour. */
export function dueSentence(state: ThankYouState, dueOn: string): string {
  const day = formatCalendarDate(dueOn);
  switch (state) {
    case 'OVERDUE':
      return `It was due ${day}: send it today.`;
    case 'DUE_TODAY':
      return 'Due today.';
    case 'UPCOMING':
      return `Due by ${day}.`;
    case 'SENT':
      return 'Sent.';
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}
