import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { RouteErrorPage } from '@rapport/ui/route-error-page';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

/** What RouteErrorBoundary shows when a page throws or its code cannot be downloaded. */
export function RouteError({ error }: { error: unknown }) {
  const brand = (
    <a href={paths.root.href()} className={brandClassName}>
      <Brand name="Rapport" />
    </a>
  );
  return <RouteErrorPage error={error} brand={brand} siteName={SITE_NAME} />;
}
