import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { RouteErrorPage } from '@rapport/ui/route-error-page';
import { useRouteError } from 'react-router';
import { DASHBOARD_URL } from '../../config/paths';
import { SITE_NAME } from '../site';

export function RouteError() {
  const brand = (
    <a href={DASHBOARD_URL} className={brandClassName}>
      <Brand name="Rapport" tagline="Agency dashboard" />
    </a>
  );
  return <RouteErrorPage error={useRouteError()} brand={brand} siteName={SITE_NAME} />;
}
