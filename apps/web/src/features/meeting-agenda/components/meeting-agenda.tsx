import { messageFor } from '@rapport/client/graphql-errors';
import { LOCATION_LABELS, meetingTime } from '@rapport/client/meeting-labels';
import { Badge } from '@rapport/ui/badge';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useDashboardMeetings } from '../hooks/use-dashboard-meetings';
import type { DashboardMeetingFragment } from '../../../gql/graphql';
import './meeting-agenda.css';

export interface MeetingAgendaSectionProps {
  title: string;
  meetings: readonly DashboardMeetingFragment[];
  /** Shown when there are none. */
  empty: { title: string; text: string };
  /** Anything another feature adds under a meeting (the coach's comments), composed by the route. */
  renderExtra?: (meeting: DashboardMeetingFragment) => ReactNode;
}

const STATUS_BADGES: Partial<Record<DashboardMeetingFragment['status'], ReactNode>> = {
  COMPLETED: <Badge tone="success">Done</Badge>,
  NO_SHOW: <Badge tone="warning">They missed it</Badge>,
};

/** One list of meetings on the dashboard: when, with whom, where. */
export function MeetingAgendaSection({
  title,
  meetings,
  empty,
  renderExtra,
}: MeetingAgendaSectionProps) {
  const headingId = useId();
  return (
    <Card as="section" aria-labelledby={headingId} className="dashboard-panel">
      <h2 id={headingId} className="dashboard-panel__title">
        {title}
      </h2>
      {meetings.length === 0 ? (
        <EmptyState title={empty.title} headingLevel={3}>
          {empty.text}
        </EmptyState>
      ) : (
        <ul className="meeting-agenda" aria-label={title}>
          {meetings.map((meeting) => (
            <li key={meeting.id} className="meeting-agenda__item">
              <div className="meeting-agenda__head">
                <h3 className="meeting-agenda__name">
                  <Link to={paths.meeting.href(meeting.id)}>{meeting.contact.fullName}</Link>
                </h3>
                {STATUS_BADGES[meeting.status] ?? null}
              </div>
              <p className="muted meeting-agenda__meta">
                <time dateTime={meeting.startsAt}>
                  {meetingTime(meeting.startsAt, meeting.endsAt, meeting.timeZone)}
                </time>
                {meeting.contact.company ? ` · ${meeting.contact.company.name}` : ''}
                {` · ${LOCATION_LABELS[meeting.locationKind]}`}
                {meeting.locationDetails ? `: ${meeting.locationDetails}` : ''}
              </p>
              {renderExtra?.(meeting)}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/**
 * The dashboard's two meetings sections, today's and the next ones, from
 * one query. `renderExtra` adds another feature's part under each meeting.
 */
export function DashboardMeetings({
  renderExtra,
}: {
  renderExtra?: MeetingAgendaSectionProps['renderExtra'];
}) {
  const { agenda, loading, error, retry } = useDashboardMeetings();
  if (!agenda) {
    if (error) {
      return (
        <RetryAlert
          title="Your meetings could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      );
    }
    return loading ? <LoadingIndicator label="Loading your meetings…" /> : null;
  }
  return (
    <>
      <MeetingAgendaSection
        title="Today’s meetings"
        meetings={agenda.todayMeetings}
        empty={{
          title: 'No meetings today',
          text: 'When someone says yes, book 15 to 20 minutes, at their office if you can.',
        }}
        renderExtra={renderExtra}
      />
      <MeetingAgendaSection
        title="Coming up"
        meetings={agenda.upcomingMeetings}
        empty={{
          title: 'Nothing booked yet',
          text: 'Your next meetings appear here, soonest first.',
        }}
        renderExtra={renderExtra}
      />
    </>
  );
}
