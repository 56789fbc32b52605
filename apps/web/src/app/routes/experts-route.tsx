import { PageHeading } from '@rapport/ui/page-heading';
import { ExpertsPage } from '../../features/experts/components/experts-page';
import { SITE_NAME } from '../site';

export default function ExpertsRoute() {
  return (
    <>
      <PageHeading
        title="Ask the experts"
        siteName={SITE_NAME}
        lead="Stuck on a call, a follow-up or a thank-you note? The agency’s coaches answer."
      />
      <ExpertsPage />
    </>
  );
}
