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
import { useFollowUpsDue } from '../hooks/use-follow-ups';
import { FollowUpStateBadge } from './follow-up-state-badge';
import './follow-ups.css';

/** The dashboard's section: who to call back, overdue first. */
export function FollowUpsDue() {
  const { due, loading, error, retry } = useFollowUpsDue();
  return (
    <Card as="section" aria-labelledby="follow-ups-due-title" className="follow-ups-due">
      <h2 id="follow-ups-due-title" className="follow-ups-due__title">
        Follow-ups due
      </h2>
      {!due && loading ? <LoadingIndicator label="Loading your follow-ups…" /> : null}
      {!due && error ? (
        <RetryAlert
          title="Your follow-ups could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {due && due.count === 0 ? (
        <EmptyState title="No one to call back" headingLevel={3}>
          Names you are given at the end of a meeting wait here, to contact the same day.
        </EmptyState>
      ) : null}
      {due && due.count > 0 ? (
        <>
          <p>
            {plural(due.count, 'person', 'people')} to contact
            {due.overdueCount > 0 ? `, ${due.overdueCount} overdue` : ''}.
          </p>
          <CardList label="Follow-ups, overdue first">
            {due.items.map((item) => (
              <CardListItem
                key={item.id}
                headingLevel={3}
                title={item.name}
                meta={[
                  item.companyName,
                  `${item.followUpState === 'OVERDUE' ? 'was due' : 'due'} ${formatCalendarDate(item.followUpDueOn)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
                aside={<FollowUpStateBadge state={item.followUpState} />}
              />
            ))}
          </CardList>
          <p>
            <Link to={paths.followUps.href()} className={buttonClassName('secondary', 'sm')}>
              All follow-ups
            </Link>
          </p>
        </>
      ) : null}
    </Card>
  );
}
