import { buttonClassName } from '@rapport/ui/button';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { SeekerDashboard } from '../../features/asks/components/seeker-dashboard';
import { CoachCommentList } from '../../features/coach-comments/components/coach-comments';
import { HiringAlertsSection } from '../../features/hiring-alerts/components/hiring-alerts-section';
import { MeetingAgendaSection } from '../../features/meeting-agenda/components/meeting-agenda';
import type { DashboardMeetingFragment } from '../../gql/graphql';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

const coachComments = (meeting: DashboardMeetingFragment) => (
  <CoachCommentList comments={meeting.coachComments} headingLevel={4} />
);

export default function HomeRoute() {
  return (
    <>
      <PageHeading
        title="Your dashboard"
        siteName={SITE_NAME}
        lead="Ask each person once for a short meeting, then move on to the next."
        actions={
          <span className="heading-actions">
            <Link to={paths.contacts.href()} className={buttonClassName('primary')}>
              Find someone to ask
            </Link>
            <Link to={paths.companies.href()} className={buttonClassName('secondary')}>
              Browse companies
            </Link>
          </span>
        }
      />
      <SeekerDashboard
        sections={(dashboard) => (
          <>
            <HiringAlertsSection alerts={dashboard.hiringAlerts} />
            <MeetingAgendaSection
              title="Today’s meetings"
              meetings={dashboard.todayMeetings}
              empty={{
                title: 'No meetings today',
                text: 'When someone says yes, book 15 to 20 minutes, at their office if you can.',
              }}
              renderExtra={coachComments}
            />
            <MeetingAgendaSection
              title="Coming up"
              meetings={dashboard.upcomingMeetings}
              empty={{
                title: 'Nothing booked yet',
                text: 'Your next meetings appear here, soonest first.',
              }}
              renderExtra={coachComments}
            />
          </>
        )}
      />
    </>
  );
}
