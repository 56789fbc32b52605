import type { ReactNode } from 'react';
import { Alert } from './alert';
import { PageHeading } from './page-heading';
import { PageLayout } from './page-layout';

export interface RouteErrorPageProps {
  /** What the router caught. */
  error: unknown;
  /** The banner's brand; a plain link, so that following it reloads the app. */
  brand: ReactNode;
  siteName: string;
}

/** A page's code failed to download: usually the app was updated since it was opened. */
function isModuleLoadFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script/i.test(error.message)
  );
}

/** Last resort when a page crashes or its code cannot be downloaded (often after a new release). */
export function RouteErrorPage({ error, brand, siteName }: RouteErrorPageProps) {
  return (
    <PageLayout brand={brand} narrow>
      <PageHeading title="Something went wrong" siteName={siteName} />
      <Alert tone="error">
        <p>
          {isModuleLoadFailure(error)
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
