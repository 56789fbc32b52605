import { PageHeading } from '@rapport/ui/page-heading';
import { SeekersPanel } from '../../features/seekers/components/seekers-panel';
import { SITE_NAME } from '../site';

export default function SeekersRoute() {
  return (
    <>
      <PageHeading
        title="Seekers"
        siteName={SITE_NAME}
        lead="The job seekers the agency coaches. Open one to see their asks and meetings and to review their preparation and notes."
      />
      <SeekersPanel />
    </>
  );
}
