import { buttonClassName } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useId } from 'react';
import { Link, useParams } from 'react-router';
import { CompanySummary } from '../../features/companies/components/company-summary';
import { useAdminCompany } from '../../features/companies/hooks/use-admin-company';
import { CompanyContacts } from '../../features/contacts/components/company-contacts';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

/** A company's page: its details (companies) and the people the agency knows there (contacts). */
export default function CompanyRoute() {
  const { companyId = '' } = useParams();
  const { company, loading, notFound, problem, retry } = useAdminCompany(companyId);
  const contactsHeading = useId();

  return (
    <>
      <p className="back-link">
        <Link to={paths.companies.href()}>
          <span aria-hidden="true">← </span>All companies
        </Link>
      </p>
      <PageHeading
        title={company?.name ?? (notFound ? 'Company not found' : 'Company')}
        siteName={SITE_NAME}
        lead={company?.industry ?? undefined}
      />
      {loading ? <LoadingIndicator label="Loading company…" /> : null}
      {company ? (
        <div className="company-page">
          <CompanySummary company={company} />
          <section aria-labelledby={contactsHeading}>
            <h2 id={contactsHeading} className="section-heading">
              Contacts
            </h2>
            <CompanyContacts company={company} />
          </section>
        </div>
      ) : null}
      {notFound ? (
        <EmptyState
          title="We could not find that company"
          action={
            <Link to={paths.companies.href()} className={buttonClassName('primary')}>
              Go to the companies table
            </Link>
          }
        >
          It may have been removed, or the link is incomplete.
        </EmptyState>
      ) : null}
      {problem && !notFound && !company ? (
        <RetryAlert title="This company could not be loaded." message={problem} onRetry={retry} />
      ) : null}
    </>
  );
}
