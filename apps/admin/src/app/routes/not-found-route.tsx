import { buttonClassName } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { SITE_NAME } from '../site';

export default function NotFoundRoute() {
  return (
    <>
      <PageHeading title="Page not found" siteName={SITE_NAME} />
      <EmptyState
        title="There is nothing at this address"
        action={
          <Link to="/companies" className={buttonClassName('primary')}>
            Go to companies
          </Link>
        }
      >
        Check the link, or start again from the list of companies.
      </EmptyState>
    </>
  );
}
