import { PageHeading } from '@rapport/ui/page-heading';
import { ExpertInbox } from '../../features/experts/components/expert-inbox';
import { SITE_NAME } from '../site';

export default function ExpertsRoute() {
  return (
    <>
      <PageHeading
        title="Experts inbox"
        siteName={SITE_NAME}
        lead="Seekers’ questions about landing and running informational interviews. Answer the longest waiting first."
      />
      <ExpertInbox />
    </>
  );
}
