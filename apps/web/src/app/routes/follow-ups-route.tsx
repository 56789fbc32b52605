import { PageHeading } from '@rapport/ui/page-heading';
import { FollowUpList } from '../../features/follow-ups/components/follow-up-list';
import { SITE_NAME } from '../site';

export default function FollowUpsRoute() {
  return (
    <>
      <PageHeading
        title="Follow-ups"
        siteName={SITE_NAME}
        lead="The people you were referred to. Contact each one the day you get the name, while the introduction is fresh."
      />
      <FollowUpList />
    </>
  );
}
