import { Alert } from '@rapport/ui/alert';
import { Brand, PageLayout, brandClassName } from '@rapport/ui/page-layout';
import { PageHeading } from '@rapport/ui/page-heading';
import { useRouteError } from 'react-router';
import { SITE_NAME } from '../site';

/** Last resort when a page crashes or its code cannot be downloaded (often after a new release). */
export function RouteError() {
  const error = useRouteError();
  const failedToLoad =
    error instanceof Error &&
    /dynamically imported module|Importing a module script/i.test(error.message);
  return (
    <PageLayout
      brand={
        <a href="/" className={brandClassName}>
          <Brand name="Rapport" />
        </a>
      }
      narrow
    >
      <PageHeading title="Something went wrong" siteName={SITE_NAME} />
      <Alert tone="error">
        <p>
          {failedToLoad
            ? 'This page could not be downloaded. Rapport may have just been updated.'
            : 'An unexpected problem stopped this page from showing.'}
        </p>
        <p>
          <a href={window.location.href}>Reload the page</a> to try again.
        </p>
      </Alert>
    </PageLayout>
  );
}
