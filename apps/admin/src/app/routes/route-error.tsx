import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { RouteErrorPage } from '@rapport/ui/route-error-page';
import { DASHBOARD_URL } from '../../config/paths';
import { SITE_NAME } from '../site';

/** What RouteErrorBoundary shows when a page throws or its code cannot be downloaded. */
export function RouteError({ error }: { error: unknown }) {
  const brand = (
    <a href={DASHBOARD_URL} className={brandClassName}>
      <Brand name="Rapport" tagline="Agency dashboard" />
    </a>
  );
  return <RouteErrorPage error={error} brand={brand} siteName={SITE_NAME} />;
}
