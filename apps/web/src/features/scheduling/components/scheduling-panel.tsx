import { formatDate, formatMeetingTime } from '@rapport/client/format';
import { describeError, messageFor } from '@rapport/client/graphql-errors';
import { describeLocation } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Tabs } from '@rapport/ui/tabs';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { AskMeetingSummaryFragment, ProposalDetailFragment } from '../../../gql/graphql';
import { useAskScheduling } from '../hooks/use-ask-scheduling';
import {
  useAcceptCounterProposal,
  useRenewSchedulingLink,
  useWithdrawMeetingTimes,
  type IssuedLink,
} from '../hooks/use-scheduling-mutations';
import { ProposeTimesForm } from './propose-times-form';
import { ScheduleMeetingForm } from './schedule-meeting-form';
import { SchedulingLinkNotice } from './scheduling-link-notice';
import './scheduling.css';

function BookedMeeting({
  meeting,
  byLink,
}: {
  meeting: AskMeetingSummaryFragment;
  byLink: boolean;
}) {
  return (
    <Alert tone="success" live title="Your meeting is booked">
      <p>
        {formatMeetingTime(meeting.startsAt, meeting.durationMinutes, meeting.timeZone)}.{' '}
        {describeLocation({ kind: meeting.locationKind, details: meeting.locationDetails })}.
        {byLink ? ' They picked this time through your link.' : ''}
      </p>
      <p>
        <Link to={paths.meeting.href(meeting.id)}>Open the meeting</Link>
      </p>
    </Alert>
  );
}

/** The times offered, on the contact's clock. */
function OfferedTimes({ proposal }: { proposal: ProposalDetailFragment }) {
  return (
    <ul className="scheduling-times" aria-label="Times you offered">
      {proposal.slots.map((slot) => (
        <li key={slot.id}>
          <time dateTime={slot.startsAt}>
            {formatMeetingTime(slot.startsAt, slot.durationMinutes, slot.timeZone)}
          </time>
        </li>
      ))}
    </ul>
  );
}

/**
 * Setting up the meeting of an ask: book a time agreed on the phone, or offer
 * times through a link the contact answers without an account, then follow
 * their answer (a time picked, another time offered, or a polite no).
 */
export function SchedulingPanel({ contactId }: { contactId: string }) {
  const { ask, contactName, loading, error, retry } = useAskScheduling(contactId);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [revising, setRevising] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { renew, loading: renewing } = useRenewSchedulingLink();
  const { withdraw, loading: withdrawing } = useWithdrawMeetingTimes();
  const { accept, loading: accepting } = useAcceptCounterProposal();

  if (loading && !ask) return <LoadingIndicator label="Loading the meeting…" />;
  if (error && !ask) {
    return (
      <RetryAlert
        title="The meeting could not be loaded."
        message={messageFor(error)}
        onRetry={retry}
      />
    );
  }
  if (!ask) return null;
  const proposal = ask.schedulingProposal;
  const meeting = ask.meeting?.status === 'CANCELLED' ? null : ask.meeting;
  const canSetTime = ask.status === 'ASKED' || ask.status === 'ACCEPTED';
  if (!meeting && !proposal && !canSetTime) return null;

  async function run(action: () => Promise<unknown>) {
    setProblem(null);
    try {
      await action();
    } catch (failure) {
      setProblem(describeError(failure, []).formError);
    }
  }

  const firstName = contactName.split(' ')[0] ?? contactName;
  const issue = (link: IssuedLink) => {
    setIssued(link);
    setRevising(false);
  };

  return (
    <Card as="section" aria-labelledby="scheduling-title" className="scheduling-panel">
      <h2 id="scheduling-title" className="scheduling-panel__title">
        Your meeting
      </h2>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {meeting ? (
        <BookedMeeting meeting={meeting} byLink={proposal?.status === 'ACCEPTED'} />
      ) : null}

      {!meeting && issued && proposal?.status === 'PROPOSED' ? (
        <SchedulingLinkNotice
          contactName={contactName}
          link={issued}
          proposal={proposal}
          onDone={() => setIssued(null)}
        />
      ) : null}

      {!meeting && proposal?.status === 'PROPOSED' ? (
        <section aria-labelledby="scheduling-waiting-title" className="scheduling-section">
          <h3 id="scheduling-waiting-title">Waiting for {firstName} to pick a time</h3>
          <OfferedTimes proposal={proposal} />
          <p className="muted">
            {proposal.linkExpiresAt
              ? `The link works until ${formatDate(proposal.linkExpiresAt)}. `
              : ''}
            Their answer shows here as soon as they send it.
          </p>
          <div className="scheduling-actions">
            <Button
              size="sm"
              busy={renewing}
              onClick={() => void run(async () => issue(await renew(proposal.id)))}
            >
              Make a new link
            </Button>
            <Button
              size="sm"
              variant="ghost"
              busy={withdrawing}
              onClick={() => void run(() => withdraw(proposal.id))}
            >
              Withdraw these times
            </Button>
          </div>
        </section>
      ) : null}

      {!meeting && proposal?.status === 'COUNTER_PROPOSED' && proposal.counterSlot ? (
        <section aria-labelledby="scheduling-counter-title" className="scheduling-section">
          <h3 id="scheduling-counter-title">{firstName} offered another time</h3>
          <Alert tone="info" live>
            <p>
              <time dateTime={proposal.counterSlot.startsAt}>
                {formatMeetingTime(
                  proposal.counterSlot.startsAt,
                  proposal.counterSlot.durationMinutes,
                  proposal.counterSlot.timeZone,
                )}
              </time>
            </p>
          </Alert>
          <div className="scheduling-actions">
            <Button
              variant="primary"
              busy={accepting}
              onClick={() => void run(() => accept(proposal.id))}
            >
              Accept this time
            </Button>
            <Button onClick={() => setRevising(!revising)} aria-expanded={revising}>
              Offer other times
            </Button>
          </div>
          {revising ? (
            <ProposeTimesForm
              askId={ask.id}
              askStatus={ask.status}
              revising={proposal}
              onIssued={issue}
            />
          ) : null}
        </section>
      ) : null}

      {!meeting && proposal?.status === 'DECLINED' ? (
        <Alert tone="warning" title={`${firstName} declined the times you offered`}>
          {proposal.replyNote ? <p>“{proposal.replyNote}”</p> : null}
          <p>Thank them all the same; a polite no today can be a yes later.</p>
        </Alert>
      ) : null}

      {!meeting &&
      canSetTime &&
      proposal?.status !== 'PROPOSED' &&
      proposal?.status !== 'COUNTER_PROPOSED' ? (
        ask.status === 'ACCEPTED' ? (
          <Tabs
            label="How to set the time"
            tabs={[
              {
                id: 'schedule',
                label: 'Schedule',
                content: <ScheduleMeetingForm askId={ask.id} onBooked={() => setIssued(null)} />,
              },
              {
                id: 'propose',
                label: 'Propose times',
                content: (
                  <ProposeTimesForm askId={ask.id} askStatus={ask.status} onIssued={issue} />
                ),
              },
            ]}
          />
        ) : (
          <section aria-labelledby="scheduling-offer-title" className="scheduling-section">
            <h3 id="scheduling-offer-title">Offer a few times</h3>
            <p className="muted">
              Send {firstName} a link with times to pick from; picking one is also their yes.
            </p>
            <ProposeTimesForm askId={ask.id} askStatus={ask.status} onIssued={issue} />
          </section>
        )
      ) : null}
    </Card>
  );
}
