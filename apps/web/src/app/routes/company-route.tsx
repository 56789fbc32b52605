import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import { buttonClassName } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link, useLocation, useParams } from 'react-router';
import { CompanyProfile } from '../../features/companies/components/company-profile';
import { CompanyContacts } from '../../features/contacts/components/company-contacts';
import { useCompany } from '../../features/companies/hooks/use-company';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

export default function CompanyRoute() {
  const { companyId = '' } = useParams();
  const location = useLocation();
  const { company, loading, error, retry } = useCompany(companyId);
  const from = (location.state as { from?: string } | null)?.from ?? '';
  const backHref = paths.companies.href(from);
  // A malformed id in the address (BAD_USER_INPUT) is, for the reader, the same dead end.
  const code = errorCode(error);
  const notFound = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT';

  const title = company?.name ?? (notFound ? 'Company not found' : 'Company');

  return (
    <>
      <p className="back-link">
        <Link to={backHref}>
          <span aria-hidden="true">← </span>All companies
        </Link>
      </p>
      <PageHeading title={title} siteName={SITE_NAME} lead={company?.industry ?? undefined} />
      {loading && !company ? <LoadingIndicator label="Loading company…" /> : null}
      {company ? (
        <div className="company-page">
          <CompanyProfile company={company} />
          <CompanyContacts companyId={company.id} companyName={company.name} />
        </div>
      ) : null}
      {notFound ? (
        <EmptyState
          title="We could not find that company"
          action={
            <Link to={paths.companies.href()} className={buttonClassName('primary')}>
              Browse companies
            </Link>
          }
        >
          It may have been removed, or the link is incomplete.
        </EmptyState>
      ) : null}
      {error && !notFound ? (
        <RetryAlert
          title="This company could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
    </>
  );
}
