import NotFoundRoute from '@rapport/client/not-found-route';
import { useParams } from 'react-router';
import { MeetingModePage } from '../../features/meeting-mode/components/meeting-mode-page';
import { HOME_PATH } from '../../config/paths';
import { NOT_FOUND_HOME, SITE_NAME } from '../site';

export default function MeetingLiveRoute() {
  const { meetingId = '' } = useParams();
  return (
    <MeetingModePage
      // A new meeting is a new page: nothing of the last one's notes carries over.
      key={meetingId}
      meetingId={meetingId}
      siteName={SITE_NAME}
      notFound={<NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} {...NOT_FOUND_HOME} />}
    />
  );
}
