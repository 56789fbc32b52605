import { formatDate } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { buttonClassName } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { SeekerDashboardQuery } from '../../../gql/graphql';
import { useSeekerDashboard } from '../hooks/use-seeker-dashboard';
import { CHANNEL_PHRASES, waitedFor } from '../utils/ask-labels';
import { NextContactList } from './next-contacts';
import './asks.css';
import './seeker-dashboard.css';

type Dashboard = SeekerDashboardQuery['seekerDashboard'];

function WaitingAsks({ asks, now }: { asks: Dashboard['waitingAsks']; now: Date }) {
  return (
    <Card as="section" aria-labelledby="waiting-title" className="dashboard-panel">
      <h2 id="waiting-title" className="dashboard-panel__title">
        Waiting for an answer
      </h2>
      {asks.length === 0 ? (
        <EmptyState title="Nothing waiting" headingLevel={3}>
          Ask one hiring manager for a brief 15–20 minute meeting — once — and it will wait here
          until they answer.
        </EmptyState>
      ) : (
        <ol className="waiting-asks" aria-label="Asks waiting for an answer, oldest first">
          {asks.map((ask) => {
            const waited = waitedFor(ask.askedAt, now);
            return (
              <li key={ask.id} className="waiting-asks__item">
                <div>
                  <h3 className="waiting-asks__name">
                    <Link to={paths.contact.href(ask.contact.id)}>{ask.contact.fullName}</Link>
                  </h3>
                  <p className="muted waiting-asks__meta">
                    {ask.company ? `${ask.company.name} · ` : ''}asked{' '}
                    {CHANNEL_PHRASES[ask.channel]} on{' '}
                    <time dateTime={ask.askedAt}>{formatDate(ask.askedAt)}</time>
                  </p>
                </div>
                <p className="waiting-asks__waited">
                  {waited === 'today' ? 'Asked today' : `Waiting ${waited}`}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}

function Suggestions({ suggestions }: { suggestions: Dashboard['suggestions'] }) {
  return (
    <Card as="section" aria-labelledby="suggestions-title" className="dashboard-panel">
      <h2 id="suggestions-title" className="dashboard-panel__title">
        Who to ask next
      </h2>
      {suggestions.length === 0 ? (
        <EmptyState
          title="Nobody to suggest yet"
          headingLevel={3}
          action={
            <Link to={paths.contacts.href()} className={buttonClassName('primary')}>
              Add a contact
            </Link>
          }
        >
          Add people you know: after each no we point you to the next person, so you never ask
          anyone twice.
        </EmptyState>
      ) : (
        <NextContactList
          label="People to ask next"
          items={suggestions.map((s) => ({
            contactId: s.contact.id,
            fullName: s.contact.fullName,
            reason: s.reason,
            detail: [s.contact.title, s.contact.company?.name].filter(Boolean).join(' · '),
          }))}
        />
      )}
    </Card>
  );
}

/**
 * The seeker's home: what waits for an answer and who to ask next, then the
 * sections other features add (`children`, composed by the route).
 */
export function SeekerDashboard({ children }: { children?: ReactNode }) {
  const { dashboard, loading, error, retry } = useSeekerDashboard();
  if (!dashboard) {
    if (error) {
      return (
        <RetryAlert
          title="Your dashboard could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      );
    }
    return loading ? <LoadingIndicator label="Loading your dashboard…" /> : null;
  }
  return (
    <div className="dashboard">
      <WaitingAsks asks={dashboard.waitingAsks} now={new Date()} />
      <Suggestions suggestions={dashboard.suggestions} />
      {children}
    </div>
  );
}
