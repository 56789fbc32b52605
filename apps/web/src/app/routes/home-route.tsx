import { buttonClassName } from '@rapport/ui/button';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { SeekerDashboard } from '../../features/asks/components/seeker-dashboard';
import { CoachCommentList } from '../../features/coach-comments/components/coach-comments';
import { FollowUpsDue } from '../../features/follow-ups/components/follow-ups-due';
import { HiringAlertsSection } from '../../features/hiring-alerts/components/hiring-alerts-section';
import { DashboardMeetings } from '../../features/meeting-agenda/components/meeting-agenda';
import { ThankYouCardsDue } from '../../features/thank-you/components/thank-you-due';
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
      <SeekerDashboard>
        <HiringAlertsSection />
        <DashboardMeetings renderExtra={coachComments} />
        <FollowUpsDue />
        <ThankYouCardsDue />
      </SeekerDashboard>
    </>
  );
}
