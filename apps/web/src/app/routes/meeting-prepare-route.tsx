import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import NotFoundRoute from '@rapport/client/not-found-route';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link, useParams } from 'react-router';
import { CoachComments } from '../../features/coach-comments/components/coach-comments';
import { PreparationPanel } from '../../features/preparation/components/preparation-panel';
import { useMeetingPreparation } from '../../features/preparation/hooks/use-meeting-preparation';
import { LOCATION_PHRASES, meetingTime } from '../../features/preparation/utils/meeting-labels';
import { HOME_PATH, paths } from '../../config/paths';
import { NOT_FOUND_HOME, SITE_NAME } from '../site';

export default function MeetingPrepareRoute() {
  const { meetingId = '' } = useParams();
  const { meeting, loading, error, retry } = useMeetingPreparation(meetingId);
  // Another seeker's meeting answers NOT_FOUND, exactly like a made-up id.
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} {...NOT_FOUND_HOME} />;
  }
  const lead = meeting
    ? `${meetingTime(meeting.startsAt, meeting.timeZone)}, ${meeting.durationMinutes} minutes ${LOCATION_PHRASES[meeting.locationKind]}.`
    : undefined;
  const who = meeting
    ? [meeting.contact.fullName, meeting.contact.company?.name].filter(Boolean).join(', ')
    : null;
  return (
    <>
      <p className="back-link">
        <Link to={paths.meeting.href(meetingId)}>
          <span aria-hidden="true">← </span>Back to the meeting
        </Link>
      </p>
      <PageHeading
        title={who ? `Prepare: ${who}` : 'Prepare the meeting'}
        siteName={SITE_NAME}
        lead={lead}
      />
      {loading && !meeting ? <LoadingIndicator label="Loading your preparation…" /> : null}
      {error && !meeting ? (
        <RetryAlert
          title="Your preparation could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {meeting ? (
        <>
          <CoachComments meetingId={meeting.id} target="QUESTION_LIST" headingLevel={2} />
          <PreparationPanel meeting={meeting} />
        </>
      ) : null}
    </>
  );
}
