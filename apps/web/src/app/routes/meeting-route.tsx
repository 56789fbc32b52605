import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import NotFoundRoute from '@rapport/client/not-found-route';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link, useParams } from 'react-router';
import { MeetingDetails } from '../../features/meetings/components/meeting-details';
import { useMeeting } from '../../features/meetings/hooks/use-meetings';
import { HOME_PATH, paths } from '../../config/paths';
import { NOT_FOUND_HOME, SITE_NAME } from '../site';

export default function MeetingRoute() {
  const { meetingId = '' } = useParams();
  const { meeting, loading, error, retry } = useMeeting(meetingId);
  // Another seeker's meeting answers NOT_FOUND, like a made-up or malformed id.
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} {...NOT_FOUND_HOME} />;
  }
  return (
    <>
      <p className="back-link">
        <Link to={paths.meetings.href()}>
          <span aria-hidden="true">← </span>All meetings
        </Link>
      </p>
      <PageHeading
        title={meeting ? `Meeting with ${meeting.contact.fullName}` : 'Meeting'}
        siteName={SITE_NAME}
      />
      {loading && !meeting ? <LoadingIndicator label="Loading the meeting…" /> : null}
      {error && !meeting ? (
        <RetryAlert
          title="This meeting could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {meeting ? <MeetingDetails meeting={meeting} /> : null}
    </>
  );
}
