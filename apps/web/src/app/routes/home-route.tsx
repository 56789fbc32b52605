import { buttonClassName } from '@rapport/ui/button';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { SeekerDashboard } from '../../features/asks/components/seeker-dashboard';
import { FollowUpsDue } from '../../features/follow-ups/components/follow-ups-due';
import { ThankYouCardsDue } from '../../features/thank-you/components/thank-you-due';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

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
        <FollowUpsDue />
        <ThankYouCardsDue />
      </SeekerDashboard>
    </>
  );
}
