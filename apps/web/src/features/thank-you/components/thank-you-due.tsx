import { formatCalendarDate, plural } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { buttonClassName } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { CardList, CardListItem } from '@rapport/ui/card-list';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useThankYouCardsDue } from '../hooks/use-thank-you-cards';
import { CardStateBadge } from './card-state';
import './thank-you.css';

/** The dashboard's section: thank-you cards still to send, overdue first. */
export function ThankYouCardsDue() {
  const { due, loading, error, retry } = useThankYouCardsDue();
  return (
    <Card as="section" aria-labelledby="cards-due-title" className="thank-you-due">
      <h2 id="cards-due-title" className="thank-you-due__title">
        Thank-you cards
      </h2>
      {!due && loading ? <LoadingIndicator label="Loading your thank-you cards…" /> : null}
      {!due && error ? (
        <RetryAlert
          title="Your thank-you cards could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {due && due.count === 0 ? (
        <EmptyState title="No cards to send" headingLevel={3}>
          After each meeting, a handwritten card is due within two business days. It will wait here.
        </EmptyState>
      ) : null}
      {due && due.count > 0 ? (
        <>
          <p>
            {plural(due.count, 'card', 'cards')} to send
            {due.overdueCount > 0 ? `, ${due.overdueCount} overdue` : ''}
            {due.dueTodayCount > 0 ? `, ${due.dueTodayCount} due today` : ''}.
          </p>
          <CardList label="Thank-you cards to send, overdue first">
            {due.items.map((card) => (
              <CardListItem
                key={card.id}
                headingLevel={3}
                title={card.contact?.fullName ?? 'Someone you met'}
                meta={`${card.state === 'OVERDUE' ? 'was due' : 'due'} ${formatCalendarDate(card.dueOn)}`}
                aside={<CardStateBadge state={card.state} />}
              />
            ))}
          </CardList>
          <p>
            <Link to={paths.thankYouCards.href()} className={buttonClassName('secondary', 'sm')}>
              All thank-you cards
            </Link>
          </p>
        </>
      ) : null}
    </Card>
  );
}
