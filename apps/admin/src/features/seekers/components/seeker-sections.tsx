import { formatCalendarDate, formatDate, listSummary } from '@rapport/client/format';
import {
  MEETING_STATUS_LABELS,
  LOCATION_LABELS,
  meetingTime,
} from '@rapport/client/meeting-labels';
import { Badge, type BadgeTone } from '@rapport/ui/badge';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList, type PagedListState } from '@rapport/ui/paged-list';
import { Table } from '@rapport/ui/table';
import { useId, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import {
  ASK_CHANNEL_LABELS,
  ASK_STATUS_LABELS,
  ASK_STATUS_TONES,
} from '../../../config/ask-labels';
import { paths } from '../../../config/paths';
import type {
  FollowUpState,
  MeetingStatus,
  ThankYouKind,
  ThankYouState,
} from '../../../gql/graphql';
import {
  useSeekerAsks,
  useSeekerExpertQuestions,
  useSeekerHiringAlerts,
  useSeekerMeetings,
  useSeekerReferrals,
  useSeekerThankYouCards,
} from '../hooks/use-seekers';
import './seeker-page.css';

/** One titled list on the seeker's page, with its loading, empty and "Load more" states. */
function RecordSection({
  title,
  state,
  shown,
  noun,
  empty,
  itemSelector,
  children,
}: {
  title: string;
  state: PagedListState;
  shown: number;
  noun: [one: string, many: string];
  empty: string;
  itemSelector: string;
  children: ReactNode;
}) {
  const headingId = useId();
  const summary = listSummary(state.totalCount, shown, noun);
  return (
    <Card as="section" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-heading">
        {title}
      </h2>
      <PagedList
        state={state}
        summary={summary}
        labels={{
          loading: `Loading ${noun[1]}…`,
          failed: `The ${noun[1]} could not be loaded.`,
          loadMore: `Load more ${noun[1]}`,
        }}
        itemSelector={itemSelector}
        empty={<p className="muted">{empty}</p>}
      >
        {shown > 0 ? children : null}
      </PagedList>
    </Card>
  );
}

export function SeekerAsks({ seekerId }: { seekerId: string }) {
  const list = useSeekerAsks(seekerId);
  return (
    <RecordSection
      title="Asks"
      state={list}
      shown={list.asks.length}
      noun={['ask', 'asks']}
      empty="No asks yet."
      itemSelector="tbody tr a"
    >
      <Table
        caption="Asks, newest first"
        hideCaption
        columns={[
          {
            key: 'contact',
            header: 'Asked',
            rowHeader: true,
            cell: (ask) => (
              <Link to={paths.contact.href(ask.contact.id)}>{ask.contact.fullName}</Link>
            ),
          },
          { key: 'company', header: 'Company', cell: (ask) => ask.company?.name ?? '—' },
          {
            key: 'when',
            header: 'When',
            cell: (ask) => (
              <>
                <time dateTime={ask.askedAt}>{formatDate(ask.askedAt)}</time>{' '}
                <span className="muted">{ASK_CHANNEL_LABELS[ask.channel]}</span>
              </>
            ),
          },
          {
            key: 'status',
            header: 'Answer',
            cell: (ask) => (
              <Badge tone={ASK_STATUS_TONES[ask.status]}>{ASK_STATUS_LABELS[ask.status]}</Badge>
            ),
          },
        ]}
        rows={list.asks}
        rowKey={(ask) => ask.id}
      />
    </RecordSection>
  );
}

const MEETING_TONES: Record<MeetingStatus, BadgeTone> = {
  SCHEDULED: 'info',
  COMPLETED: 'success',
  CANCELLED: 'neutral',
  NO_SHOW: 'warning',
};

/** Opens a meeting's review on demand, so its comments load only when wanted. */
function ReviewDisclosure({ label, children }: { label: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="seeker-record__review"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{label}</summary>
      {open ? children() : null}
    </details>
  );
}

export function SeekerMeetings({
  seekerId,
  renderReview,
}: {
  seekerId: string;
  /** The coach review of one meeting, composed by the route. */
  renderReview?: (meetingId: string) => ReactNode;
}) {
  const list = useSeekerMeetings(seekerId);
  return (
    <RecordSection
      title="Meetings"
      state={list}
      shown={list.meetings.length}
      noun={['meeting', 'meetings']}
      empty="No meetings yet."
      itemSelector=".seeker-record summary"
    >
      <ul className="seeker-records" aria-label="Meetings, latest first">
        {list.meetings.map((meeting) => (
          <li key={meeting.id} className="seeker-record">
            <div className="seeker-record__head">
              <h3 className="seeker-record__title">
                <Link to={paths.contact.href(meeting.contact.id)}>{meeting.contact.fullName}</Link>
                {meeting.contact.company ? (
                  <span className="muted"> · {meeting.contact.company.name}</span>
                ) : null}
              </h3>
              <Badge tone={MEETING_TONES[meeting.status]}>
                {MEETING_STATUS_LABELS[meeting.status]}
              </Badge>
            </div>
            <p className="muted seeker-record__meta">
              <time dateTime={meeting.startsAt}>
                {meetingTime(meeting.startsAt, meeting.endsAt, meeting.timeZone)}
              </time>{' '}
              · {LOCATION_LABELS[meeting.locationKind]}
            </p>
            {renderReview ? (
              <ReviewDisclosure
                label={`Coach review of the meeting with ${meeting.contact.fullName}`}
              >
                {() => renderReview(meeting.id)}
              </ReviewDisclosure>
            ) : null}
          </li>
        ))}
      </ul>
    </RecordSection>
  );
}

export function SeekerHiringAlerts({ seekerId }: { seekerId: string }) {
  const list = useSeekerHiringAlerts(seekerId);
  return (
    <RecordSection
      title="Hiring alerts"
      state={list}
      shown={list.alerts.length}
      noun={['alert', 'alerts']}
      empty="No company where they met someone has started hiring yet."
      itemSelector=".seeker-record a"
    >
      <ul className="seeker-records" aria-label="Hiring alerts, newest first">
        {list.alerts.map((alert) => (
          <li key={alert.id} className="seeker-record">
            <div className="seeker-record__head">
              <h3 className="seeker-record__title">
                <Link to={paths.company.href(alert.company.id)}>{alert.company.name}</Link>
              </h3>
              {alert.dismissedAt ? (
                <Badge tone="neutral">Dealt with</Badge>
              ) : (
                <Badge tone="success">Open</Badge>
              )}
            </div>
            <p className="seeker-record__meta">{alert.message}</p>
            <p className="muted seeker-record__meta">
              <time dateTime={alert.createdAt}>{formatDate(alert.createdAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </RecordSection>
  );
}

export function SeekerExpertQuestions({ seekerId }: { seekerId: string }) {
  const list = useSeekerExpertQuestions(seekerId);
  return (
    <RecordSection
      title="Questions to the experts"
      state={list}
      shown={list.questions.length}
      noun={['question', 'questions']}
      empty="No questions yet."
      itemSelector=".seeker-record a"
    >
      <ul className="seeker-records" aria-label="Questions, newest first">
        {list.questions.map((q) => (
          <li key={q.id} className="seeker-record">
            <div className="seeker-record__head">
              <p className="seeker-record__title">{q.question}</p>
              {q.status === 'ANSWERED' ? (
                <Badge tone="success">Answered</Badge>
              ) : (
                <Badge tone="info">Waiting</Badge>
              )}
            </div>
            <p className="muted seeker-record__meta">
              Asked <time dateTime={q.askedAt}>{formatDate(q.askedAt)}</time>
              {q.status === 'OPEN' ? (
                <>
                  {' · '}
                  <Link to={paths.experts.href()}>Answer in the inbox</Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </RecordSection>
  );
}

const FOLLOW_UP_BADGES: Record<FollowUpState, { tone: BadgeTone; label: string }> = {
  OVERDUE: { tone: 'danger', label: 'Follow-up overdue' },
  DUE: { tone: 'info', label: 'Follow-up due' },
  DONE: { tone: 'success', label: 'Followed up' },
};

export function SeekerReferrals({ seekerId }: { seekerId: string }) {
  const list = useSeekerReferrals(seekerId);
  return (
    <RecordSection
      title="Referrals"
      state={list}
      shown={list.referrals.length}
      noun={['referral', 'referrals']}
      empty="No names collected yet."
      itemSelector="tbody tr th"
    >
      <Table
        caption="Referrals, newest first"
        hideCaption
        columns={[
          {
            key: 'name',
            header: 'Name given',
            rowHeader: true,
            cell: (r) => (
              <>
                {r.name}
                {r.title || r.companyName ? (
                  <span className="muted">
                    {' '}
                    · {[r.title, r.companyName].filter(Boolean).join(', ')}
                  </span>
                ) : null}
              </>
            ),
          },
          {
            key: 'by',
            header: 'Given by',
            cell: (r) => r.referredBy?.fullName ?? r.meeting.contact.fullName,
          },
          {
            key: 'when',
            header: 'When',
            cell: (r) => <time dateTime={r.recordedAt}>{formatDate(r.recordedAt)}</time>,
          },
          {
            key: 'follow-up',
            header: 'Follow-up',
            cell: (r) => (
              <Badge tone={FOLLOW_UP_BADGES[r.followUpState].tone}>
                {FOLLOW_UP_BADGES[r.followUpState].label}
                {r.followUpState === 'DONE' ? '' : ` (${formatCalendarDate(r.followUpDueOn)})`}
              </Badge>
            ),
          },
        ]}
        rows={list.referrals}
        rowKey={(r) => r.id}
      />
    </RecordSection>
  );
}

const CARD_BADGES: Record<ThankYouState, { tone: BadgeTone; label: string }> = {
  OVERDUE: { tone: 'danger', label: 'Overdue' },
  DUE_TODAY: { tone: 'warning', label: 'Due today' },
  UPCOMING: { tone: 'info', label: 'To send' },
  SENT: { tone: 'success', label: 'Sent' },
};

const KIND_LABELS: Record<ThankYouKind, string> = {
  HANDWRITTEN_CARD: 'handwritten card',
  EMAIL: 'email',
};

export function SeekerThankYouCards({ seekerId }: { seekerId: string }) {
  const list = useSeekerThankYouCards(seekerId);
  return (
    <RecordSection
      title="Thank-you notes"
      state={list}
      shown={list.cards.length}
      noun={['thank-you note', 'thank-you notes']}
      empty="No meeting to thank anyone for yet."
      itemSelector="tbody tr th"
    >
      <Table
        caption="Thank-you notes"
        hideCaption
        columns={[
          {
            key: 'to',
            header: 'To',
            rowHeader: true,
            cell: (c) => c.meeting.contact.fullName,
          },
          {
            key: 'met',
            header: 'Met',
            cell: (c) => (
              <time dateTime={c.meeting.startsAt}>{formatDate(c.meeting.startsAt)}</time>
            ),
          },
          {
            key: 'state',
            header: 'Card',
            cell: (c) => (
              <>
                <Badge tone={CARD_BADGES[c.state].tone}>{CARD_BADGES[c.state].label}</Badge>{' '}
                <span className="muted">
                  {c.sentAt
                    ? `${formatDate(c.sentAt)}${c.kind ? `, ${KIND_LABELS[c.kind]}` : ''}`
                    : `due ${formatCalendarDate(c.dueOn)}`}
                </span>
              </>
            ),
          },
        ]}
        rows={list.cards}
        rowKey={(c) => c.id}
      />
    </RecordSection>
  );
}

/** The seeker's page when the seeker is not there (an unknown id). */
export function SeekerNotFound({ action }: { action: ReactNode }) {
  return (
    <EmptyState title="We could not find that seeker" action={action}>
      The link may be incomplete, or the account is gone.
    </EmptyState>
  );
}
