import { formatDate } from '@rapport/client/format';
import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import NotFoundRoute from '@rapport/client/not-found-route';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CoachComments } from '../../features/coach-comments/components/coach-comments';
import { MeetingOutcome } from '../../features/wrap-up/components/meeting-outcome';
import { ReferralCapture } from '../../features/wrap-up/components/referral-capture';
import { useWrapUpMeeting } from '../../features/wrap-up/hooks/use-wrap-up';
import { HOME_PATH, paths } from '../../config/paths';
import { NOT_FOUND_HOME, SITE_NAME } from '../site';

/** The end of a meeting: the names they gave, then completed or no-show. */
export default function MeetingWrapUpRoute() {
  const { meetingId = '' } = useParams();
  const { meeting, loading, error, retry } = useWrapUpMeeting(meetingId);
  // When the page opened: a meeting that starts while it is open shows its form on the next visit.
  const [openedAt] = useState(() => Date.now());
  // Another seeker's meeting answers NOT_FOUND, like a made-up id.
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} {...NOT_FOUND_HOME} />;
  }
  const where = meeting?.contact.company ? ` at ${meeting.contact.company.name}` : '';
  return (
    <>
      <p className="back-link">
        <Link to={paths.meeting.href(meetingId)}>
          <span aria-hidden="true">← </span>The meeting
        </Link>
      </p>
      <PageHeading
        title={meeting ? `Wrap up with ${meeting.contact.fullName}` : 'Wrap up'}
        siteName={SITE_NAME}
        lead={
          meeting ? (
            <>
              Your meeting{where} on{' '}
              <time dateTime={meeting.startsAt}>{formatDate(meeting.startsAt)}</time>. Ask who else
              they would suggest you talk to, and note each name as they give it.
            </>
          ) : undefined
        }
      />
      {loading && !meeting ? <LoadingIndicator label="Loading the meeting…" /> : null}
      {error && !meeting ? (
        <RetryAlert
          title="This meeting could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {meeting ? <CoachComments meetingId={meeting.id} target="NOTES" headingLevel={2} /> : null}
      {meeting ? (
        <div className="wrap-up">
          <ReferralCapture
            meetingId={meeting.id}
            contactName={meeting.contact.fullName}
            referrals={meeting.referrals}
            open={
              (meeting.status === 'SCHEDULED' || meeting.status === 'COMPLETED') &&
              new Date(meeting.startsAt).getTime() <= openedAt
            }
          />
          <MeetingOutcome meeting={meeting} />
        </div>
      ) : null}
    </>
  );
}
