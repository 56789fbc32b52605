import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { Link } from 'react-router';
import { HOME_PATH } from '../../config/paths';

export function DashboardBrand() {
  return (
    <Link to={HOME_PATH} className={brandClassName}>
      <Brand name="Rapport" tagline="Agency dashboard" />
    </Link>
  );
}
