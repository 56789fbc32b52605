import { PageHeading } from '@rapport/ui/page-heading';
import { WarmCandidatesPanel } from '../../features/warm-candidates/components/warm-candidates-panel';
import { SITE_NAME } from '../site';

export default function WarmCandidatesRoute() {
  return (
    <>
      <PageHeading
        title="Warm candidates"
        siteName={SITE_NAME}
        lead="Companies hiring now, and the seekers who already met someone there: they are the first to put forward."
      />
      <WarmCandidatesPanel />
    </>
  );
}
