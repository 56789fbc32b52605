import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { Link } from 'react-router';

export function DashboardBrand() {
  return (
    <Link to="/companies" className={brandClassName}>
      <Brand name="Rapport" tagline="Agency dashboard" />
    </Link>
  );
}
