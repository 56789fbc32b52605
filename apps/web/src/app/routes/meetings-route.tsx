import { buttonClassName } from '@rapport/ui/button';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { MeetingLists } from '../../features/meetings/components/meeting-lists';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

export default function MeetingsRoute() {
  return (
    <>
      <PageHeading
        title="Meetings"
        siteName={SITE_NAME}
        lead="Fifteen to twenty minutes each, at the time agreed. Prepare, keep to the time, ask for referrals."
        actions={
          <Link to={paths.contacts.href()} className={buttonClassName('secondary')}>
            Find someone to ask
          </Link>
        }
      />
      <MeetingLists />
    </>
  );
}
