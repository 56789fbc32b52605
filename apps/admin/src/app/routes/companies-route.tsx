import { PageHeading } from '@rapport/ui/page-heading';
import { CompaniesPanel } from '../../features/companies/components/companies-panel';
import { SITE_NAME } from '../site';

export default function CompaniesRoute() {
  return (
    <>
      <PageHeading
        title="Companies"
        siteName={SITE_NAME}
        lead="Every company seekers can see. Keep hiring statuses current: seekers who met someone there hear first when it changes."
      />
      <CompaniesPanel />
    </>
  );
}
