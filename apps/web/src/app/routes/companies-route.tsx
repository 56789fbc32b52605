import { PageHeading } from '@rapport/ui/page-heading';
import { CompanyDirectory } from '../../features/companies/components/company-directory';
import { SITE_NAME } from '../site';

export default function CompaniesRoute() {
  return (
    <>
      <PageHeading
        title="Companies"
        siteName={SITE_NAME}
        lead="Employers the agency knows. Open one to see who they are and whether they are hiring — then ask someone there for a brief informational meeting."
      />
      <CompanyDirectory />
    </>
  );
}
